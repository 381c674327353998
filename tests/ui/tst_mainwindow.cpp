// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on the offscreen platform: opening an example fills the table list and the
// Models pane with the generated code, edits update it live, and screenshots (light and dark)
// land in the build folder for a person to look at.

#include "codeeditor.h"
#include "diagramscene.h"
#include "document.h"
#include "lint.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "tableitem.h"
#include "testpalette.h"
#include "translations.h"
#include "warningspane.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QDir>
#include <QTemporaryDir>
#include <QFile>
#include <QLineEdit>
#include <QFileInfo>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>
#include <QUndoStack>

namespace {

// The first item anywhere in the tree (groups nest) that `match` accepts.
QTreeWidgetItem *findItem(QTreeWidget *tree, const std::function<bool(QTreeWidgetItem *)> &match)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (match(*it))
            return *it;
    }
    return nullptr;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensExampleAndShowsModels();
    void germanTranslationLoads();
    void warningsPaneFixesAndSelects();
    void editUpdatesModelsPane();
    void editsDoNotWaitForTheCode();
    void clickingAClassSelectsItsTable();
    void selectingATableScrollsToItsClass();
    void queriesFollowSelection();
    void codeFindingsOpenAtTheirLine();
    void requirementsNotice();
    void layoutFindExportNewRecent();
    void screenshots_data();
    void screenshots();
};

void TestMainWindow::opensExampleAndShowsModels()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto *tables = w.findChild<QTreeWidget *>(QStringLiteral("tableList"));
    QVERIFY(tables);
    QCOMPARE(tables->topLevelItemCount(), 3);
    const QString code = w.modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("class Hero(HeroBase, table=True):")), qPrintable(code.left(400)));
    QVERIFY(code.contains(QLatin1String("class HeroTeamLink(HeroTeamLinkBase, table=True):")));
    // The CRUD pane shows crud.py; with no migration checkpoint yet, the Migration pane shows
    // the first revision, which creates every table.
    QVERIFY(w.crudPane()->code().contains(QLatin1String("def create_hero(")));
    const QString migration = w.migrationPane()->code();
    QVERIFY2(migration.contains(QLatin1String("op.create_table(")), qPrintable(migration.left(400)));
    QVERIFY(migration.contains(QLatin1String("\"heroteamlink\"")));
    QVERIFY(w.windowTitle().startsWith(QLatin1String("heroes.sqlmodel.json")));
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::germanTranslationLoads()
{
    // The German translation is complete: the menus, docks and panes speak German.
    QVERIFY(Ui::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
    {
        Ui::MainWindow w;
        QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                     QStringLiteral("&Ansicht")}));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("warningsDock"))->windowTitle()
                == QLatin1String("Warnungen"));
        QVERIFY(w.statusBar()->findChild<QLabel *>()->text().contains(QLatin1String("Tabellen")));
    }
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Ui::MainWindow english;
    QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::warningsPaneFixesAndSelects()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Ui::WarningsPane *pane = w.warningsPane();
    // heroes: heroteamlink.hero_id (second key column) has no index: SQM012 with a quick fix.
    QTreeWidgetItem *target = findItem(pane->tree(), [](QTreeWidgetItem *item) {
        return item->text(2) == QLatin1String("SQM012");
    });
    QVERIFY2(target, "the heroes example should show SQM012 for heroteamlink.hero_id");
    QCOMPARE(target->text(1), QStringLiteral("heroteamlink.hero_id"));
    pane->tree()->setCurrentItem(target);
    target->setSelected(true);
    // Activating it selects the table in the list.
    Q_EMIT pane->tree()->itemActivated(target, 0);
    const auto *tables = w.findChild<QTreeWidget *>(QStringLiteral("tableList"));
    QVERIFY(!tables->selectedItems().isEmpty());
    QCOMPARE(tables->selectedItems().first()->text(0), QStringLiteral("heroteamlink"));
    // The quick fix is one undoable command; afterwards the warning is gone.
    const int before = w.document()->undoStack()->count();
    QVERIFY(pane->applySelectedFix());
    QCOMPARE(w.document()->undoStack()->count(), before + 1);
    for (const Core::Finding &f : pane->findings())
        QVERIFY(!(f.rule == QLatin1String("SQM012") && f.object == QLatin1String("heroteamlink.hero_id")));
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->undoStack()->count() == before + 1 && w.document()->undoStack()->index() == before);

    // Suppressing it for this object hides it and records it in the design; "Show suppressed"
    // brings it back, marked, and Restore undoes the choice.
    auto findTarget = [&]() -> QTreeWidgetItem * {
        return findItem(pane->tree(), [](QTreeWidgetItem *item) {
            return item->text(2) == QLatin1String("SQM012")
                   && item->text(1) == QLatin1String("heroteamlink.hero_id");
        });
    };
    target = findTarget();
    QVERIFY(target);
    pane->tree()->setCurrentItem(target);
    QVERIFY(pane->toggleSelectedSuppression());
    QCOMPARE(w.document()->schema().suppressions.size(), std::size_t(1));
    QVERIFY(!findTarget());
    auto *show = pane->findChild<QCheckBox *>(QStringLiteral("showSuppressed"));
    QVERIFY(show);
    show->setChecked(true);
    target = findTarget();
    QVERIFY(target);
    QVERIFY(target->text(0).endsWith(QLatin1String("(suppressed)")));
    pane->tree()->setCurrentItem(target);
    QVERIFY(pane->toggleSelectedSuppression());
    QVERIFY(w.document()->schema().suppressions.empty());
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
    QVERIFY(w.crudPane()->code().contains(QLatin1String("def create_squad(")));
    QVERIFY(w.isWindowModified());
    doc->undoStack()->undo();
    QVERIFY(w.modelsPane()->code().contains(QLatin1String("class Team(TeamBase, table=True):")));
    QVERIFY(!w.isWindowModified());
}

// An edit returns before the code and the warnings are computed (they follow off the UI thread);
// a burst of edits is coalesced, and what arrives is the newest design's code, in the visible
// pane, with the warnings of that design, and only the changed part of the text replaced.
void TestMainWindow::editsDoNotWaitForTheCode()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    w.waitForRefresh();
    QVERIFY(!w.isRefreshing());
    Core::SchemaDocument *doc = w.document();
    const QString before = w.modelsPane()->code();
    for (int i = 1; i <= 5; ++i) {
        Core::Table t = doc->schema().tables.front();
        t.comment = QStringLiteral("edit %1").arg(i);
        doc->updateTable(t, QStringLiteral("Comment"));
        QVERIFY(w.isRefreshing()); // returned at once: the job runs (or waits) in the background
    }
    QTRY_VERIFY(!w.isRefreshing()); // the event loop delivers the newest result
    const QString after = w.modelsPane()->code();
    QVERIFY(after != before);
    QVERIFY2(after.contains(QLatin1String("edit 5")), qPrintable(after.left(2000)));
    QVERIFY(!after.contains(QLatin1String("edit 4")));
    // The warnings are those of the current design.
    QCOMPARE(w.warningsPane()->findings(), Core::lintSchema(doc->schema()));
    // An invalid design: every pane says why, the warnings still follow.
    Core::Table broken = doc->schema().tables.front();
    broken.columns.front().name.clear();
    doc->updateTable(broken, QStringLiteral("Break"));
    w.waitForRefresh();
    QVERIFY(w.modelsPane()->code().startsWith(QLatin1String("# The design cannot be generated yet:")));
    QCOMPARE(w.warningsPane()->findings(), Core::lintSchema(doc->schema()));
    doc->undoStack()->undo();
    QCOMPARE(w.modelsPane()->code(), after);
}

// A click inside a class of the Models pane (any model of a table's family) selects that table
// in the list and on the canvas, without scrolling the pane away from the click.
void TestMainWindow::clickingAClassSelectsItsTable()
{
    Ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    Ui::CodeEditor *pane = w.modelsPane();
    const QStringList lines = pane->code().split(u'\n');
    const int createLine = int(lines.indexOf(QStringLiteral("class HeroCreate(HeroBase):"))) + 1;
    QVERIFY(createLine > 0);
    pane->showLine(createLine + 1); // the line below it, in view
    QApplication::processEvents();
    const auto selectedCards = [&] {
        QStringList ids;
        for (QGraphicsItem *item : w.diagramScene()->selectedItems()) {
            if (auto *card = qgraphicsitem_cast<Ui::TableItem *>(item))
                ids << card->tableId();
        }
        return ids;
    };
    QVERIFY(selectedCards().isEmpty());
    const int first = pane->cursorLine();
    QTest::mouseClick(pane->textViewport(), Qt::LeftButton, {}, pane->pointOfLine(createLine + 1));
    QTRY_COMPARE(selectedCards(), QStringList{QStringLiteral("t_hero")});
    QCOMPARE(pane->cursorLine(), createLine + 1); // the pane stayed at the click
    Q_UNUSED(first)
    // A line outside any class selects nothing new.
    const int importLine = int(lines.indexOf(QStringLiteral("from sqlmodel import Field, Relationship, SQLModel"))) + 1;
    if (importLine > 0) {
        pane->showLine(importLine);
        QApplication::processEvents();
        QTest::mouseClick(pane->textViewport(), Qt::LeftButton, {}, pane->pointOfLine(importLine));
        QApplication::processEvents();
        QCOMPARE(selectedCards(), QStringList{QStringLiteral("t_hero")});
    }
}

// Selecting a card scrolls the Models pane to its class; right after an edit the selection does
// not wait for the background refresh: the scroll follows when the pane is current.
void TestMainWindow::selectingATableScrollsToItsClass()
{
    Ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    w.waitForRefresh();
    Core::SchemaDocument *doc = w.document();
    const Core::Table *stock = doc->schema().tableByName(QStringLiteral("stock_movement"));
    QVERIFY(stock);
    Core::Table edited = *stock;
    edited.comment = QStringLiteral("moved");
    doc->updateTable(edited, QStringLiteral("Comment"));
    QVERIFY(w.isRefreshing());
    w.diagramScene()->tableItem(edited.id)->setSelected(true);
    QVERIFY(w.isRefreshing()); // the selection did not wait for the code
    w.waitForRefresh();
    Ui::CodeEditor *pane = w.modelsPane();
    const QStringList lines = pane->code().split(u'\n');
    const int classLine = int(lines.indexOf(QStringLiteral("class StockMovement(StockMovementBase, table=True):"))) + 1;
    QVERIFY(classLine > 0);
    QCOMPARE(pane->cursorLine(), classLine);
}

// The Queries tab shows queries.py for the whole design, or for the one table selected on the
// canvas, and follows edits.
void TestMainWindow::queriesFollowSelection()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    const auto *tabs = w.queriesPane()->parentWidget()->parentWidget();
    QVERIFY(qobject_cast<const QTabWidget *>(tabs));
    QCOMPARE(qobject_cast<const QTabWidget *>(tabs)->tabText(3), QStringLiteral("Queries"));
    QString code = w.queriesPane()->code();
    QVERIFY2(code.contains(QLatin1String("def count_heroes(session: Session) -> int:")), qPrintable(code.left(400)));
    QVERIFY(code.contains(QLatin1String("def count_teams(")));
    QVERIFY(code.contains(QLatin1String("def join_team_heroes(")));
    QVERIFY(!code.contains(QLatin1String("async def ")));

    Ui::DiagramScene *scene = w.diagramScene();
    Ui::TableItem *hero = scene->tableItem(QStringLiteral("t_hero"));
    QVERIFY(hero);
    scene->clearSelection();
    hero->setSelected(true);
    code = w.queriesPane()->code();
    QVERIFY(code.contains(QLatin1String("def count_heroes(")));
    QVERIFY(code.contains(QLatin1String("def find_heroes_by_name(")));
    QVERIFY2(!code.contains(QLatin1String("def count_teams(")), qPrintable(code.left(400)));
    QVERIFY(!code.contains(QLatin1String("def join_team_heroes(")));

    // Edits refresh the selected table's queries; two selected tables show the whole design.
    Core::Table table = *w.document()->schema().table(QStringLiteral("t_hero"));
    table.className = QStringLiteral("Champion");
    w.document()->updateTable(table, QStringLiteral("Rename class"));
    QVERIFY(w.queriesPane()->code().contains(QLatin1String("def count_champions(")));
    w.document()->undoStack()->undo();
    Ui::TableItem *team = scene->tableItem(QStringLiteral("t_team"));
    QVERIFY(team);
    hero = scene->tableItem(QStringLiteral("t_hero"));
    hero->setSelected(true);
    team->setSelected(true);
    QVERIFY(w.queriesPane()->code().contains(QLatin1String("def count_teams(")));
    QVERIFY(w.queriesPane()->code().contains(QLatin1String("def count_heroes(")));
    scene->clearSelection();
    QVERIFY(w.queriesPane()->code().contains(QLatin1String("def count_teams(")));
}

// File > Check Python Code: the findings of lint-code join the Warnings pane, and activating
// one shows the file at its line.
void TestMainWindow::codeFindingsOpenAtTheirLine()
{
    QTemporaryDir dir;
    QFile legacy(dir.filePath(QStringLiteral("app.py")));
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    legacy.write("from sqlmodel import Session, SQLModel, Field\n\n\n"
                 "class Hero(SQLModel, table=True):\n"
                 "    id: int | None = Field(default=None, primary_key=True)\n"
                 "    name: str\n\n\n"
                 "def names(session: Session) -> list[str]:\n"
                 "    return [h.name for h in session.query(Hero).all()]\n");
    legacy.close();
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    QVERIFY(w.checkCodeFolder(dir.path()));
    const auto &findings = w.warningsPane()->codeFindings();
    const auto query = std::find_if(findings.begin(), findings.end(), [](const Core::CodeFinding &f) {
        return f.rule == QLatin1String("SQA001");
    });
    QVERIFY2(query != findings.end(), "session.query() should be reported");
    QCOMPARE(query->line, 10);
    // The group is in the tree; activating the finding opens the file at that line.
    QTreeWidgetItem *target = nullptr;
    QTreeWidget *tree = w.warningsPane()->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        if (!group->text(0).startsWith(QLatin1String("Python code in")))
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(2) == QLatin1String("SQA001"))
                target = group->child(i);
        }
    }
    QVERIFY(target);
    QCOMPARE(target->text(1), QStringLiteral("app.py:10"));
    Q_EMIT tree->itemActivated(target, 0);
    QVERIFY(w.fileView()->code().contains(QLatin1String("session.query(Hero)")));
    QCOMPARE(w.fileView()->cursorLine(), 10);
}

// A design whose models need a package beyond SQLModel says so above the code.
void TestMainWindow::requirementsNotice()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    auto *notice = w.findChild<QLabel *>(QStringLiteral("codeNotice"));
    QVERIFY(notice);
    w.waitForRefresh(); // the code panes follow the design off the UI thread
    QVERIFY(notice->isHidden());
    QVERIFY(w.openProject(QStringLiteral(SMS_TEST_DATA_DIR "/../python/projects/constraints.sqlmodel.json")));
    QVERIFY(w.isRefreshing() || !notice->isHidden());
    w.waitForRefresh();
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QLatin1String("email-validator")), qPrintable(notice->text()));
}

// Edit > Auto Layout is one undo step and leaves no card on another; Find narrows the table
// list; Export writes the models and the diagram; New starts empty; opened files are recent.
void TestMainWindow::layoutFindExportNewRecent()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SQLModel Studio Tests"));
    Ui::MainWindow w;
    const QString shop = QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json");
    QVERIFY(w.openProject(shop));
    QVERIFY(Ui::MainWindow::recentFiles().contains(QFileInfo(shop).absoluteFilePath()));
    const QByteArray original = Core::serializeProject(w.document()->schema());
    const int before = w.document()->undoStack()->count();
    w.autoLayout();
    QCOMPARE(w.document()->undoStack()->count(), before + 1);
    QList<QRectF> cards;
    for (Ui::TableItem *card : w.diagramScene()->tableItems())
        cards << card->sceneBoundingRect();
    for (qsizetype a = 0; a < cards.size(); ++a) {
        for (qsizetype b = a + 1; b < cards.size(); ++b)
            QVERIFY(!cards[a].adjusted(1, 1, -1, -1).intersects(cards[b]));
    }
    w.document()->undoStack()->undo();
    QCOMPARE(Core::serializeProject(w.document()->schema()), original);

    auto *find = w.findChild<QLineEdit *>(QStringLiteral("findTable"));
    QVERIFY(find);
    QTest::keyClicks(find, QStringLiteral("ord"));
    const auto *tables = w.findChild<QTreeWidget *>(QStringLiteral("tableList"));
    int visible = 0;
    for (int i = 0; i < tables->topLevelItemCount(); ++i) {
        if (!tables->topLevelItem(i)->isHidden()) {
            ++visible;
            QVERIFY(tables->topLevelItem(i)->text(0).contains(QLatin1String("ord")));
        }
    }
    QVERIFY(visible >= 1 && visible < tables->topLevelItemCount());
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(!tables->selectedItems().isEmpty());

    QTemporaryDir dir;
    QVERIFY(w.exportModels(dir.path(), false));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("models.py"))));
    QVERIFY(w.exportDiagram(dir.filePath(QStringLiteral("shop.svg"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("shop.svg"))).size() > 1000);

    w.newDesign();
    QVERIFY(w.document()->schema().tables.empty());
    QVERIFY(w.document()->filePath().isEmpty());
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
    TestSupport::applyTestPalette(dark);
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
    // Under QT_SCALE_FACTOR=2 (the ui/mainwindow-hidpi test) the window is drawn at twice the
    // pixels: text and cards must come out crisp, not scaled up.
    const QString suffix = shot.devicePixelRatio() > 1 ? QStringLiteral("@%1x").arg(shot.devicePixelRatio()) : QString();
    const QString path = dir + (dark ? QLatin1String("/mainwindow-dark") : QLatin1String("/mainwindow-light"))
                         + suffix + QLatin1String(".png");
    QVERIFY(shot.save(path));
    // The code pane's background follows the palette.
    const QColor base = QApplication::palette().color(QPalette::Base);
    QCOMPARE(dark, base.lightness() < 128);
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
