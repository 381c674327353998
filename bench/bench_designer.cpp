// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_designer: the designer's scale figures (issue 4) on the offscreen platform, for project
// files and for a synthetic design: open plus first paint, one edit until every pane and the
// warnings are current, one frame at full view (zoomed to fit, level of detail on), a pan frame,
// auto-layout, and peak memory. Prints figures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen bench_designer [--synthetic N] [--edits N] [--frames N] [PROJECT.sqlmodel.json ...]

#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "lint.h"
#include "projectfile.h"
#include "sqlmodelgenerator.h"
#include "validate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

Core::Schema synthetic(int count)
{
    Core::Schema s;
    s.name = QStringLiteral("synthetic_%1").arg(count);
    for (int i = 0; i < count; ++i) {
        Core::Table t;
        t.id = QStringLiteral("t%1").arg(i);
        t.name = QStringLiteral("table_%1").arg(i);
        const Core::TypeKind kinds[] = {Core::TypeKind::String, Core::TypeKind::Integer,
                                        Core::TypeKind::DateTime, Core::TypeKind::Numeric};
        Core::Column id;
        id.id = t.id + QLatin1String("_id");
        id.name = QStringLiteral("id");
        id.primaryKey = true;
        id.autoincrement = true;
        id.nullable = false;
        t.columns.push_back(id);
        for (int c = 0; c < 4; ++c) {
            Core::Column col;
            col.id = t.id + QStringLiteral("_c%1").arg(c);
            col.name = QStringLiteral("field_%1").arg(c);
            col.type.kind = kinds[c];
            if (col.type.kind == Core::TypeKind::String)
                col.type.length = 80;
            if (col.type.kind == Core::TypeKind::Numeric) {
                col.type.precision = 10;
                col.type.scale = 2;
            }
            t.columns.push_back(col);
        }
        if (i > 0) {
            Core::Column ref;
            ref.id = t.id + QLatin1String("_ref");
            ref.name = QStringLiteral("parent_id");
            ref.index = true;
            t.columns.push_back(ref);
            Core::ForeignKey fk;
            fk.id = t.id + QLatin1String("_fk");
            fk.columns = {ref.id};
            fk.refTable = QStringLiteral("t%1").arg((i - 1) / 3);
            fk.refColumns = {fk.refTable + QLatin1String("_id")};
            t.foreignKeys.push_back(fk);
        }
        t.position = QPointF(60 + (i % 40) * 260, 60 + (i / 40) * 220);
        s.tables.push_back(t);
    }
    return s;
}

QString &breakdown()
{
    static QString text;
    return text;
}

int &frameRepeats()
{
    static int n = 20;
    return n;
}

int &editRepeats()
{
    static int n = 5;
    return n;
}

// Processes events until the window has brought every pane and the warnings up to date.
void waitUntilCurrent(Ui::MainWindow &w)
{
    QApplication::processEvents();
    w.waitForRefresh(); // blocks (without spinning) until the result is applied
    QApplication::processEvents();
}

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

void bench(const QString &label, const QString &path)
{
    Ui::MainWindow w;
    w.resize(1600, 1000);
    QElapsedTimer timer;
    timer.start();
    if (!w.openProject(path)) {
        out() << label << ": cannot open\n";
        return;
    }
    w.show();
    QApplication::processEvents();
    const QImage first = w.grab().toImage(); // the first full paint
    const double openMs = ms(timer);

    // One edit until every pane and the warnings are current.
    const Core::Schema &s = w.document()->schema();
    // The median of several edits (each a different comment on a middle table).
    std::vector<double> edits;
    std::vector<double> uiParts;
    std::vector<double> jobParts;
    for (int i = 0; i < editRepeats(); ++i) {
        Core::Table changed = s.tables[s.tables.size() / 2];
        changed.comment = QStringLiteral("edited by the benchmark %1").arg(i);
        timer.restart();
        w.document()->updateTable(changed, QStringLiteral("edit"));
        uiParts.push_back(ms(timer)); // what the UI thread does before the edit returns
        waitUntilCurrent(w);
        edits.push_back(ms(timer));
        jobParts.push_back(w.lastRefreshMilliseconds());
    }
    std::sort(uiParts.begin(), uiParts.end());
    std::sort(jobParts.begin(), jobParts.end());
    std::sort(edits.begin(), edits.end());
    const double editMs = edits[edits.size() / 2];
    // What an edit's refresh is made of, each on its own (best of 3).
    auto best3 = [&](const std::function<void()> &f) {
        double b = 1e9;
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            f();
            b = std::min(b, ms(timer));
        }
        return b;
    };
    // The incremental lint the designer runs: one table edited since the last update.
    Core::IncrementalLint incremental;
    (void)incremental.update(s);
    Core::Schema edited = s;
    int n = 0;
    const double incrementalMs = best3([&] {
        edited.tables[edited.tables.size() / 3].comment = QStringLiteral("bench %1").arg(++n);
        (void)incremental.update(edited);
    });
    breakdown() += QStringLiteral("%1  edit returns after %2, background job %3 (medians)\n")
                       .arg(label, -28)
                       .arg(uiParts[uiParts.size() / 2], 0, 'f', 1)
                       .arg(jobParts[jobParts.size() / 2], 0, 'f', 1);
    breakdown() += QStringLiteral("%1  copy %2  validate %3  models %4  lint %5  lint after one edit %6\n")
                       .arg(label, -28)
                       .arg(best3([&] { const Core::Schema copy = s; }), 6, 'f', 1)
                       .arg(best3([&] { (void)Core::validate(s); }), 6, 'f', 1)
                       .arg(best3([&] { (void)Core::generateSqlModel(s, {}); }), 6, 'f', 1)
                       .arg(best3([&] { (void)Core::lintSchema(s); }), 6, 'f', 1)
                       .arg(incrementalMs, 6, 'f', 1);

    // One frame of the canvas at full view (zoomed to fit: cards drawn as headers only).
    w.diagramView()->zoomToFit();
    QApplication::processEvents();
    QImage frame(w.diagramView()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> fitFrames;
    for (int i = 0; i < frameRepeats(); ++i) {
        timer.restart();
        w.diagramView()->viewport()->render(&frame);
        fitFrames.push_back(ms(timer));
    }
    const double best = median(fitFrames);
    // Pan frames at 100 %: the whole viewport drawn after each 40-pixel step (a real scroll
    // redraws only the uncovered strip). The first frame at a new zoom fills the cards' pixmap
    // cache; the median is what panning costs after that.
    w.diagramView()->resetTransform();
    std::vector<double> panFrames;
    for (int i = 0; i < frameRepeats(); ++i) {
        w.diagramView()->horizontalScrollBar()->setValue(w.diagramView()->horizontalScrollBar()->value() + 40);
        timer.restart();
        w.diagramView()->viewport()->render(&frame);
        panFrames.push_back(ms(timer));
    }
    const double pan = median(panFrames);
    breakdown() += QStringLiteral("%1  first frame at 100 %: %2 ms (fills the card cache)\n")
                       .arg(label, -28)
                       .arg(panFrames.front(), 0, 'f', 1);
    timer.restart();
    w.autoLayout();
    QApplication::processEvents();
    const double layoutMs = ms(timer);
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(label, -28)
                 .arg(s.tables.size(), 6)
                 .arg(openMs, 9, 'f', 0)
                 .arg(editMs, 9, 'f', 1)
                 .arg(best, 9, 'f', 1)
                 .arg(pan, 9, 'f', 1)
                 .arg(layoutMs, 9, 'f', 0);
    out().flush();
    Q_UNUSED(first);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int syntheticCount = 1000;
    QStringList projects;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--synthetic") && i + 1 < args.size())
            syntheticCount = args[++i].toInt();
        else if (args[i] == QLatin1String("--frames") && i + 1 < args.size())
            frameRepeats() = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--edits") && i + 1 < args.size())
            editRepeats() = std::max(1, args[++i].toInt());
        else
            projects << args[i];
    }
    out() << "bench_designer: offscreen, 1600x1000 window; milliseconds\n"
          << "targets: open + first paint < 2000, edit until panes and warnings are current < 50,\n"
          << "frame at full view < 16 (frames: medians of 20)\n\n"
          << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(QStringLiteral("design"), -28)
                 .arg(QStringLiteral("tables"), 6)
                 .arg(QStringLiteral("open+paint"), 9)
                 .arg(QStringLiteral("edit"), 9)
                 .arg(QStringLiteral("fit frame"), 9)
                 .arg(QStringLiteral("pan frame"), 9)
                 .arg(QStringLiteral("layout"), 9);
    QTemporaryDir dir;
    if (syntheticCount > 0) {
        const QString path = dir.filePath(QStringLiteral("synthetic.sqlmodel.json"));
        QString error;
        if (Core::saveProject(path, synthetic(syntheticCount), &error))
            bench(QStringLiteral("synthetic"), path);
        else
            out() << error << "\n";
    }
    for (const QString &p : projects)
        bench(QFileInfo(p).fileName(), p);
    out() << "\nan edit's refresh, part by part (ms):\n" << breakdown();
    out() << QStringLiteral("\npeak memory %1 MiB\n").arg(peakMiB(), 0, 'f', 1);
    return 0;
}
