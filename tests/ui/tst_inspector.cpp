// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Inspector on the offscreen platform, driven with real key and mouse events: selecting on
// the canvas shows the object, every committed field is one undoable document edit that the
// Models pane reflects, invalid names and validator bodies are refused without touching the
// document, and screenshots (light and dark) land in the build folder.

#include "codeeditor.h"
#include "diagramscene.h"
#include "document.h"
#include "inspector.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "relationshipitem.h"
#include "tableitem.h"
#include "testpalette.h"
#include "translations.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

const QString shop = QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json");

template<typename T>
T *field(const QWidget *inspector, const char *name)
{
    T *w = inspector->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no inspector field %s", name);
    return w;
}

// Replaces a line edit's text by typing, then presses Return (editingFinished).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void selectTable(Ui::MainWindow &w, const QString &tableId)
{
    w.diagramScene()->clearSelection();
    Ui::TableItem *card = w.diagramScene()->tableItem(tableId);
    QVERIFY(card);
    card->setSelected(true);
}

const Core::Column *columnOf(const Ui::MainWindow &w, const char *table, const char *column)
{
    const Core::Table *t = w.document()->schema().tableByName(QLatin1String(table));
    return t ? t->columnByName(QLatin1String(column)) : nullptr;
}

const Core::Table *tableOf(const Ui::MainWindow &w, const char *table)
{
    return w.document()->schema().tableByName(QLatin1String(table));
}

QByteArray projectBytes(const Ui::MainWindow &w)
{
    return Core::serializeProject(w.document()->schema());
}

// Scrolls the Inspector (or whatever scroll area holds `w`) so that `point` of `w` shows, as the
// user scrolls to what they click.
void scrollTo(QWidget *w, QPoint point)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            const QPoint at = w->mapTo(scroll->widget(), point);
            scroll->ensureVisible(at.x(), at.y(), 20, 40);
            break;
        }
    }
    QTest::qWait(10);
}

// Clicks a list row as the user does.
void clickRow(QListWidget *list, int row)
{
    QVERIFY(row < list->count());
    QTest::qWait(10);
    list->scrollToItem(list->item(row));
    scrollTo(list->viewport(), list->visualItemRect(list->item(row)).center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
    QCOMPARE(list->currentRow(), row);
}

int rowOf(const QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == text)
            return i;
    }
    return -1;
}

// Checks or unchecks a column picker's row: the list's itemChanged, as a click on the box sends.
void toggleColumn(QListWidget *picker, const QString &name)
{
    const int row = rowOf(picker, name);
    QVERIFY2(row >= 0, qPrintable(name));
    QListWidgetItem *item = picker->item(row);
    picker->setCurrentItem(item);
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

// Chooses a combo box item with the arrow keys, as the user does (each step is `activated`).
void chooseData(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
}

QListWidget *pickerList(const QWidget *inspector, const char *name)
{
    auto *picker = inspector->findChild<QWidget *>(QLatin1String(name));
    if (!picker)
        qFatal("no column picker %s", name);
    return picker->findChild<QListWidget *>();
}

// A refusal shows under the section: the named error label is visible with the message.
bool errorShown(const Ui::Inspector *inspector, const char *label)
{
    const auto *l = field<QLabel>(inspector, label);
    return l->isVisibleTo(inspector) && !l->text().isEmpty() && l->text() == inspector->lastError();
}

void undoAll(Ui::MainWindow &w)
{
    while (w.document()->undoStack()->canUndo())
        w.document()->undoStack()->undo();
}

} // namespace

class TestInspector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSelection();
    void renameColumnIsOneUndoStep();
    void refusesDuplicateNames();
    void togglesNullable();
    void numericBoundEnforcedInDatabase();
    void validatorBodyIsChecked();
    void editsRelationship();
    void removedObjectClears();
    void keyboardOrder();
    void editsIndexes();
    void editsUniqueConstraints();
    void editsCheckConstraints();
    void editsForeignKeys();
    void editsPrimaryKeyOrder();
    void editsEnums();
    void createsEnums();
    void constraintScreenshots_data();
    void constraintScreenshots();
    void speaksGerman();
    void screenshots_data();
    void screenshots();
};

void TestInspector::showsSelection()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    Ui::Inspector *ins = w.inspector();
    QVERIFY(ins->tableId().isEmpty());
    selectTable(w, QStringLiteral("t_product"));
    QCOMPARE(ins->tableId(), QStringLiteral("t_product"));
    QCOMPARE(field<QLineEdit>(ins, "tableName")->text(), QStringLiteral("product"));
    // The first column is shown below the list.
    QCOMPARE(field<QLineEdit>(ins, "columnName")->text(), QStringLiteral("id"));
    ins->setCurrentColumn(columnOf(w, "product", "sku")->id);
    QCOMPARE(field<QLineEdit>(ins, "columnName")->text(), QStringLiteral("sku"));
    w.diagramScene()->clearSelection();
    QVERIFY(ins->tableId().isEmpty());
}

void TestInspector::renameColumnIsOneUndoStep()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = Core::serializeProject(w.document()->schema());
    selectTable(w, QStringLiteral("t_product"));
    Ui::Inspector *ins = w.inspector();
    ins->setCurrentColumn(columnOf(w, "product", "name")->id);
    QUndoStack *undo = w.document()->undoStack();
    const int before = undo->count();
    typeInto(field<QLineEdit>(ins, "columnName"), QStringLiteral("title"));
    QCOMPARE(undo->count(), before + 1);
    QVERIFY(columnOf(w, "product", "title"));
    QVERIFY(!columnOf(w, "product", "name"));
    QVERIFY2(w.modelsPane()->code().contains(QLatin1String("    title: str = Field(")),
             "the Models pane follows the rename");
    // Leaving the field afterwards does not push an empty second command.
    field<QLineEdit>(ins, "tableName")->setFocus();
    QCOMPARE(undo->count(), before + 1);
    undo->undo();
    QCOMPARE(Core::serializeProject(w.document()->schema()), original);
    QCOMPARE(field<QLineEdit>(ins, "columnName")->text(), QStringLiteral("name"));
}

void TestInspector::refusesDuplicateNames()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = Core::serializeProject(w.document()->schema());
    selectTable(w, QStringLiteral("t_product"));
    Ui::Inspector *ins = w.inspector();
    ins->setCurrentColumn(columnOf(w, "product", "name")->id);
    typeInto(field<QLineEdit>(ins, "columnName"), QStringLiteral("SKU"));
    QVERIFY2(ins->lastError().contains(QLatin1String("sku")), qPrintable(ins->lastError()));
    typeInto(field<QLineEdit>(ins, "columnName"), QString());
    QVERIFY(!ins->lastError().isEmpty());
    typeInto(field<QLineEdit>(ins, "tableName"), QStringLiteral("Customer"));
    QVERIFY2(ins->lastError().contains(QLatin1String("customer")), qPrintable(ins->lastError()));
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QCOMPARE(Core::serializeProject(w.document()->schema()), original);
}

void TestInspector::togglesNullable()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    selectTable(w, QStringLiteral("t_product"));
    Ui::Inspector *ins = w.inspector();
    const Core::Column *desc = columnOf(w, "product", "description");
    const bool wasNullable = desc->nullable;
    ins->setCurrentColumn(desc->id);
    auto *nullable = field<QCheckBox>(ins, "nullable");
    QCOMPARE(nullable->isChecked(), wasNullable);
    nullable->click();
    QCOMPARE(columnOf(w, "product", "description")->nullable, !wasNullable);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QCOMPARE(columnOf(w, "product", "description")->nullable, wasNullable);
    QCOMPARE(nullable->isChecked(), wasNullable);
}

void TestInspector::numericBoundEnforcedInDatabase()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    selectTable(w, QStringLiteral("t_order_item"));
    Ui::Inspector *ins = w.inspector();
    ins->setCurrentColumn(columnOf(w, "order_item", "quantity")->id);
    auto *ge = field<QLineEdit>(ins, "constraintGe");
    auto *enforce = field<QCheckBox>(ins, "checkBounds");
    QVERIFY(ge->isVisibleTo(ins));
    QVERIFY(!enforce->isEnabled()); // nothing to enforce yet
    typeInto(ge, QStringLiteral("0"));
    QCOMPARE(columnOf(w, "order_item", "quantity")->constraints.ge,
             std::optional<double>(0));
    QVERIFY(enforce->isEnabled());
    enforce->click();
    QVERIFY(columnOf(w, "order_item", "quantity")->constraints.checkBounds);
    QCOMPARE(w.document()->undoStack()->count(), 2);
    const QString code = w.modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("ge=0")), "the Models pane shows Field(ge=0)");
    QVERIFY2(code.contains(QLatin1String("CheckConstraint("))
                 && code.contains(QLatin1String("quantity_range")),
             "the Models pane shows the CHECK constraint");
    // A string column shows lengths and no numeric bounds.
    ins->setCurrentColumn(columnOf(w, "order_item", "id")->id);
    QVERIFY(ge->isVisibleTo(ins));
    selectTable(w, QStringLiteral("t_customer"));
    ins->setCurrentColumn(columnOf(w, "customer", "email")->id);
    QVERIFY(!ge->isVisibleTo(ins));
    // Clearing the bound is one edit and drops the database option with it.
    selectTable(w, QStringLiteral("t_order_item"));
    ins->setCurrentColumn(columnOf(w, "order_item", "quantity")->id);
    typeInto(ge, QString());
    const Core::Column *q = columnOf(w, "order_item", "quantity");
    QVERIFY(!q->constraints.ge && !q->constraints.checkBounds);
    QVERIFY(!w.modelsPane()->code().contains(QLatin1String("quantity_range")));
}

void TestInspector::validatorBodyIsChecked()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = Core::serializeProject(w.document()->schema());
    selectTable(w, QStringLiteral("t_customer"));
    Ui::Inspector *ins = w.inspector();
    ins->setCurrentColumn(columnOf(w, "customer", "full_name")->id);
    field<QToolButton>(ins, "addValidator")->click();
    QCOMPARE(field<QLineEdit>(ins, "validatorName")->text(), QStringLiteral("check_full_name"));
    // Type a body whose second line does not compile.
    auto *editor = ins->validatorBodyEditor()->findChild<QAbstractScrollArea *>();
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("value = value.strip()"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits queued
    QTest::keyClicks(editor, QStringLiteral("return value +"));
    QCOMPARE(ins->validatorBodyEditor()->code(),
             QStringLiteral("value = value.strip()\nreturn value +"));
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier); // the refusal moves the cursor
    field<QPushButton>(ins, "applyValidator")->click();
    QVERIFY2(ins->lastError().contains(QLatin1String("Line 2")), qPrintable(ins->lastError()));
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QCOMPARE(Core::serializeProject(w.document()->schema()), original);
    QVERIFY(!w.modelsPane()->code().contains(QLatin1String("@field_validator")));

    // Fix the line (the cursor is on it now): the validator is added as one edit and generated.
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral(" \" \""));
    QCOMPARE(ins->validatorBodyEditor()->code(),
             QStringLiteral("value = value.strip()\nreturn value + \" \""));
    field<QPushButton>(ins, "applyValidator")->click();
    QVERIFY2(ins->lastError().isEmpty(), qPrintable(ins->lastError()));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const Core::Table *customer = w.document()->schema().tableByName(QStringLiteral("customer"));
    QCOMPARE(customer->validators.size(), std::size_t(1));
    QCOMPARE(customer->validators.front().name, QStringLiteral("check_full_name"));
    QCOMPARE(customer->validators.front().columns,
             QStringList{columnOf(w, "customer", "full_name")->id});
    const QString code = w.modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("@field_validator(\"full_name\")")),
             qPrintable(code.left(2000)));
    QVERIFY(code.contains(QLatin1String("def check_full_name(")));
    QVERIFY(code.contains(QLatin1String("return value + \" \"")));
    w.document()->undoStack()->undo();
    QCOMPARE(Core::serializeProject(w.document()->schema()), original);
}

void TestInspector::editsRelationship()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Ui::RelationshipItem *line =
        w.diagramScene()->relationshipItem(QStringLiteral("r_order_items"));
    QVERIFY(line);
    w.diagramScene()->clearSelection();
    line->setSelected(true);
    Ui::Inspector *ins = w.inspector();
    QCOMPARE(ins->relationshipId(), QStringLiteral("r_order_items"));
    auto *parent = field<QLineEdit>(ins, "parentAttribute");
    QCOMPARE(parent->text(), QStringLiteral("order_items"));
    typeInto(parent, QStringLiteral("lines"));
    QCOMPARE(w.document()->schema().relationship(QStringLiteral("r_order_items"))->parentAttribute,
             QStringLiteral("lines"));
    QVERIFY(w.modelsPane()->code().contains(
        QLatin1String("lines: list[\"OrderItem\"] = Relationship(")));
    auto *viewOnly = field<QCheckBox>(ins, "viewOnly");
    viewOnly->click();
    QVERIFY(w.document()->schema().relationship(QStringLiteral("r_order_items"))->viewOnly);
    QCOMPARE(w.document()->undoStack()->count(), 2);
    // A name that is not an identifier is refused.
    typeInto(parent, QStringLiteral("two words"));
    QVERIFY(!ins->lastError().isEmpty());
    QCOMPARE(w.document()->undoStack()->count(), 2);
}

void TestInspector::removedObjectClears()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    selectTable(w, QStringLiteral("t_tag"));
    QCOMPARE(w.inspector()->tableId(), QStringLiteral("t_tag"));
    w.document()->removeTable(QStringLiteral("t_tag"));
    QVERIFY(w.inspector()->tableId().isEmpty());
    // Reopening a design keeps no stale object either.
    selectTable(w, QStringLiteral("t_product"));
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json")));
    QVERIFY(w.inspector()->tableId().isEmpty());
}

void TestInspector::keyboardOrder()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    selectTable(w, QStringLiteral("t_product"));
    Ui::Inspector *ins = w.inspector();
    auto *name = field<QLineEdit>(ins, "tableName");
    name->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("className"));
    // Alt+Down in the column list moves the current column: one edit.
    ins->setCurrentColumn(columnOf(w, "product", "sku")->id);
    auto *list = ins->findChild<QWidget *>(QStringLiteral("inspectorColumns"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    const Core::Table *product = w.document()->schema().tableByName(QStringLiteral("product"));
    QCOMPARE(product->columns.at(2).name, QStringLiteral("sku"));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(ins->columnId(), columnOf(w, "product", "sku")->id);
    // Every field explains what it generates.
    for (const char *f : {"tableName", "columnName", "constraintGe", "checkBounds", "nullable"})
        QVERIFY2(!ins->findChild<QWidget *>(QLatin1String(f))->toolTip().isEmpty(), f);
    QVERIFY(field<QLineEdit>(ins, "constraintGe")->toolTip().contains(QLatin1String("Field(ge=")));
}

void TestInspector::editsIndexes()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    selectTable(w, QStringLiteral("t_order"));
    Ui::Inspector *ins = w.inspector();
    auto *list = field<QListWidget>(ins, "inspectorIndexes");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("customer_id, placed_at"));
    const QString status = columnOf(w, "order", "status")->id;
    const QString placedAt = columnOf(w, "order", "placed_at")->id;

    // Add: an index on the column shown under the column list, one edit.
    ins->setCurrentColumn(status);
    field<QToolButton>(ins, "addIndex")->click();
    QCOMPARE(undo->index(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Add index on “status”"));
    QCOMPARE(tableOf(w, "order")->indexes.size(), std::size_t(2));
    const QString id = tableOf(w, "order")->indexes.back().id;
    QCOMPARE(tableOf(w, "order")->indexes.back().columns, QStringList{status});
    QCOMPARE(ins->indexId(), id);
    QCOMPARE(list->currentRow(), 1);
    const QByteArray added = projectBytes(w);
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(list->count(), 1);
    undo->redo();
    QCOMPARE(projectBytes(w), added);
    clickRow(list, 1);
    QCOMPARE(ins->indexId(), id);
    auto index = [&] {
        for (const Core::Index &ix : tableOf(w, "order")->indexes) {
            if (ix.id == id)
                return ix;
        }
        return Core::Index();
    };

    // Name, unique and the partial index condition: one edit each.
    typeInto(field<QLineEdit>(ins, "indexName"), QStringLiteral("ix_order_open_status"));
    QCOMPARE(undo->undoText(), QStringLiteral("Rename index to “ix_order_open_status”"));
    field<QCheckBox>(ins, "indexUnique")->click();
    typeInto(field<QLineEdit>(ins, "indexWhere"), QStringLiteral("status <> 'cancelled'"));
    QCOMPARE(undo->index(), 4);
    QCOMPARE(index().name, QStringLiteral("ix_order_open_status"));
    QVERIFY(index().unique);
    QCOMPARE(index().where, QStringLiteral("status <> 'cancelled'"));
    const QString code = w.modelsPane()->code();
    QVERIFY2(code.contains(QLatin1String("\"ix_order_open_status\"")), qPrintable(code.left(3000)));
    QVERIFY(code.contains(QLatin1String("status <> 'cancelled'")));

    // Columns, in order: check placed_at (it joins the chosen ones), then move it first.
    auto *columns = pickerList(ins, "indexColumns");
    QCOMPARE(columns->item(0)->text(), QStringLiteral("status"));
    toggleColumn(columns, QStringLiteral("placed_at"));
    QCOMPARE(index().columns, (QStringList{status, placedAt}));
    QCOMPARE(columns->item(1)->text(), QStringLiteral("placed_at"));
    QCOMPARE(columns->item(1)->checkState(), Qt::Checked);
    columns->setFocus();
    columns->setCurrentRow(1);
    QTest::keyClick(columns, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(index().columns, (QStringList{placedAt, status}));
    QCOMPARE(undo->index(), 6);
    QCOMPARE(undo->undoText(), QStringLiteral("Change index columns"));

    // Undo and redo (made elsewhere, e.g. Edit > Undo) refill the fields.
    undo->undo();
    QCOMPARE(columns->item(0)->text(), QStringLiteral("status"));
    undo->undo();
    QCOMPARE(columns->item(1)->checkState(), Qt::Unchecked);
    undo->undo();
    QCOMPARE(field<QLineEdit>(ins, "indexWhere")->text(), QString());
    undo->redo();
    QCOMPARE(field<QLineEdit>(ins, "indexWhere")->text(), QStringLiteral("status <> 'cancelled'"));

    // Refused: an index with no columns, and a name another index has (ignoring case).
    const QByteArray before = projectBytes(w);
    const int steps = undo->index();
    toggleColumn(columns, QStringLiteral("status"));
    QVERIFY2(errorShown(ins, "indexError"), qPrintable(ins->lastError()));
    QVERIFY2(ins->lastError().contains(QLatin1String("no columns")), qPrintable(ins->lastError()));
    QCOMPARE(columns->item(0)->checkState(), Qt::Checked); // the document's state again
    clickRow(list, 0);
    QVERIFY(!errorShown(ins, "indexError"));
    typeInto(field<QLineEdit>(ins, "indexName"), QStringLiteral("IX_ORDER_OPEN_STATUS"));
    QVERIFY2(errorShown(ins, "indexError"), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), before);
    QCOMPARE(undo->index(), steps);

    // Remove.
    clickRow(list, 1);
    field<QToolButton>(ins, "removeIndex")->click();
    QCOMPARE(tableOf(w, "order")->indexes.size(), std::size_t(1));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete index “ix_order_open_status”"));
    QCOMPARE(list->count(), 1);
    undo->undo();
    QCOMPARE(projectBytes(w), before);
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
}

void TestInspector::editsUniqueConstraints()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    selectTable(w, QStringLiteral("t_shipment"));
    Ui::Inspector *ins = w.inspector();
    auto *list = field<QListWidget>(ins, "inspectorUniques");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("carrier, tracking_number"));
    const QString tracking = columnOf(w, "shipment", "tracking_number")->id;
    const QString carrier = columnOf(w, "shipment", "carrier")->id;

    ins->setCurrentColumn(tracking);
    field<QToolButton>(ins, "addUnique")->click();
    QCOMPARE(undo->undoText(), QStringLiteral("Add unique constraint on “tracking_number”"));
    QCOMPARE(tableOf(w, "shipment")->uniques.size(), std::size_t(2));
    QCOMPARE(tableOf(w, "shipment")->uniques.back().columns, QStringList{tracking});
    const QString id = ins->uniqueId();
    QCOMPARE(tableOf(w, "shipment")->uniques.back().id, id);
    const QByteArray added = projectBytes(w);
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    undo->redo();
    QCOMPARE(projectBytes(w), added);
    clickRow(list, 1);
    auto unique = [&] { return tableOf(w, "shipment")->uniques.back(); };

    typeInto(field<QLineEdit>(ins, "uniqueName"), QStringLiteral("uq_shipment_tracking"));
    QCOMPARE(unique().name, QStringLiteral("uq_shipment_tracking"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("uq_shipment_tracking: tracking_number"));
    auto *columns = pickerList(ins, "uniqueColumns");
    toggleColumn(columns, QStringLiteral("carrier"));
    QCOMPARE(unique().columns, (QStringList{tracking, carrier}));
    QCOMPARE(undo->undoText(), QStringLiteral("Change unique constraint columns"));
    QVERIFY(w.modelsPane()->code().contains(
        QLatin1String("UniqueConstraint(\"tracking_number\", \"carrier\", name=\"uq_shipment_tracking\")")));
    undo->undo();
    QCOMPARE(columns->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(unique().columns, QStringList{tracking});

    // Refused: no columns left; a name another constraint has.
    const QByteArray before = projectBytes(w);
    toggleColumn(columns, QStringLiteral("tracking_number"));
    QVERIFY2(errorShown(ins, "uniqueError"), qPrintable(ins->lastError()));
    clickRow(list, 0);
    typeInto(field<QLineEdit>(ins, "uniqueName"), QStringLiteral("uq_shipment_tracking"));
    QVERIFY2(errorShown(ins, "uniqueError"), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), before);

    clickRow(list, 1);
    field<QToolButton>(ins, "removeUnique")->click();
    QCOMPARE(tableOf(w, "shipment")->uniques.size(), std::size_t(1));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete unique constraint “uq_shipment_tracking”"));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
}

void TestInspector::editsCheckConstraints()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    selectTable(w, QStringLiteral("t_product"));
    Ui::Inspector *ins = w.inspector();
    auto *list = field<QListWidget>(ins, "inspectorChecks");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("price_non_negative: price >= 0"));

    // Add starts a new check; it joins the design once it has an expression.
    field<QToolButton>(ins, "addCheck")->click();
    auto *name = field<QLineEdit>(ins, "checkName");
    auto *expression = field<QLineEdit>(ins, "checkExpression");
    QVERIFY(expression->isVisibleTo(ins));
    QCOMPARE(name->text(), QStringLiteral("check_1"));
    QCOMPARE(undo->count(), 0);
    typeInto(expression, QString());
    QVERIFY(errorShown(ins, "checkError"));
    QCOMPARE(ins->lastError(), QStringLiteral("A check constraint needs an SQL expression."));
    QCOMPARE(projectBytes(w), original);
    typeInto(expression, QStringLiteral("weight_kg IS NULL OR weight_kg > 0"));
    QVERIFY(!errorShown(ins, "checkError"));
    QCOMPARE(undo->undoText(), QStringLiteral("Add check constraint “check_1”"));
    QCOMPARE(tableOf(w, "product")->checks.size(), std::size_t(2));
    QCOMPARE(tableOf(w, "product")->checks.back().expression,
             QStringLiteral("weight_kg IS NULL OR weight_kg > 0"));
    QCOMPARE(list->currentRow(), 1);
    const QByteArray added = projectBytes(w);
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    undo->redo();
    QCOMPARE(projectBytes(w), added);
    clickRow(list, 1);

    // Refused: a name another check has (ignoring case), an empty name or expression.
    typeInto(name, QStringLiteral("PRICE_NON_NEGATIVE"));
    QVERIFY2(errorShown(ins, "checkError"), qPrintable(ins->lastError()));
    typeInto(name, QString());
    QVERIFY(errorShown(ins, "checkError"));
    typeInto(name, QStringLiteral("check_1"));
    typeInto(expression, QString());
    QVERIFY(errorShown(ins, "checkError"));
    QCOMPARE(projectBytes(w), added);
    typeInto(expression, QStringLiteral("weight_kg IS NULL OR weight_kg > 0"));
    QVERIFY(!errorShown(ins, "checkError"));
    QCOMPARE(projectBytes(w), added);

    typeInto(name, QStringLiteral("weight_positive"));
    QCOMPARE(undo->undoText(), QStringLiteral("Rename check constraint “check_1” to “weight_positive”"));
    typeInto(expression, QStringLiteral("weight_kg > 0"));
    QCOMPARE(undo->undoText(), QStringLiteral("Change check constraint “weight_positive”"));
    QCOMPARE(tableOf(w, "product")->checks.back().name, QStringLiteral("weight_positive"));
    QCOMPARE(tableOf(w, "product")->checks.back().expression, QStringLiteral("weight_kg > 0"));
    QVERIFY(w.modelsPane()->code().contains(
        QLatin1String("CheckConstraint(\"weight_kg > 0\", name=\"weight_positive\")")));
    undo->undo();
    QCOMPARE(expression->text(), QStringLiteral("weight_kg IS NULL OR weight_kg > 0"));
    undo->redo();
    QCOMPARE(expression->text(), QStringLiteral("weight_kg > 0"));

    field<QToolButton>(ins, "removeCheck")->click();
    QCOMPARE(tableOf(w, "product")->checks.size(), std::size_t(1));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete check constraint “weight_positive”"));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
}

void TestInspector::editsForeignKeys()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    selectTable(w, QStringLiteral("t_order_item"));
    Ui::Inspector *ins = w.inspector();
    auto *list = field<QListWidget>(ins, "inspectorForeignKeys");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(),
             QStringLiteral("product_id → product(id) · on delete restrict"));
    clickRow(list, 1);
    const QString fkId = QStringLiteral("fk_order_item_product");
    QCOMPARE(ins->foreignKeyId(), fkId);
    auto foreignKey = [&] {
        const Core::ForeignKey *fk = tableOf(w, "order_item")->foreignKey(fkId);
        return fk ? *fk : Core::ForeignKey();
    };
    auto *onDelete = field<QComboBox>(ins, "foreignKeyOnDelete");
    auto *apply = field<QPushButton>(ins, "applyForeignKey");
    auto *revert = field<QPushButton>(ins, "revertForeignKey");
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("RESTRICT"));
    QVERIFY(!apply->isEnabled());

    // Changes wait for Apply, which commits the whole key as one edit.
    chooseData(onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("CASCADE"));
    QVERIFY(apply->isEnabled());
    QCOMPARE(foreignKey().onDelete, QStringLiteral("RESTRICT"));
    apply->click();
    QCOMPARE(foreignKey().onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(undo->undoText(), QStringLiteral("Change foreign key “product_id → product”"));
    QVERIFY(!apply->isEnabled());
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("RESTRICT"));
    undo->redo();
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("CASCADE"));
    const QByteArray cascade = projectBytes(w);

    // Refused, the design unchanged: SET NULL on a column that is not nullable; a column of
    // another type; as many columns as referenced columns.
    chooseData(onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("SET NULL"));
    QVERIFY(!ins->applyForeignKey());
    QVERIFY2(errorShown(ins, "foreignKeyError"), qPrintable(ins->lastError()));
    QVERIFY2(ins->lastError().contains(QLatin1String("SET NULL")), qPrintable(ins->lastError()));
    revert->click();
    QCOMPARE(onDelete->currentData().toString(), QStringLiteral("CASCADE"));
    QVERIFY(!apply->isEnabled());
    auto *columns = pickerList(ins, "foreignKeyColumns");
    toggleColumn(columns, QStringLiteral("product_id"));
    toggleColumn(columns, QStringLiteral("unit_price"));
    apply->click();
    QVERIFY2(ins->lastError().contains(QLatin1String("the types differ")), qPrintable(ins->lastError()));
    QVERIFY(errorShown(ins, "foreignKeyError"));
    toggleColumn(columns, QStringLiteral("quantity"));
    apply->click();
    QVERIFY2(ins->lastError().contains(QLatin1String("2 column(s)")), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), cascade);
    revert->click();
    QCOMPARE(columns->item(0)->text(), QStringLiteral("product_id"));
    QCOMPARE(columns->item(0)->checkState(), Qt::Checked);
    QCOMPARE(columns->item(1)->checkState(), Qt::Unchecked);

    // Remove: the relationship that rides on the key goes with it, in one step.
    QVERIFY(w.document()->schema().relationship(QStringLiteral("r_order_item_product")));
    field<QToolButton>(ins, "removeForeignKey")->click();
    QVERIFY(!tableOf(w, "order_item")->foreignKey(fkId));
    QVERIFY(!w.document()->schema().relationship(QStringLiteral("r_order_item_product")));
    QCOMPARE(undo->undoText(),
             QStringLiteral("Delete foreign key “product_id → product” and its relationship"));
    QCOMPARE(list->count(), 1);
    undo->undo();
    QCOMPARE(projectBytes(w), cascade);
    undo->redo();

    // Add: a new key starts from the shown column and guesses the referenced table.
    ins->setCurrentColumn(columnOf(w, "order_item", "product_id")->id);
    field<QToolButton>(ins, "addForeignKey")->click();
    QCOMPARE(apply->text(), QStringLiteral("Add"));
    auto *refTable = field<QComboBox>(ins, "foreignKeyTable");
    QCOMPARE(refTable->currentText(), QStringLiteral("product"));
    QCOMPARE(pickerList(ins, "foreignKeyRefColumns")->item(0)->text(), QStringLiteral("id"));
    const int steps = undo->index();
    chooseData(onDelete, QStringLiteral("RESTRICT"));
    apply->click();
    QCOMPARE(undo->index(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Add foreign key “product_id → product”"));
    const Core::ForeignKey added = tableOf(w, "order_item")->foreignKeys.back();
    QCOMPARE(added.columns, QStringList{columnOf(w, "order_item", "product_id")->id});
    QCOMPARE(added.refTable, QStringLiteral("t_product"));
    QCOMPARE(added.refColumns, QStringList{QStringLiteral("c_product_id")});
    QCOMPARE(added.onDelete, QStringLiteral("RESTRICT"));
    QCOMPARE(ins->foreignKeyId(), added.id);
    QCOMPARE(apply->text(), QStringLiteral("Apply"));

    // Another referenced table brings its primary key along; customer's integer key does not
    // suit the uuid column, so Apply is refused and Revert shows the key again.
    const QByteArray withKey = projectBytes(w);
    chooseData(refTable, QStringLiteral("t_customer"));
    auto *refColumns = pickerList(ins, "foreignKeyRefColumns");
    QCOMPARE(refColumns->item(0)->text(), QStringLiteral("id"));
    QCOMPARE(refColumns->item(0)->checkState(), Qt::Checked);
    QCOMPARE(refColumns->item(1)->text(), QStringLiteral("email"));
    QVERIFY(!ins->applyForeignKey());
    QVERIFY2(ins->lastError().contains(QLatin1String("the types differ")), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), withKey);
    revert->click();
    QCOMPARE(refTable->currentData().toString(), QStringLiteral("t_product"));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
}

void TestInspector::editsPrimaryKeyOrder()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    Ui::Inspector *ins = w.inspector();
    selectTable(w, QStringLiteral("t_product"));
    QVERIFY(!field<QGroupBox>(ins, "primaryKeyGroup")->isVisibleTo(ins)); // a single-column key
    selectTable(w, QStringLiteral("t_warehouse_stock"));
    QVERIFY(field<QGroupBox>(ins, "primaryKeyGroup")->isVisibleTo(ins));
    auto *order = pickerList(ins, "primaryKeyOrder");
    QCOMPARE(order->count(), 2);
    QCOMPARE(order->item(0)->text(), QStringLiteral("warehouse_id"));
    QCOMPARE(order->item(1)->text(), QStringLiteral("product_id"));
    order->setFocus();
    order->setCurrentRow(1);
    QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
    const QStringList swapped{columnOf(w, "warehouse_stock", "product_id")->id,
                              columnOf(w, "warehouse_stock", "warehouse_id")->id};
    QCOMPARE(tableOf(w, "warehouse_stock")->primaryKeyOrder, swapped);
    QCOMPARE(undo->undoText(), QStringLiteral("Change primary key order"));
    QCOMPARE(order->item(0)->text(), QStringLiteral("product_id"));
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(order->item(0)->text(), QStringLiteral("warehouse_id"));
    undo->redo();
    QCOMPARE(order->item(0)->text(), QStringLiteral("product_id"));
    // Back to the column order: no explicit order is stored.
    order->setCurrentRow(1);
    QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
    QVERIFY(tableOf(w, "warehouse_stock")->primaryKeyOrder.isEmpty());
    QCOMPARE(projectBytes(w), original);
    // A column that leaves the key leaves the explicit order too: the design stays valid.
    undo->undo();
    ins->setCurrentColumn(columnOf(w, "warehouse_stock", "warehouse_id")->id);
    field<QCheckBox>(ins, "primaryKey")->click();
    QVERIFY(!columnOf(w, "warehouse_stock", "warehouse_id")->primaryKey);
    QVERIFY(tableOf(w, "warehouse_stock")->primaryKeyOrder.isEmpty());
    QVERIFY(!field<QGroupBox>(ins, "primaryKeyGroup")->isVisibleTo(ins));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
}

void TestInspector::editsEnums()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    Ui::Inspector *ins = w.inspector();

    // The Tables list shows the enums after the tables; selecting one shows it.
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("tableList"));
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("e_order_status"))
            item = tree->topLevelItem(i);
    }
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("order_status"));
    QCOMPARE(item->text(1), QStringLiteral("OrderStatus"));
    QVERIFY(!item->icon(0).isNull());
    tree->scrollToItem(item);
    QTest::qWait(10);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      QPoint(tree->visualItemRect(item).left() + 40,
                             tree->visualItemRect(item).center().y()));
    QCOMPARE(ins->enumId(), QStringLiteral("e_order_status"));
    QVERIFY(ins->tableId().isEmpty());
    auto *name = field<QLineEdit>(ins, "enumName");
    QVERIFY(name->isVisibleTo(ins));
    QCOMPARE(name->text(), QStringLiteral("OrderStatus"));
    QVERIFY(field<QLabel>(ins, "enumUsage")->text().contains(QLatin1String("order.status")));

    // Name: refused when not a class name, else one edit.
    typeInto(name, QStringLiteral("orderStatus"));
    QVERIFY2(errorShown(ins, "enumError"), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), original);
    typeInto(name, QStringLiteral("OrderState"));
    QVERIFY(!errorShown(ins, "enumError"));
    QCOMPARE(undo->undoText(), QStringLiteral("Rename enum “OrderStatus” to “OrderState”"));
    QVERIFY(w.modelsPane()->code().contains(QLatin1String("class OrderState(")));
    undo->undo();
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(name->text(), QStringLiteral("OrderStatus"));
    undo->redo();
    QCOMPARE(name->text(), QStringLiteral("OrderState"));
    typeInto(field<QLineEdit>(ins, "enumSqlName"), QStringLiteral("order_state"));
    QCOMPARE(w.document()->schema().enumType(QStringLiteral("e_order_status"))->sqlName,
             QStringLiteral("order_state"));
    auto values = [&] {
        return w.document()->schema().enumType(QStringLiteral("e_order_status"))->values;
    };

    // Values: add after the selected one and type its name in place.
    auto *list = field<QListWidget>(ins, "enumValues");
    QCOMPARE(list->count(), 4);
    clickRow(list, 1);
    field<QToolButton>(ins, "addEnumValue")->click();
    QCOMPARE(values(), (QStringList{"pending", "paid", "value_5", "shipped", "cancelled"}));
    QCOMPARE(undo->undoText(), QStringLiteral("Add enum value “value_5” to “OrderState”"));
    auto *editor = list->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("refunded"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits queued
    QCOMPARE(values(), (QStringList{"pending", "paid", "refunded", "shipped", "cancelled"}));
    QCOMPARE(undo->undoText(), QStringLiteral("Rename enum value “value_5” to “refunded”"));

    // Refused: a value twice.
    const QByteArray before = projectBytes(w);
    list->editItem(list->item(2));
    editor = list->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("paid"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits queued
    QVERIFY2(errorShown(ins, "enumValuesError"), qPrintable(ins->lastError()));
    QVERIFY2(ins->lastError().contains(QLatin1String("more than once")), qPrintable(ins->lastError()));
    QCOMPARE(list->item(2)->text(), QStringLiteral("refunded"));
    QCOMPARE(projectBytes(w), before);

    // Reorder.
    list->setCurrentRow(2);
    field<QToolButton>(ins, "enumValueDown")->click();
    QCOMPARE(values(), (QStringList{"pending", "paid", "shipped", "refunded", "cancelled"}));
    QCOMPARE(list->currentRow(), 3);
    QCOMPARE(undo->undoText(), QStringLiteral("Move enum value “refunded” down"));
    undo->undo();
    QCOMPARE(list->item(2)->text(), QStringLiteral("refunded"));
    undo->redo();
    QCOMPARE(list->item(3)->text(), QStringLiteral("refunded"));

    // Renaming the value a column defaults to renames the default with it, in the same step.
    list->editItem(list->item(0));
    editor = list->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("open"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits queued
    QCOMPARE(values().front(), QStringLiteral("open"));
    QCOMPARE(columnOf(w, "order", "status")->defaultValue, Core::DefaultValue(QStringLiteral("open")));
    undo->undo();
    QCOMPARE(columnOf(w, "order", "status")->defaultValue,
             Core::DefaultValue(QStringLiteral("pending")));
    QCOMPARE(list->item(0)->text(), QStringLiteral("pending"));

    // Refused: removing the value a column defaults to; deleting an enum a column uses.
    const QByteArray used = projectBytes(w);
    clickRow(list, 0);
    field<QToolButton>(ins, "removeEnumValue")->click();
    QVERIFY2(errorShown(ins, "enumValuesError"), qPrintable(ins->lastError()));
    QCOMPARE(projectBytes(w), used);
    field<QPushButton>(ins, "removeEnum")->click();
    QVERIFY2(ins->lastError().contains(QLatin1String("order.status")), qPrintable(ins->lastError()));
    QVERIFY(errorShown(ins, "enumError"));
    QCOMPARE(projectBytes(w), used);

    clickRow(list, 3);
    field<QToolButton>(ins, "removeEnumValue")->click();
    QCOMPARE(values(), (QStringList{"pending", "paid", "shipped", "cancelled"}));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete enum value “refunded” from “OrderState”"));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(name->text(), QStringLiteral("OrderStatus"));
}

void TestInspector::createsEnums()
{
    Ui::MainWindow w;
    QVERIFY(w.openProject(shop));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QByteArray original = projectBytes(w);
    QUndoStack *undo = w.document()->undoStack();
    Ui::Inspector *ins = w.inspector();
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("tableList"));
    const int rows = tree->topLevelItemCount();

    // With nothing selected, the Inspector offers a new enum.
    field<QPushButton>(ins, "hintNewEnum")->click();
    QCOMPARE(w.document()->schema().enums.size(), std::size_t(4));
    const Core::EnumType created = w.document()->schema().enums.back();
    QCOMPARE(created.name, QStringLiteral("NewEnum"));
    QCOMPARE(created.values, QStringList{QStringLiteral("value_1")});
    QCOMPARE(ins->enumId(), created.id);
    QCOMPARE(undo->undoText(), QStringLiteral("Add enum “NewEnum”"));
    QCOMPARE(tree->topLevelItemCount(), rows + 1);
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), created.id);
    typeInto(field<QLineEdit>(ins, "enumName"), QStringLiteral("ShippingSpeed"));
    QCOMPARE(w.document()->schema().enumType(created.id)->name, QStringLiteral("ShippingSpeed"));

    // The column type lists it at once.
    selectTable(w, QStringLiteral("t_order"));
    ins->setCurrentColumn(columnOf(w, "order", "status")->id);
    QVERIFY(field<QComboBox>(ins, "columnEnum")->findText(QStringLiteral("ShippingSpeed")) >= 0);

    // Back to it in the list; the enum page adds another and deletes an unused one.
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == created.id)
            item = tree->topLevelItem(i);
    }
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::qWait(10);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 40, rect.center().y()));
    QCOMPARE(ins->enumId(), created.id);
    QVERIFY(ins->tableId().isEmpty());
    field<QPushButton>(ins, "addEnum")->click();
    QCOMPARE(w.document()->schema().enums.size(), std::size_t(5));
    QCOMPARE(w.document()->schema().enums.back().name, QStringLiteral("NewEnum"));
    QCOMPARE(ins->enumId(), w.document()->schema().enums.back().id);
    field<QPushButton>(ins, "removeEnum")->click();
    QCOMPARE(w.document()->schema().enums.size(), std::size_t(4));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete enum “NewEnum”"));
    QVERIFY(ins->enumId().isEmpty());
    undo->undo();
    QCOMPARE(w.document()->schema().enums.size(), std::size_t(5));
    undoAll(w);
    QCOMPARE(projectBytes(w), original);
    QCOMPARE(tree->topLevelItemCount(), rows);
}

void TestInspector::constraintScreenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// The Inspector alone at the width of its dock: a table with a foreign key, an index, a unique and
// a check constraint (the whole scrolling page), and the enum page.
void TestInspector::constraintScreenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    {
        Ui::MainWindow w;
        QVERIFY(w.openProject(shop));
        Ui::Inspector ins(w.document());
        ins.resize(380, 700);
        ins.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ins));
        ins.showTable(QStringLiteral("t_order_item"));
        ins.setCurrentColumn(columnOf(w, "order_item", "product_id")->id);
        field<QToolButton>(&ins, "addIndex")->click();
        QVERIFY(!ins.indexId().isEmpty());
        auto *scroll = field<QScrollArea>(&ins, "inspectorScroll");
        QWidget *page = scroll->widget();
        // Tall enough for the whole page: nothing scrolls away.
        ins.resize(380, page->sizeHint().height() + 4);
        QTest::qWait(50);
        const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QVERIFY(ins.grab().save(dir + QLatin1String("/inspector-constraints") + suffix));
        // No field is cut off at this width.
        for (QWidget *f : page->findChildren<QWidget *>()) {
            if (f->isVisibleTo(page) && (qobject_cast<QLineEdit *>(f) || qobject_cast<QComboBox *>(f)))
                QVERIFY2(f->mapTo(page, QPoint(f->width(), 0)).x() <= page->width(),
                         qPrintable(f->objectName()));
        }

        ins.showEnum(QStringLiteral("e_order_status"));
        ins.resize(380, 560);
        QTest::qWait(50);
        QVERIFY(ins.grab().save(dir + QLatin1String("/inspector-enum") + suffix));
    }
    QApplication::setPalette(original);
}

void TestInspector::speaksGerman()
{
    QVERIFY(Ui::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
    {
        Ui::MainWindow w;
        QVERIFY(w.openProject(shop));
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->windowTitle(),
                 QStringLiteral("Inspektor"));
        selectTable(w, QStringLiteral("t_order_item"));
        QCOMPARE(field<QGroupBox>(w.inspector(), "validationGroup")->title(),
                 QStringLiteral("Validierung"));
        typeInto(field<QLineEdit>(w.inspector(), "tableName"), QString());
        QCOMPARE(w.inspector()->lastError(), QStringLiteral("Eine Tabelle braucht einen Namen."));
    }
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestInspector::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestInspector::screenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    {
        Ui::MainWindow w;
        QVERIFY(w.openProject(shop));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        selectTable(w, QStringLiteral("t_order_item"));
        Ui::Inspector *ins = w.inspector();
        QTest::qWait(50);
        const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QVERIFY(w.grab().save(dir + QLatin1String("/inspector-table") + suffix));

        ins->setCurrentColumn(columnOf(w, "order_item", "quantity")->id);
        typeInto(field<QLineEdit>(ins, "constraintGe"), QStringLiteral("1"));
        field<QCheckBox>(ins, "checkBounds")->click();
        auto *scroll = field<QScrollArea>(ins, "inspectorScroll");
        auto *group = field<QGroupBox>(ins, "validationGroup");
        QVERIFY(group->isVisibleTo(ins));
        QTest::qWait(20);
        scroll->ensureWidgetVisible(group, 0, 0);
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QLatin1String("/inspector-validation") + suffix));

        ins->newValidator();
        auto *editor = ins->validatorBodyEditor()->findChild<QAbstractScrollArea *>();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("if value > 100:"));
        QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits queued
        QTest::keyClicks(editor, QStringLiteral("raise ValueError(\"too many\")"));
        QVERIFY(!ins->applyValidator()); // shows the error under the editor
        QTest::qWait(20);
        scroll->ensureWidgetVisible(ins->validatorBodyEditor(), 0, 40);
        QTest::qWait(50);
        QVERIFY(ins->grab().save(dir + QLatin1String("/inspector-validator") + suffix));

        w.diagramScene()->clearSelection();
        w.diagramScene()->relationshipItem(QStringLiteral("r_order_items"))->setSelected(true);
        QTest::qWait(50);
        QVERIFY(ins->grab().save(dir + QLatin1String("/inspector-relationship") + suffix));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
