// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `render`: draws the diagram of a project into a PNG, SVG or PDF file, with no display. The
// drawing is the canvas's own (Ui::renderDiagram); main() gives this command a GUI application
// on the offscreen platform.

#include "cli.h"
#include "command.h"
#include "diagramscene.h"
#include "projectfile.h"

#include <QFileInfo>

namespace App {

namespace {

int runRender(const QStringList &args)
{
    QString project;
    QString output;
    qreal scale = 1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a file name").arg(a));
            output = args.at(++i);
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a == QLatin1String("--scale") || a.startsWith(QLatin1String("--scale="))) {
            QString value;
            if (a.contains(u'='))
                value = a.mid(8);
            else if (i + 1 < args.size())
                value = args.at(++i);
            bool ok = false;
            scale = value.toDouble(&ok);
            if (!ok || scale <= 0 || scale > 16)
                return usageError(QStringLiteral("--scale needs a number above 0 and at most 16"));
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
        }
    }
    if (project.isEmpty())
        return usageError(QStringLiteral("render needs a project file"));
    if (output.isEmpty())
        return usageError(QStringLiteral("render needs -o FILE.png|svg|pdf"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return userError(QStringLiteral("unknown image format '%1': use .png, .svg or .pdf").arg(output));

    // A design with problems can still be drawn: only a readable project is needed.
    Core::Schema schema;
    Core::LoadError error;
    if (!Core::loadProject(project, &schema, &error))
        return userError(error.toString());
    QString message;
    if (!Ui::renderDiagram(schema, output, scale, &message))
        return userError(message);
    return ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND(Command{
    QStringLiteral("render"),
    QStringLiteral("PROJECT.sqlmodel.json -o FILE.png|svg|pdf [--scale N]"),
    QStringLiteral("draw the diagram into a PNG (N times the size, e.g. 2 for HiDPI), SVG or PDF\n"
                   "file; needs no display."),
    50,
    runRender,
});

} // namespace App
