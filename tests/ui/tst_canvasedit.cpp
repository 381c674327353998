// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Editing the design on the canvas with real mouse and keyboard events (offscreen): a double-click
// makes a table and opens its name for typing, the "+ Add column" row and Insert add columns,
// dragging a row's connector onto a table draws a foreign key (the popup asks one-to-many or
// one-to-one), Alt+Up/Down reorder, Delete removes the current column, Ctrl+C/X/V go through the
// clipboard, the link tool makes many-to-many link tables, and palette drops create tables. Each
// gesture is one undo step; undoing all gives back the original bytes. Screenshots land in the
// build folder.

#include "canvasedits.h"
#include "codeeditor.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "palette.h"
#include "projectfile.h"
#include "tableitem.h"
#include "testpalette.h"
#include "validate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace {

QString shots()
{
    const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

QString validationText(const Core::Schema &schema)
{
    QStringList lines;
    for (const Core::ValidationIssue &issue : Core::validate(schema))
        lines << issue.where + QLatin1String(": ") + issue.message;
    return lines.join(u'\n');
}

// Chooses an entry of the popup menu that the next gesture opens, with a real mouse click.
void answerPopup(const char *actionName, bool *answered)
{
    QTimer::singleShot(50, qApp, [actionName, answered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        auto *action = menu->findChild<QAction *>(QString::fromLatin1(actionName));
        if (!action)
            return;
        *answered = true;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
}

} // namespace

class TestCanvasEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreEditsValidate();
    void buildDesignByHand();
    void selfReferenceByDrag();
    void renameRefusedAndEscape();
    void reorderAndDeleteColumns();
    void copyCutPaste();
    void manyToMany();
    void paletteDrops();
    void contextMenus();
    void editorScreenshot_data();
    void editorScreenshot();

private:
    struct Window
    {
        std::unique_ptr<Ui::MainWindow> w;
        Core::SchemaDocument *doc = nullptr;
        Ui::DiagramScene *scene = nullptr;
        Ui::DiagramView *view = nullptr;
        QWidget *port = nullptr; // the view's viewport: where events go
    };
    static Window openWindow(const QString &example = {});
    static QPoint at(const Window &win, const Ui::TableItem *card, QPointF itemPos)
    {
        return win.view->mapFromScene(card->mapToScene(itemPos));
    }
    static QPoint rowPoint(const Window &win, const Ui::TableItem *card, const QString &columnId)
    {
        return at(win, card, card->nameRect(columnId).center());
    }
    static void typeName(const Window &win, const QString &text)
    {
        QTest::keyClicks(win.port, text);
        QTest::keyClick(win.port, Qt::Key_Return);
    }
    static void drag(const Window &win, QPoint from, QPoint to)
    {
        QTest::mousePress(win.port, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(win.port, from + (to - from) * i / 8);
        QTest::mouseRelease(win.port, Qt::LeftButton, {}, to);
    }
};

TestCanvasEdit::Window TestCanvasEdit::openWindow(const QString &example)
{
    Window win;
    win.w = std::make_unique<Ui::MainWindow>();
    if (!example.isEmpty() && !win.w->openProject(QStringLiteral(SMS_EXAMPLES_DIR "/") + example))
        return win;
    win.w->resize(1500, 950);
    win.w->show();
    if (!QTest::qWaitForWindowExposed(win.w.get()))
        return win;
    win.w->activateWindow();
    if (!QTest::qWaitForWindowActive(win.w.get()))
        return win;
    win.doc = win.w->document();
    win.scene = win.w->diagramScene();
    win.view = win.w->diagramView();
    win.port = win.view->viewport();
    win.view->setZoom(1.0);
    win.view->setFocus();
    return win;
}

// The Core helpers alone: each edit validates, and the names follow the conventions.
void TestCanvasEdit::coreEditsValidate()
{
    Core::Schema s;
    Core::CanvasEdit e = Core::addTableEdit(s, QPointF(10.4, 20.6));
    QVERIFY2(e.isValid(), qPrintable(e.error));
    s = Core::appliedEdit(s, e.edit);
    QCOMPARE(s.tables.front().name, QStringLiteral("table_1"));
    QCOMPARE(s.tables.front().className, QStringLiteral("Table1"));
    QCOMPARE(*s.tables.front().position, QPointF(10, 21));
    QVERIFY(s.tables.front().columns.front().primaryKey);
    s = Core::appliedEdit(s, Core::addTableEdit(s, QPointF()).edit);
    QCOMPARE(s.tables.back().name, QStringLiteral("table_2"));

    QCOMPARE(Core::tableNamesFromText(QStringLiteral("OrderItem")).name, QStringLiteral("order_item"));
    QCOMPARE(Core::tableNamesFromText(QStringLiteral("order_item")).className, QStringLiteral("OrderItem"));
    const QString a = s.tables.front().id;
    const QString b = s.tables.back().id;
    s = Core::appliedEdit(s, Core::renameTableEdit(s, a, QStringLiteral("Person")).edit);
    s = Core::appliedEdit(s, Core::renameTableEdit(s, b, QStringLiteral("category")).edit);
    QCOMPARE(s.table(a)->name, QStringLiteral("person"));
    // Two keys from the same child to the same parent get names from their columns.
    e = Core::foreignKeyEdit(s, b, a, Core::RelationshipKind::OneToMany);
    QVERIFY2(e.isValid(), qPrintable(e.error));
    s = Core::appliedEdit(s, e.edit);
    QCOMPARE(s.relationship(e.relationshipId)->parentAttribute, QStringLiteral("categories"));
    QCOMPARE(s.relationship(e.relationshipId)->childAttribute, QStringLiteral("person"));
    e = Core::foreignKeyEdit(s, b, a, Core::RelationshipKind::OneToOne);
    QVERIFY2(e.isValid(), qPrintable(e.error));
    s = Core::appliedEdit(s, e.edit);
    QCOMPARE(s.table(b)->column(e.columnId)->name, QStringLiteral("person_id_2"));
    QVERIFY(s.table(b)->column(e.columnId)->unique);
    QVERIFY2(Core::validate(s).empty(), qPrintable(validationText(s)));
    // A table without a key cannot be referred to: refused with a reason, nothing applied.
    Core::Table keyless;
    keyless.id = QStringLiteral("t_keyless");
    keyless.name = QStringLiteral("keyless");
    Core::Column c;
    c.id = QStringLiteral("c_keyless");
    c.name = QStringLiteral("value");
    keyless.columns.push_back(c);
    s.tables.push_back(keyless);
    e = Core::foreignKeyEdit(s, a, keyless.id, Core::RelationshipKind::OneToMany);
    QVERIFY(!e.isValid());
    QVERIFY(e.error.contains(QLatin1String("keyless")));
    // Paste of garbage is refused.
    QVERIFY(!Core::pasteEdit(s, QByteArrayLiteral("not json")).isValid());
}

// Issue 4, item 8: from an empty window, two tables, columns typed in, a foreign key drawn by
// dragging; the Models pane shows it; undo gives back the empty project byte for byte, redo the
// design; saved and reopened it is the same.
void TestCanvasEdit::buildDesignByHand()
{
    Window win = openWindow();
    QVERIFY(win.doc);
    QUndoStack *stack = win.doc->undoStack();
    const QByteArray empty = Core::serializeProject(win.doc->schema());
    win.view->centerOn(QPointF(400, 250));

    // Double-click empty space: a table, with its name open for typing.
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, win.view->mapFromScene(QPointF(160, 120)));
    QCOMPARE(win.doc->schema().tables.size(), std::size_t(1));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), QStringLiteral("Add table “table_1”"));
    QLineEdit *editor = win.scene->activeEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Table1"));
    typeName(win, QStringLiteral("Team"));
    QVERIFY(!win.scene->activeEditor());
    const Core::Table *team = &win.doc->schema().tables.front();
    QCOMPARE(team->name, QStringLiteral("team"));
    QCOMPARE(team->className, QStringLiteral("Team"));
    QVERIFY(std::abs(team->position->x() + 85 - 160) < 1.5 && std::abs(team->position->y() + 16 - 120) < 1.5);
    const QString teamId = team->id;
    QCOMPARE(stack->count(), 2);

    // A column for Team through the "+ Add column" row of the selected card.
    Ui::TableItem *teamCard = win.scene->tableItem(teamId);
    QVERIFY(teamCard->isSelected());
    const QRectF teamRect = teamCard->cardRect();
    QTest::mouseClick(win.port, Qt::LeftButton, {},
                      at(win, teamCard, QPointF(40, teamRect.bottom() - 8)));
    QVERIFY(win.scene->activeEditor());
    QCOMPARE(win.scene->activeEditor()->text(), QStringLiteral("column_1"));
    typeName(win, QStringLiteral("name"));
    QCOMPARE(win.doc->schema().table(teamId)->columns.back().name, QStringLiteral("name"));

    // The second table, further right.
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, win.view->mapFromScene(QPointF(560, 120)));
    QVERIFY(win.scene->activeEditor());
    typeName(win, QStringLiteral("Hero"));
    const QString heroId = win.doc->schema().tableByName(QStringLiteral("hero"))->id;
    Ui::TableItem *heroCard = win.scene->tableItem(heroId);
    // Insert adds a column after the current one and opens it; typing names it.
    QTest::mouseClick(win.port, Qt::LeftButton, {},
                      rowPoint(win, heroCard, win.doc->schema().table(heroId)->columns.front().id));
    QCOMPARE(heroCard->currentColumn(), win.doc->schema().table(heroId)->columns.front().id);
    QTest::keyClick(win.port, Qt::Key_Insert);
    QVERIFY(win.scene->activeEditor());
    typeName(win, QStringLiteral("name"));
    QTest::keyClick(win.port, Qt::Key_Insert);
    typeName(win, QStringLiteral("secret_name"));
    QStringList names;
    for (const Core::Column &c : win.doc->schema().table(heroId)->columns)
        names << c.name;
    QCOMPARE(names, QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("secret_name")}));
    // Double-click a row to rename it.
    const QString secretId = win.doc->schema().table(heroId)->columns.back().id;
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, rowPoint(win, heroCard, secretId));
    QVERIFY(win.scene->activeEditor());
    QCOMPARE(win.scene->activeEditor()->text(), QStringLiteral("secret_name"));
    typeName(win, QStringLiteral("alias"));
    QCOMPARE(win.doc->schema().table(heroId)->column(secretId)->name, QStringLiteral("alias"));
    QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Rename column “hero.secret_name” to “alias”"));
    const int beforeKey = stack->count();

    // Drag from the connector of Hero's id row onto Team: a popup asks, one-to-many is chosen.
    QVERIFY(heroCard->isSelected());
    const QString heroPk = win.doc->schema().table(heroId)->columns.front().id;
    const QPoint from = at(win, heroCard, heroCard->connectorPos(heroPk));
    const QPoint to = at(win, teamCard, teamCard->cardRect().center());
    bool answered = false;
    answerPopup("oneToMany", &answered);
    QCOMPARE(heroCard->hitTest(heroCard->mapFromScene(win.view->mapToScene(from))).part,
             Ui::TableItem::Part::Connector);
    drag(win, from, to);
    QVERIFY(answered);
    QCOMPARE(stack->count(), beforeKey + 1);
    QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Add foreign key from “hero” to “team”"));
    const Core::Schema &schema = win.doc->schema();
    const Core::Table *hero = schema.table(heroId);
    const Core::Column *teamIdColumn = hero->columnByName(QStringLiteral("team_id"));
    QVERIFY(teamIdColumn);
    QCOMPARE(teamIdColumn->type.kind, Core::TypeKind::Integer);
    QVERIFY(!teamIdColumn->nullable);
    QCOMPARE(hero->foreignKeys.size(), std::size_t(1));
    QCOMPARE(hero->foreignKeys.front().refTable, teamId);
    QCOMPARE(hero->foreignKeys.front().columns, QStringList{teamIdColumn->id});
    QCOMPARE(schema.relationships.size(), std::size_t(1));
    const Core::Relationship &rel = schema.relationships.front();
    QCOMPARE(rel.kind, Core::RelationshipKind::OneToMany);
    QCOMPARE(rel.parentAttribute, QStringLiteral("heroes"));
    QCOMPARE(rel.childAttribute, QStringLiteral("team"));
    QVERIFY2(Core::validate(schema).empty(), qPrintable(validationText(schema)));
    QVERIFY(win.scene->relationshipItem(rel.id));

    // The Models pane follows.
    const QString code = win.w->modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("class Team(TeamBase, table=True):")), qPrintable(code));
    QVERIFY(code.contains(QLatin1String("class Hero(HeroBase, table=True):")));
    QVERIFY(code.contains(QLatin1String("alias: str")));
    QVERIFY(code.contains(QLatin1String("team_id: int = Field(")));
    QVERIFY(code.contains(QLatin1String("foreign_key=\"team.id\"")));
    QVERIFY(code.contains(QLatin1String("heroes: list[\"Hero\"] = Relationship(back_populates=\"team\")")));
    QVERIFY2(code.contains(QLatin1String("team: Team = Relationship(back_populates=\"heroes\")")),
             qPrintable(code.mid(code.indexOf(QLatin1String("class Hero(")), 600)));

    QDir().mkpath(shots());
    QTest::qWait(20);
    QVERIFY(win.w->grab().save(shots() + QLatin1String("/canvasedit-scenario.png")));

    // Undo everything: the empty project, byte for byte; redo everything: the design again.
    const QByteArray built = Core::serializeProject(win.doc->schema());
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(Core::serializeProject(win.doc->schema()), empty);
    QVERIFY(win.scene->tableItems().isEmpty());
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(Core::serializeProject(win.doc->schema()), built);
    QCOMPARE(win.scene->tableItems().size(), qsizetype(2));

    // Saved and opened in a new window: the same bytes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hand.sqlmodel.json"));
    QVERIFY(win.w->saveProject(path));
    Ui::MainWindow reopened;
    QVERIFY(reopened.openProject(path));
    QCOMPARE(Core::serializeProject(reopened.document()->schema()), built);
    QVERIFY(reopened.modelsPane()->code().contains(QLatin1String("Relationship(back_populates=\"heroes\")")));
    // The drawn design, for tests/python/test_drawn_design.py: its generated code runs.
    const QString drawn = QStringLiteral(SMS_BUILD_DIR "/canvasedit-drawn.sqlmodel.json");
    QFile::remove(drawn);
    QVERIFY(QFile::copy(path, drawn));
}

// A connector dropped on its own card: a self reference with a nullable parent_id.
void TestCanvasEdit::selfReferenceByDrag()
{
    Window win = openWindow();
    QVERIFY(win.doc);
    win.view->centerOn(QPointF(300, 200));
    const QString id = win.scene->createTable(QPointF(200, 150), true);
    typeName(win, QStringLiteral("Category"));
    Ui::TableItem *card = win.scene->tableItem(id);
    QVERIFY(card->isSelected());
    const QString pk = win.doc->schema().table(id)->columns.front().id;
    bool answered = false;
    answerPopup("oneToMany", &answered);
    drag(win, at(win, card, card->connectorPos(pk)), at(win, card, QPointF(40, 12)));
    QVERIFY(answered);
    const Core::Schema &s = win.doc->schema();
    const Core::Column *parent = s.table(id)->columnByName(QStringLiteral("parent_id"));
    QVERIFY(parent);
    QVERIFY(parent->nullable);
    QCOMPARE(s.table(id)->foreignKeys.front().onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(s.relationships.front().parentAttribute, QStringLiteral("children"));
    QCOMPARE(s.relationships.front().childAttribute, QStringLiteral("parent"));
    QVERIFY2(Core::validate(s).empty(), qPrintable(validationText(s)));
    const QString code = win.w->modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("remote_side")), qPrintable(code));

    // Cancelling the popup changes nothing.
    const int count = win.doc->undoStack()->count();
    QTimer::singleShot(120, qApp, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            QTest::keyClick(popup, Qt::Key_Escape);
    });
    drag(win, at(win, card, card->connectorPos(pk)), at(win, card, QPointF(40, 12)));
    QCOMPARE(win.doc->undoStack()->count(), count);
    QVERIFY(!QApplication::activePopupWidget());
}

// A name validate() refuses is not taken: the editor stays, framed, and says why; Escape gives
// up without a change.
void TestCanvasEdit::renameRefusedAndEscape()
{
    Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
    QVERIFY(win.doc);
    const QByteArray before = Core::serializeProject(win.doc->schema());
    const int count = win.doc->undoStack()->count();
    Ui::TableItem *hero = win.scene->tableItem(QStringLiteral("t_hero"));
    win.view->centerOn(hero);
    QSignalSpy messages(win.scene, &Ui::DiagramScene::message);

    // Rename hero.age to "name": a duplicate.
    QTest::mouseClick(win.port, Qt::LeftButton, {}, at(win, hero, QPointF(30, 10)));
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, rowPoint(win, hero, QStringLiteral("c_hero_age")));
    QVERIFY(win.scene->activeEditor());
    typeName(win, QStringLiteral("NAME"));
    QVERIFY(win.scene->activeEditor()); // still open
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().first().toString().contains(QLatin1String("duplicates")),
             qPrintable(messages.last().first().toString()));
    QCOMPARE(Core::serializeProject(win.doc->schema()), before);
    QVERIFY(win.scene->activeEditor()->styleSheet().contains(QLatin1String("border")));
    QTest::keyClick(win.port, Qt::Key_Escape);
    QVERIFY(!win.scene->activeEditor());
    QCOMPARE(Core::serializeProject(win.doc->schema()), before);
    QCOMPARE(win.doc->undoStack()->count(), count);

    // Renaming the table to an existing class is refused too; Escape after typing cancels.
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, at(win, hero, QPointF(30, 10)));
    QVERIFY(win.scene->activeEditor());
    QCOMPARE(win.scene->activeEditor()->text(), QStringLiteral("Hero"));
    typeName(win, QStringLiteral("Team"));
    QVERIFY(win.scene->activeEditor());
    QCOMPARE(Core::serializeProject(win.doc->schema()), before);
    QTest::keyClicks(win.port, QStringLiteral("Squad"));
    QTest::keyClick(win.port, Qt::Key_Escape);
    QVERIFY(!win.scene->activeEditor());
    QCOMPARE(Core::serializeProject(win.doc->schema()), before);
    QCOMPARE(win.doc->undoStack()->count(), count);

    // An unchanged name is no command either.
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, at(win, hero, QPointF(30, 10)));
    QTest::keyClick(win.port, Qt::Key_Return);
    QCOMPARE(win.doc->undoStack()->count(), count);
    // A good table name: the class and the table follow.
    QTest::mouseDClick(win.port, Qt::LeftButton, {}, at(win, hero, QPointF(30, 10)));
    typeName(win, QStringLiteral("SuperHero"));
    QCOMPARE(win.doc->schema().table(QStringLiteral("t_hero"))->name, QStringLiteral("super_hero"));
    QCOMPARE(win.doc->schema().table(QStringLiteral("t_hero"))->className, QStringLiteral("SuperHero"));
    QCOMPARE(win.doc->undoStack()->count(), count + 1);
    QVERIFY(win.w->modelsPane()->code().contains(QLatin1String("class SuperHero(SuperHeroBase, table=True):")));
}

void TestCanvasEdit::reorderAndDeleteColumns()
{
    Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
    QVERIFY(win.doc);
    QUndoStack *stack = win.doc->undoStack();
    Ui::TableItem *hero = win.scene->tableItem(QStringLiteral("t_hero"));
    win.view->centerOn(hero);
    auto order = [&](const QString &table) {
        QStringList ids;
        for (const Core::Column &c : win.doc->schema().table(table)->columns)
            ids << c.id;
        return ids;
    };
    const QStringList original = order(QStringLiteral("t_hero"));

    // Click a row: it becomes current. Alt+Up moves it, one step each.
    QTest::mouseClick(win.port, Qt::LeftButton, {}, rowPoint(win, hero, QStringLiteral("c_hero_age")));
    QCOMPARE(hero->currentColumn(), QStringLiteral("c_hero_age"));
    QTest::keyClick(win.port, Qt::Key_Up, Qt::AltModifier);
    QStringList expected = original;
    expected.swapItemsAt(2, 3);
    QCOMPARE(order(QStringLiteral("t_hero")), expected);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), QStringLiteral("Move column “hero.age” up"));
    QTest::keyClick(win.port, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(order(QStringLiteral("t_hero")), original);
    // Arrow keys move the current row; Delete removes the current column, not the table (the
    // window's Delete shortcut deletes tables).
    QTest::keyClick(win.port, Qt::Key_Down);
    QCOMPARE(hero->currentColumn(), QStringLiteral("c_hero_team"));
    QTest::keyClick(win.port, Qt::Key_Delete);
    QVERIFY(win.doc->schema().table(QStringLiteral("t_hero")));
    QVERIFY(!win.doc->schema().table(QStringLiteral("t_hero"))->column(QStringLiteral("c_hero_team")));
    QVERIFY(win.doc->schema().table(QStringLiteral("t_hero"))->foreignKeys.empty());
    QCOMPARE(stack->text(stack->count() - 1), QStringLiteral("Delete column “hero.team_id”"));
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
    stack->undo();
    QVERIFY(win.doc->schema().table(QStringLiteral("t_hero"))->column(QStringLiteral("c_hero_team")));
    // Escape leaves the row; then Delete removes the selected table.
    QTest::mouseClick(win.port, Qt::LeftButton, {}, rowPoint(win, hero, QStringLiteral("c_hero_age")));
    QTest::keyClick(win.port, Qt::Key_Escape);
    QVERIFY(hero->currentColumn().isEmpty());
    QTest::keyClick(win.port, Qt::Key_Delete);
    QVERIFY(!win.doc->schema().table(QStringLiteral("t_hero")));
    stack->undo();

    // A composite key keeps its key order when its columns are reordered.
    Ui::TableItem *link = win.scene->tableItem(QStringLiteral("t_link"));
    win.view->centerOn(link);
    QTest::mouseClick(win.port, Qt::LeftButton, {}, rowPoint(win, link, QStringLiteral("c_link_hero")));
    QTest::keyClick(win.port, Qt::Key_Up, Qt::AltModifier);
    const Core::Table *t = win.doc->schema().table(QStringLiteral("t_link"));
    QCOMPARE(t->columns.front().id, QStringLiteral("c_link_hero"));
    QCOMPARE(t->primaryKeyOrder, QStringList({QStringLiteral("c_link_team"), QStringLiteral("c_link_hero")}));
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
    // Moving it back drops the explicit order again.
    QTest::keyClick(win.port, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(win.doc->schema().table(QStringLiteral("t_link"))->primaryKeyOrder.isEmpty());
}

void TestCanvasEdit::copyCutPaste()
{
    Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
    QVERIFY(win.doc);
    QUndoStack *stack = win.doc->undoStack();
    const std::size_t tables = win.doc->schema().tables.size();
    win.scene->tableItem(QStringLiteral("t_team"))->setSelected(true);
    win.scene->tableItem(QStringLiteral("t_hero"))->setSelected(true);
    QTest::keyClick(win.port, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasFormat(Ui::DiagramScene::clipboardMimeType()));
    QVERIFY(data->text().contains(QLatin1String("\"sqlmodel-studio-project\"")));
    QCOMPARE(stack->count(), 0);

    QTest::keyClick(win.port, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), QStringLiteral("Paste 2 table(s)"));
    const Core::Schema &s = win.doc->schema();
    QCOMPARE(s.tables.size(), tables + 2);
    const Core::Table *teamCopy = s.tableByName(QStringLiteral("team_copy"));
    const Core::Table *heroCopy = s.tableByName(QStringLiteral("hero_copy"));
    QVERIFY(teamCopy && heroCopy);
    QCOMPARE(teamCopy->className, QStringLiteral("TeamCopy"));
    QCOMPARE(*teamCopy->position, *s.table(QStringLiteral("t_team"))->position + QPointF(40, 40));
    QVERIFY(teamCopy->id != QStringLiteral("t_team"));
    // The key between them is copied and points at the copy; the one-to-many comes along.
    QCOMPARE(heroCopy->foreignKeys.size(), std::size_t(1));
    QCOMPARE(heroCopy->foreignKeys.front().refTable, teamCopy->id);
    QCOMPARE(s.relationships.size(), std::size_t(4)); // heroes has three
    QCOMPARE(s.relationships.back().foreignKey, heroCopy->foreignKeys.front().id);
    QCOMPARE(s.relationships.back().parentAttribute, QStringLiteral("heroes"));
    QVERIFY2(Core::validate(s).empty(), qPrintable(validationText(s)));
    QCOMPARE(win.scene->selectedTableIds(), QStringList({teamCopy->id, heroCopy->id}));
    QVERIFY(win.w->modelsPane()->code().contains(QLatin1String("class HeroCopy(HeroCopyBase, table=True):")));

    // Pasting again: other names, further off.
    QTest::keyClick(win.port, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(win.doc->schema().tableByName(QStringLiteral("team_copy_2")));
    QCOMPARE(*win.doc->schema().tableByName(QStringLiteral("team_copy_2"))->position,
             *win.doc->schema().table(QStringLiteral("t_team"))->position + QPointF(80, 80));
    stack->undo();
    stack->undo();
    QCOMPARE(win.doc->schema().tables.size(), tables);

    // Copying the link table alone: its keys point outside, so it comes without them.
    win.scene->clearSelection();
    win.scene->tableItem(QStringLiteral("t_link"))->setSelected(true);
    win.scene->copySelection();
    QVERIFY(win.scene->paste());
    const Core::Table *linkCopy = win.doc->schema().tableByName(QStringLiteral("heroteamlink_copy"));
    QVERIFY(linkCopy);
    QVERIFY(linkCopy->foreignKeys.empty());
    QCOMPARE(linkCopy->columns.size(), std::size_t(3));
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
    stack->undo();

    // Cut: gone in one step; paste brings it back under the same name.
    win.scene->clearSelection();
    win.scene->tableItem(QStringLiteral("t_team"))->setSelected(true);
    const int before = stack->index();
    QTest::keyClick(win.port, Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!win.doc->schema().tableByName(QStringLiteral("team")));
    QCOMPARE(stack->index(), before + 1);
    QCOMPARE(stack->text(before), QStringLiteral("Cut 1 table(s)"));
    QVERIFY(win.scene->pasteAt(QPointF(900, 500)));
    const Core::Table *team = win.doc->schema().tableByName(QStringLiteral("team"));
    QVERIFY(team);
    QCOMPARE(*team->position, QPointF(900, 500));
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
}

void TestCanvasEdit::manyToMany()
{
    Window win = openWindow();
    QVERIFY(win.doc);
    const QString a = win.scene->createTable(QPointF(150, 100), false);
    win.doc->pushEdit(Core::renameTableEdit(win.doc->schema(), a, QStringLiteral("Student")).edit, QStringLiteral("rename"));
    const QString b = win.scene->createTable(QPointF(550, 100), false);
    win.doc->pushEdit(Core::renameTableEdit(win.doc->schema(), b, QStringLiteral("Course")).edit, QStringLiteral("rename"));
    auto *action = win.w->findChild<QAction *>(QStringLiteral("connectManyToManyAction"));
    QVERIFY(action);
    win.scene->clearSelection();
    QVERIFY(!action->isEnabled());
    win.scene->tableItem(a)->setSelected(true);
    win.scene->tableItem(b)->setSelected(true);
    QVERIFY(action->isEnabled());
    const int count = win.doc->undoStack()->count();
    action->trigger();
    QCOMPARE(win.doc->undoStack()->count(), count + 1);
    const Core::Schema &s = win.doc->schema();
    const Core::Table *link = s.tableByName(QStringLiteral("student_course"));
    QVERIFY(link);
    QCOMPARE(link->primaryKey().size(), std::size_t(2));
    QCOMPARE(link->foreignKeys.size(), std::size_t(2));
    QCOMPARE(link->columns.front().name, QStringLiteral("student_id"));
    const Core::Relationship &r = s.relationships.back();
    QCOMPARE(r.kind, Core::RelationshipKind::ManyToMany);
    QCOMPARE(r.parentAttribute, QStringLiteral("courses"));
    QCOMPARE(r.childAttribute, QStringLiteral("students"));
    QVERIFY2(Core::validate(s).empty(), qPrintable(validationText(s)));
    QVERIFY(win.w->modelsPane()->code().contains(QLatin1String("link_model=StudentCourse")));
    // The link card sits below, between the two.
    QVERIFY(link->position->y() > s.table(a)->position->y());
    QCOMPARE(win.scene->selectedTableIds(), QStringList{link->id});

    // The link tool by mouse: "Link Many-to-Many With…" on Student, then a click on Course.
    win.view->centerOn(QPointF(400, 200));
    win.scene->beginLink(a);
    QVERIFY(win.scene->isLinking());
    Ui::TableItem *course = win.scene->tableItem(b);
    QTest::mouseMove(win.port, at(win, course, QPointF(40, 40)));
    QVERIFY(course->isDropTarget());
    QTest::mouseClick(win.port, Qt::LeftButton, {}, at(win, course, QPointF(40, 40)));
    QVERIFY(!win.scene->isLinking());
    QVERIFY(win.doc->schema().tableByName(QStringLiteral("student_course_2")));
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
}

void TestCanvasEdit::paletteDrops()
{
    Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
    QVERIFY(win.doc);
    auto *palette = win.w->findChild<Ui::Palette *>();
    QVERIFY(palette);
    QVERIFY(palette->count() >= 2);
    QVERIFY(win.w->findChild<QDockWidget *>(QStringLiteral("paletteDock"))->isVisible());
    // What a drag from the palette carries.
    std::unique_ptr<QMimeData> fromPalette(palette->model()->mimeData({palette->model()->index(0, 0)}));
    QVERIFY(fromPalette->hasFormat(QString::fromLatin1(Ui::Palette::MimeType)));
    QCOMPARE(fromPalette->data(QString::fromLatin1(Ui::Palette::MimeType)), QByteArray(Ui::Palette::TableKind));

    auto drop = [&](const char *kind, QPoint pos) {
        std::unique_ptr<QMimeData> data(Ui::Palette::mimeDataFor(QString::fromLatin1(kind)));
        QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(win.port, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(win.port, &move);
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(win.port, &dropEvent);
        return enter.isAccepted() && move.isAccepted() && dropEvent.isAccepted();
    };
    win.view->centerOn(QPointF(500, 300));
    const QPointF where = win.view->mapToScene(QPoint(300, 250));
    QVERIFY(drop(Ui::Palette::TableKind, QPoint(300, 250)));
    const Core::Table *t = win.doc->schema().tableByName(QStringLiteral("table_1"));
    QVERIFY(t);
    QVERIFY(QLineF(*t->position + QPointF(85, 16), where).length() < 2);
    QVERIFY(win.scene->activeEditor());
    typeName(win, QStringLiteral("Mission"));
    QVERIFY(win.doc->schema().tableByName(QStringLiteral("mission")));

    // A link table dropped on Team while Mission is selected links them.
    const QString missionId = win.doc->schema().tableByName(QStringLiteral("mission"))->id;
    win.scene->clearSelection();
    win.scene->tableItem(missionId)->setSelected(true);
    Ui::TableItem *team = win.scene->tableItem(QStringLiteral("t_team"));
    QVERIFY(drop(Ui::Palette::LinkKind, at(win, team, QPointF(30, 30))));
    const Core::Table *link = win.doc->schema().tableByName(QStringLiteral("mission_team"));
    QVERIFY(link);
    QCOMPARE(win.doc->schema().relationships.back().kind, Core::RelationshipKind::ManyToMany);
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
    // Dropped on a table with nothing else selected: the link tool waits for the second click.
    win.scene->clearSelection();
    QVERIFY(drop(Ui::Palette::LinkKind, at(win, team, QPointF(30, 30))));
    QVERIFY(win.scene->isLinking());
    QTest::keyClick(win.port, Qt::Key_Escape);
    QVERIFY(!win.scene->isLinking());
    // Activating the palette's Table entry adds a table in the middle of the view.
    const std::size_t before = win.doc->schema().tables.size();
    Q_EMIT palette->itemActivated(palette->item(0));
    QCOMPARE(win.doc->schema().tables.size(), before + 1);
}

void TestCanvasEdit::contextMenus()
{
    Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
    QVERIFY(win.doc);
    Ui::TableItem *hero = win.scene->tableItem(QStringLiteral("t_hero"));
    auto trigger = [&](QPointF scenePos, const char *name) {
        std::unique_ptr<QMenu> menu(win.scene->createContextMenu(scenePos, win.view));
        auto *action = menu->findChild<QAction *>(QString::fromLatin1(name));
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    };
    const QPointF ageRow = hero->mapToScene(hero->nameRect(QStringLiteral("c_hero_age")).center());
    QVERIFY(trigger(ageRow, "deleteColumn"));
    QVERIFY(!win.doc->schema().table(QStringLiteral("t_hero"))->column(QStringLiteral("c_hero_age")));
    QVERIFY(trigger(hero->mapToScene(QPointF(30, 10)), "addColumn"));
    QVERIFY(win.scene->activeEditor());
    win.scene->cancelEditor();
    QVERIFY(trigger(hero->mapToScene(QPointF(30, 10)), "copy"));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(Ui::DiagramScene::clipboardMimeType()));
    const std::size_t tables = win.doc->schema().tables.size();
    QVERIFY(trigger(QPointF(-600, -600), "newTable"));
    QCOMPARE(win.doc->schema().tables.size(), tables + 1);
    win.scene->cancelEditor();
    QVERIFY(trigger(QPointF(-600, 600), "paste"));
    QCOMPARE(win.doc->schema().tables.size(), tables + 2);
    // Add Foreign Key To > Team > One-to-one from the name row (a plain column becomes the key).
    std::unique_ptr<QMenu> menu(win.scene->createContextMenu(
        hero->mapToScene(hero->nameRect(QStringLiteral("c_hero_secret")).center()), win.view));
    auto *fkMenu = menu->findChild<QMenu *>(QStringLiteral("addForeignKeyMenu"));
    QVERIFY(fkMenu);
    QAction *oneToOne = nullptr;
    for (QAction *entry : fkMenu->actions()) {
        if (entry->text() == QLatin1String("Team") && entry->menu())
            oneToOne = entry->menu()->actions().at(1);
    }
    QVERIFY(oneToOne);
    oneToOne->trigger();
    const Core::Column *secret = win.doc->schema().table(QStringLiteral("t_hero"))->column(QStringLiteral("c_hero_secret"));
    QCOMPARE(secret->type.kind, Core::TypeKind::Integer);
    QVERIFY(secret->unique);
    QCOMPARE(win.doc->schema().relationships.back().kind, Core::RelationshipKind::OneToOne);
    QVERIFY2(Core::validate(win.doc->schema()).empty(), qPrintable(validationText(win.doc->schema())));
}

void TestCanvasEdit::editorScreenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// A card with its column name open for typing, and a selected card with its connectors, the
// current row and the "Add column" row, as a user sees them at 100 % and 150 %.
void TestCanvasEdit::editorScreenshot()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    {
        Window win = openWindow(QStringLiteral("heroes.sqlmodel.json"));
        QVERIFY(win.doc);
        Ui::TableItem *hero = win.scene->tableItem(QStringLiteral("t_hero"));
        win.view->setZoom(1.5);
        win.view->centerOn(hero);
        QTest::mouseDClick(win.port, Qt::LeftButton, {}, rowPoint(win, hero, QStringLiteral("c_hero_secret")));
        QVERIFY(win.scene->activeEditor());
        QTest::keyClicks(win.port, QStringLiteral("a_much_longer_secret_identity"));
        QTest::qWait(30);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        const QRect area = win.view->mapFromScene(hero->sceneBoundingRect().adjusted(-60, -40, 260, 60)).boundingRect();
        QVERIFY(win.view->viewport()->grab(area).save(shots() + QLatin1String("/canvasedit-editor") + suffix));
        // The editor covers the name and grows with the text instead of clipping it.
        QVERIFY(win.scene->activeEditor()->width()
                >= QFontMetrics(win.scene->activeEditor()->font()).horizontalAdvance(win.scene->activeEditor()->text()));
        QTest::keyClick(win.port, Qt::Key_Escape);
        // The header editor.
        QTest::mouseDClick(win.port, Qt::LeftButton, {}, at(win, hero, QPointF(30, 12)));
        QVERIFY(win.scene->activeEditor());
        QTest::qWait(30);
        QVERIFY(win.view->viewport()->grab(area).save(shots() + QLatin1String("/canvasedit-header") + suffix));
        QTest::keyClick(win.port, Qt::Key_Escape);
        // Selected, with a current row, at 100 %.
        win.view->setZoom(1.0);
        win.view->centerOn(hero);
        QTest::mouseClick(win.port, Qt::LeftButton, {}, rowPoint(win, hero, QStringLiteral("c_hero_age")));
        QTest::qWait(30);
        const QRect area100 = win.view->mapFromScene(hero->sceneBoundingRect().adjusted(-60, -40, 260, 60)).boundingRect();
        QVERIFY(win.view->viewport()->grab(area100).save(shots() + QLatin1String("/canvasedit-selected") + suffix));
        QVERIFY(win.w->grab().save(shots() + QLatin1String("/canvasedit-window") + suffix));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestCanvasEdit)
#include "tst_canvasedit.moc"
