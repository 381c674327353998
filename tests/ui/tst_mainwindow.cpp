// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on the offscreen platform: opening an example fills the table list and the
// Models pane with the generated code, edits update it live, and screenshots (light and dark)
// land in the build folder for a person to look at.

#include "codeeditor.h"
#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensExampleAndShowsModels();
    void editUpdatesModelsPane();
    void screenshots_data();
    void screenshots();
};

void TestMainWindow::opensExampleAndShowsModels()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto *tables = w.findChild<QTreeWidget *>();
    QVERIFY(tables);
    QCOMPARE(tables->topLevelItemCount(), 3);
    const QString code = w.modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("class Hero(HeroBase, table=True):")), qPrintable(code.left(400)));
    QVERIFY(code.contains(QLatin1String("class HeroTeamLink(HeroTeamLinkBase, table=True):")));
    QVERIFY(w.windowTitle().startsWith(QLatin1String("heroes.sqlmodel.json")));
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::editUpdatesModelsPane()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    Core::SchemaDocument *doc = w.document();
    Core::Table team = *doc->schema().tableByName(QStringLiteral("team"));
    team.className = QStringLiteral("Squad");
    doc->updateTable(team, QStringLiteral("Rename class"));
    QVERIFY(w.modelsPane()->code().contains(QLatin1String("class Squad(SquadBase, table=True):")));
    QVERIFY(w.isWindowModified());
    doc->undoStack()->undo();
    QVERIFY(w.modelsPane()->code().contains(QLatin1String("class Team(TeamBase, table=True):")));
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainWindow::screenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
        p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
        p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
        p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x86, 0x8a, 0x91));
        p.setColor(QPalette::Mid, QColor(0x43, 0x45, 0x4a));
        QApplication::setPalette(p);
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), QSize(1280, 800) * shot.devicePixelRatio());
    const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + (dark ? QLatin1String("/mainwindow-dark.png") : QLatin1String("/mainwindow-light.png"));
    QVERIFY(shot.save(path));
    // The code pane's background follows the palette.
    const QColor base = QApplication::palette().color(QPalette::Base);
    QCOMPARE(dark, base.lightness() < 128);
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
