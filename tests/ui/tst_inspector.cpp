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
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
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
