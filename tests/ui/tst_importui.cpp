// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Import Database in the designer: an import replaces the design (as a new, unsaved
// one) and shows what it left out in the Import Report dock; a failed import shows its error in
// the dialog and leaves the design in memory exactly as it was.

#include "document.h"
#include "importdialog.h"
#include "importreportpane.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "testpalette.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const char *const kScript = R"SQL(
CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL UNIQUE);
CREATE TABLE hero (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    team_id INTEGER REFERENCES team (id)
);
CREATE VIEW team_size AS SELECT team_id, count(*) AS n FROM hero GROUP BY team_id;
CREATE TRIGGER hero_touch AFTER UPDATE ON hero BEGIN SELECT 1; END;
)SQL";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestImportUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReplacesTheDesignAndShowsTheReport();
    void failedImportKeepsTheDesign();
    void screenshots_data();
    void screenshots();
};

void TestImportUi::importReplacesTheDesignAndShowsTheReport()
{
    QTemporaryDir dir;
    const QString script = writeFile(dir, QStringLiteral("heroes.sql"), kScript);
    QVERIFY(!script.isEmpty());
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    Ui::ImportDialog dialog(&w);
    dialog.setSource(Ui::ImportDialog::Source::Script);
    dialog.setPath(script);
    QVERIFY(w.importDatabase(&dialog));
    const Core::Schema &s = w.document()->schema();
    QCOMPARE(s.tables.size(), std::size_t(2));
    QVERIFY(s.importReport.has_value());
    QCOMPARE(s.relationships.size(), std::size_t(1));
    // A new design: saving asks for a place, the source is never the target.
    QVERIFY(w.document()->filePath().isEmpty());
    QVERIFY(w.windowTitle().startsWith(QLatin1String("Untitled")));
    // The report lists the view and the trigger, grouped by kind.
    QTreeWidget *tree = w.importReportPane()->tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    QCOMPARE(groups, (QStringList{QStringLiteral("trigger (1)"), QStringLiteral("view (1)")}));
    QVERIFY2(w.importReportPane()->summary().contains(QLatin1String("heroes.sql")),
             qPrintable(w.importReportPane()->summary()));
    // Undo cannot take the imported design back to the old one (a reset clears the history).
    QVERIFY(!w.document()->isModified());
}

void TestImportUi::failedImportKeepsTheDesign()
{
    QTemporaryDir dir;
    const QString script = writeFile(dir, QStringLiteral("broken.sql"),
                                     "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\nCREATE TABLE b (\n"
                                     "  id INTEGER PRIMARY KEY,,\n);\n");
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    const QByteArray before = Core::serializeProject(w.document()->schema());
    Ui::ImportDialog dialog(&w);
    dialog.setSource(Ui::ImportDialog::Source::Script);
    dialog.setPath(script);
    QVERIFY(!w.importDatabase(&dialog));
    QVERIFY2(dialog.errorText().contains(QLatin1String("line 4")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QLatin1String("broken.sql")), qPrintable(dialog.errorText()));
    QCOMPARE(Core::serializeProject(w.document()->schema()), before);
    QCOMPARE(w.document()->filePath(), QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json"));

    // An unreachable server: the message names it, the password never appears.
    Ui::ImportDialog server(&w);
    server.setPostgres(QStringLiteral("127.0.0.1"), 1, QStringLiteral("shop"), QStringLiteral("me"));
    QVERIFY(server.sourceArgument().contains(QLatin1String("dbname=shop")));
    QVERIFY(!w.importDatabase(&server));
    QVERIFY2(server.errorText().contains(QLatin1String("127.0.0.1")), qPrintable(server.errorText()));
    QCOMPARE(Core::serializeProject(w.document()->schema()), before);
}

void TestImportUi::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestImportUi::screenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    QTemporaryDir dir;
    const QString script = writeFile(dir, QStringLiteral("heroes.sql"), kScript);
    const QString shots = QStringLiteral(SMS_BUILD_DIR "/screenshots");
    QDir().mkpath(shots);
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
    {
        Ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Ui::ImportDialog dialog(&w);
        dialog.setSource(Ui::ImportDialog::Source::Script);
        dialog.setPath(script);
        QVERIFY(w.importDatabase(&dialog));
        QTest::qWait(50);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("importReportDock"))->isVisible());
        QVERIFY(w.grab().save(shots + QLatin1String("/import-report") + suffix));
    }
    {
        Ui::ImportDialog dialog;
        dialog.setSource(Ui::ImportDialog::Source::Script);
        dialog.setPath(dir.filePath(QStringLiteral("missing.sql")));
        QVERIFY(!dialog.runImport());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QLatin1String("/import-dialog") + suffix));
        Ui::ImportDialog pg;
        pg.setPostgres(QStringLiteral("db.example.org"), 5432, QStringLiteral("shop"),
                       QStringLiteral("me"));
        pg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pg));
        QVERIFY(pg.grab().save(shots + QLatin1String("/import-dialog-postgres") + suffix));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
