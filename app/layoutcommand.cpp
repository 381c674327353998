// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `layout`: arranges the cards of a design (Graphviz dot per group of related tables, groups
// packed into rows) and saves the positions in the project file.

#include "autolayout.h"
#include "cli.h"
#include "command.h"
#include "projectfile.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace App {

namespace {

int runLayout(const QStringList &args)
{
    QString project;
    bool grid = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--grid"))
            grid = true;
        else if (a.startsWith(u'-'))
            return usageError(QStringLiteral("unknown option '%1' for layout").arg(a));
        else if (project.isEmpty())
            project = a;
        else
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
    }
    if (project.isEmpty())
        return usageError(QStringLiteral("layout needs a project file"));
    Core::Schema schema;
    if (!loadValidProject(project, &schema))
        return ExitUserError;
    QElapsedTimer timer;
    timer.start();
    QString warning;
    const QHash<QString, QPointF> positions = grid ? Core::gridLayout(schema)
                                                   : Core::autoLayout(schema, {}, &warning);
    const qint64 ms = timer.elapsed();
    for (Core::Table &t : schema.tables)
        t.position = positions.value(t.id);
    QString error;
    if (!Core::saveProject(project, schema, &error))
        return userError(error);
    if (!warning.isEmpty())
        QTextStream(stderr) << "sqlmodel-studio: " << warning << "\n";
    QTextStream(stdout) << QStringLiteral("Arranged %1 tables in %2 ms\n").arg(schema.tables.size()).arg(ms);
    return ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND({
    QStringLiteral("layout"),
    QStringLiteral("PROJECT.sqlmodel.json [--grid]"),
    QStringLiteral("arrange the tables on the canvas (Graphviz, related tables together; --grid\n"
                   "for a plain grid) and save the positions in the project file."),
    25,
    runLayout,
});

} // namespace App
