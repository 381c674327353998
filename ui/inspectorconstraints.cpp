// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Inspector's table-level key and constraint sections: the primary key order, indexes,
// unique constraints, check constraints and foreign keys. Indexes, uniques and checks commit each
// field as it is finished; a foreign key's fields depend on each other (as many referenced columns
// as columns), so its editor commits the whole key on Apply.

#include "inspector.h"

#include "document.h"
#include "inspectorparts.h"
#include "schema.h"
#include "tableitem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

using ColumnRows = std::vector<std::pair<QString, QString>>;

ColumnRows columnRows(const Core::Table &t)
{
    ColumnRows rows;
    for (const Core::Column &c : t.columns)
        rows.emplace_back(c.id, c.name);
    return rows;
}

QString columnNames(const Core::Table *t, const QStringList &ids,
                    const QString &separator = QStringLiteral(", "))
{
    QStringList names;
    for (const QString &id : ids) {
        const Core::Column *c = t ? t->column(id) : nullptr;
        names << (c ? c->name : QStringLiteral("?"));
    }
    return names.join(separator);
}

QString tableLabel(const Core::Table &t)
{
    return t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
}

// The name the naming convention of the generated metadata gives (core/sqlmodelgenerator.cpp).
QString conventionalName(const char *prefix, const Core::Table &t, const QStringList &columns,
                         const Core::Table *referred = nullptr)
{
    QString name = QLatin1String(prefix) + u'_' + t.name;
    if (!columns.isEmpty())
        name += u'_' + columnNames(&t, columns, QStringLiteral("_"));
    if (referred)
        name += u'_' + referred->name;
    return name;
}

QStringList primaryKeyIds(const Core::Table &t)
{
    QStringList ids;
    for (const Core::Column *c : t.primaryKey())
        ids << c->id;
    return ids;
}

QString foreignKeyKey(const Core::ForeignKey &fk)
{
    return QStringList{fk.id,         fk.name,         fk.columns.join(u','), fk.refTable,
                       fk.refColumns.join(u','), fk.onDelete, fk.onUpdate}
        .join(u'\x1f');
}

// Sets a line edit's text only when it differs: the caret and selection stay where they are.
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// As tall as its rows, between two and five: the page scrolls, not the list.
void fitHeight(QListWidget *list)
{
    const int rows = qBound(2, list->count(), 5);
    const int row =
        list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 2);
}

QFormLayout *editorForm(QWidget *editor)
{
    auto *f = new QFormLayout(editor);
    f->setContentsMargins(0, 0, 0, 0);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return f;
}

// A section's list with its Add and Remove buttons under it.
QListWidget *sectionList(SectionBox *box, const char *name, QToolButton **add,
                         QToolButton **remove, const QString &addTip, const QString &removeTip)
{
    auto *list = new QListWidget(box);
    list->setObjectName(QLatin1String(name));
    list->setUniformItemSizes(true);
    box->bodyLayout()->addWidget(list);
    auto *buttons = new QHBoxLayout;
    *add = inspectorButton(Inspector::tr("Add"), addTip, box);
    *remove = inspectorButton(Inspector::tr("Remove"), removeTip, box);
    buttons->addWidget(*add);
    buttons->addWidget(*remove);
    buttons->addStretch(1);
    box->bodyLayout()->addLayout(buttons);
    return list;
}

void fillActions(QComboBox *combo)
{
    combo->addItem(Inspector::tr("Default (no action)"), QString());
    for (const char *a : {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"})
        combo->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
}

} // namespace

void Inspector::buildConstraintSections(QWidget *page, QVBoxLayout *v)
{
    // --- Primary key order (composite keys only) ---
    m_pkBox = new SectionBox(tr("Primary Key"), page);
    m_pkBox->setObjectName(QStringLiteral("primaryKeyGroup"));
    auto *pkHint = new QLabel(tr("The order of the composite key: PRIMARY KEY (…)"), m_pkBox);
    pkHint->setWordWrap(true);
    m_pkBox->bodyLayout()->addWidget(pkHint);
    m_pkOrder = new ColumnPicker(m_pkBox);
    m_pkOrder->setObjectName(QStringLiteral("primaryKeyOrder"));
    m_pkOrder->setOrderOnly(true);
    m_pkOrder->list()->setToolTip(tr("The key columns in key order; Up and Down reorder them"));
    m_pkBox->bodyLayout()->addWidget(m_pkOrder);
    m_pkError = inspectorErrorLabel(m_pkBox);
    m_pkError->setObjectName(QStringLiteral("primaryKeyError"));
    m_pkBox->bodyLayout()->addWidget(m_pkError);
    v->addWidget(m_pkBox);
    connect(m_pkOrder, &ColumnPicker::edited, this, [this](const QStringList &order) {
        const bool ok = commitConstraint(
            [&](Core::Table &t) {
                // The column order needs no explicit key order.
                QStringList natural;
                for (const Core::Column &c : t.columns) {
                    if (c.primaryKey)
                        natural << c.id;
                }
                t.primaryKeyOrder = order == natural ? QStringList() : order;
            },
            tr("Change primary key order"), m_pkError);
        if (!ok)
            loadPrimaryKey();
    });

    // --- Foreign keys ---
    m_fkBox = new SectionBox(tr("Foreign Keys"), page);
    m_fkBox->setObjectName(QStringLiteral("foreignKeyGroup"));
    m_fks = sectionList(m_fkBox, "inspectorForeignKeys", &m_addFk, &m_removeFk,
                        tr("Write a new foreign key; it is added when applied"),
                        tr("Delete the selected foreign key (and the relationships on it)"));
    m_fks->setToolTip(tr("Field(foreign_key=\"table.column\"), or ForeignKeyConstraint(…) in "
                         "__table_args__ for a composite key"));
    m_addFk->setObjectName(QStringLiteral("addForeignKey"));
    m_removeFk->setObjectName(QStringLiteral("removeForeignKey"));
    m_fkEditor = new QWidget(m_fkBox);
    auto *ff = editorForm(m_fkEditor);
    m_fkName = new QLineEdit(m_fkEditor);
    m_fkName->setObjectName(QStringLiteral("foreignKeyName"));
    m_fkName->setToolTip(tr("The constraint name; empty: the naming convention names it "
                            "fk_<table>_<columns>_<referenced table>"));
    ff->addRow(tr("Name:"), m_fkName);
    m_fkColumns = new ColumnPicker(m_fkEditor);
    m_fkColumns->setObjectName(QStringLiteral("foreignKeyColumns"));
    m_fkColumns->list()->setToolTip(tr("The columns of this table that hold the reference, in "
                                       "the order of the referenced columns"));
    ff->addRow(tr("Columns:"), m_fkColumns);
    m_fkRefTable = new QComboBox(m_fkEditor);
    m_fkRefTable->setObjectName(QStringLiteral("foreignKeyTable"));
    m_fkRefTable->setToolTip(tr("The referenced table; its primary key is chosen for you"));
    ff->addRow(tr("References:"), m_fkRefTable);
    m_fkRefColumns = new ColumnPicker(m_fkEditor);
    m_fkRefColumns->setObjectName(QStringLiteral("foreignKeyRefColumns"));
    m_fkRefColumns->list()->setToolTip(tr("The referenced columns: the primary key or a unique "
                                          "key of the referenced table"));
    ff->addRow(tr("Referenced:"), m_fkRefColumns);
    m_fkOnDelete = new QComboBox(m_fkEditor);
    m_fkOnDelete->setObjectName(QStringLiteral("foreignKeyOnDelete"));
    fillActions(m_fkOnDelete);
    m_fkOnDelete->setToolTip(tr("Field(ondelete=…): what the database does with these rows when "
                                "the referenced row is deleted"));
    ff->addRow(tr("On delete:"), m_fkOnDelete);
    m_fkOnUpdate = new QComboBox(m_fkEditor);
    m_fkOnUpdate->setObjectName(QStringLiteral("foreignKeyOnUpdate"));
    fillActions(m_fkOnUpdate);
    m_fkOnUpdate->setToolTip(tr("ForeignKey(…, onupdate=…): what the database does when the "
                                "referenced key changes"));
    ff->addRow(tr("On update:"), m_fkOnUpdate);
    m_fkError = inspectorErrorLabel(m_fkEditor);
    m_fkError->setObjectName(QStringLiteral("foreignKeyError"));
    ff->addRow(m_fkError);
    auto *fb = new QHBoxLayout;
    fb->addStretch(1);
    m_fkRevert = new QPushButton(tr("Revert"), m_fkEditor);
    m_fkRevert->setObjectName(QStringLiteral("revertForeignKey"));
    m_fkRevert->setToolTip(tr("Forget the changes that are not applied"));
    m_fkApply = new QPushButton(tr("Apply"), m_fkEditor);
    m_fkApply->setObjectName(QStringLiteral("applyForeignKey"));
    m_fkApply->setToolTip(tr("Check the foreign key and put it in the design"));
    fb->addWidget(m_fkRevert);
    fb->addWidget(m_fkApply);
    ff->addRow(fb);
    m_fkBox->bodyLayout()->addWidget(m_fkEditor);
    v->addWidget(m_fkBox);

    connect(m_fks, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_fkDraft = false;
        m_fkId = item->data(Qt::UserRole).toString();
        m_loadedFk.clear();
        accept(m_fkError);
        loadForeignKeys();
    });
    connect(m_addFk, &QToolButton::clicked, this, &Inspector::newForeignKey);
    connect(m_removeFk, &QToolButton::clicked, this, &Inspector::removeForeignKey);
    connect(m_fkApply, &QPushButton::clicked, this, &Inspector::applyForeignKey);
    connect(m_fkRevert, &QPushButton::clicked, this, [this] {
        accept(m_fkError);
        if (m_fkDraft) {
            m_fkDraft = false;
            m_fkId.clear();
        }
        m_loadedFk.clear();
        loadForeignKeys();
    });
    connect(m_fkName, &QLineEdit::textEdited, this, &Inspector::updateForeignKeyApply);
    connect(m_fkName, &QLineEdit::returnPressed, this, &Inspector::applyForeignKey);
    connect(m_fkColumns, &ColumnPicker::edited, this, &Inspector::updateForeignKeyApply);
    connect(m_fkRefColumns, &ColumnPicker::edited, this, &Inspector::updateForeignKeyApply);
    connect(m_fkRefTable, &QComboBox::activated, this, [this] {
        // A new referenced table: offer its primary key.
        const Core::Table *ref = m_document->schema().table(m_fkRefTable->currentData().toString());
        if (ref)
            m_fkRefColumns->setColumns(columnRows(*ref), primaryKeyIds(*ref));
        updateForeignKeyApply();
    });
    connect(m_fkOnDelete, &QComboBox::activated, this, &Inspector::updateForeignKeyApply);
    connect(m_fkOnUpdate, &QComboBox::activated, this, &Inspector::updateForeignKeyApply);

    // --- Indexes ---
    m_indexBox = new SectionBox(tr("Indexes"), page);
    m_indexBox->setObjectName(QStringLiteral("indexGroup"));
    m_indexes = sectionList(m_indexBox, "inspectorIndexes", &m_addIndex, &m_removeIndex,
                            tr("Add an index on the selected column"),
                            tr("Delete the selected index"));
    m_indexes->setToolTip(tr("Index(…) in __table_args__"));
    m_addIndex->setObjectName(QStringLiteral("addIndex"));
    m_removeIndex->setObjectName(QStringLiteral("removeIndex"));
    m_indexEditor = new QWidget(m_indexBox);
    auto *xf = editorForm(m_indexEditor);
    m_indexName = new QLineEdit(m_indexEditor);
    m_indexName->setObjectName(QStringLiteral("indexName"));
    m_indexName->setToolTip(tr("Index(\"name\", …); empty: the naming convention names it"));
    xf->addRow(tr("Name:"), m_indexName);
    m_indexColumns = new ColumnPicker(m_indexEditor);
    m_indexColumns->setObjectName(QStringLiteral("indexColumns"));
    m_indexColumns->list()->setToolTip(tr("The indexed columns, in index order"));
    xf->addRow(tr("Columns:"), m_indexColumns);
    m_indexUnique = new QCheckBox(tr("Unique"), m_indexEditor);
    m_indexUnique->setObjectName(QStringLiteral("indexUnique"));
    m_indexUnique->setToolTip(tr("Index(…, unique=True): CREATE UNIQUE INDEX"));
    xf->addRow(QString(), m_indexUnique);
    m_indexWhere = new QLineEdit(m_indexEditor);
    m_indexWhere->setObjectName(QStringLiteral("indexWhere"));
    m_indexWhere->setPlaceholderText(tr("all rows"));
    m_indexWhere->setToolTip(tr("A partial index: the SQL predicate of the rows indexed, "
                                "postgresql_where=sa.text(…) and sqlite_where=sa.text(…)"));
    xf->addRow(tr("Where:"), m_indexWhere);
    m_indexError = inspectorErrorLabel(m_indexEditor);
    m_indexError->setObjectName(QStringLiteral("indexError"));
    xf->addRow(m_indexError);
    m_indexBox->bodyLayout()->addWidget(m_indexEditor);
    v->addWidget(m_indexBox);

    connect(m_indexes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_indexId = item->data(Qt::UserRole).toString();
        accept(m_indexError);
        loadIndexes();
    });
    connect(m_addIndex, &QToolButton::clicked, this, &Inspector::addIndex);
    connect(m_removeIndex, &QToolButton::clicked, this, &Inspector::removeIndex);
    auto editIndex = [this](const std::function<void(Core::Index &)> &change, const QString &what) {
        const bool ok = commitConstraint(
            [&](Core::Table &t) {
                for (Core::Index &ix : t.indexes) {
                    if (ix.id == m_indexId)
                        change(ix);
                }
            },
            what, m_indexError);
        if (!ok)
            loadIndexes(); // a refused toggle or column choice shows the document again
    };
    connect(m_indexName, &QLineEdit::editingFinished, this, [this, editIndex] {
        const QString name = m_indexName->text().trimmed();
        editIndex([&](Core::Index &ix) { ix.name = name; },
                  name.isEmpty() ? tr("Name index by convention")
                                 : tr("Rename index to “%1”").arg(name));
    });
    connect(m_indexColumns, &ColumnPicker::edited, this, [editIndex, this](const QStringList &ids) {
        editIndex([&](Core::Index &ix) { ix.columns = ids; }, tr("Change index columns"));
    });
    connect(m_indexUnique, &QCheckBox::toggled, this, [editIndex, this](bool on) {
        editIndex([&](Core::Index &ix) { ix.unique = on; },
                  on ? tr("Make index unique") : tr("Make index not unique"));
    });
    connect(m_indexWhere, &QLineEdit::editingFinished, this, [this, editIndex] {
        const QString where = m_indexWhere->text().trimmed();
        editIndex([&](Core::Index &ix) { ix.where = where; },
                  where.isEmpty() ? tr("Index all rows") : tr("Change index condition"));
    });

    // --- Unique constraints ---
    m_uniqueBox = new SectionBox(tr("Unique Constraints"), page);
    m_uniqueBox->setObjectName(QStringLiteral("uniqueGroup"));
    m_uniques = sectionList(m_uniqueBox, "inspectorUniques", &m_addUnique, &m_removeUnique,
                            tr("Add a unique constraint on the selected column"),
                            tr("Delete the selected unique constraint"));
    m_uniques->setToolTip(tr("UniqueConstraint(…) in __table_args__: the columns are unique "
                             "together"));
    m_addUnique->setObjectName(QStringLiteral("addUnique"));
    m_removeUnique->setObjectName(QStringLiteral("removeUnique"));
    m_uniqueEditor = new QWidget(m_uniqueBox);
    auto *uf = editorForm(m_uniqueEditor);
    m_uniqueName = new QLineEdit(m_uniqueEditor);
    m_uniqueName->setObjectName(QStringLiteral("uniqueName"));
    m_uniqueName->setToolTip(tr("UniqueConstraint(…, name=…); empty: the naming convention names "
                                "it"));
    uf->addRow(tr("Name:"), m_uniqueName);
    m_uniqueColumns = new ColumnPicker(m_uniqueEditor);
    m_uniqueColumns->setObjectName(QStringLiteral("uniqueColumns"));
    m_uniqueColumns->list()->setToolTip(tr("The columns that are unique together, in order"));
    uf->addRow(tr("Columns:"), m_uniqueColumns);
    m_uniqueError = inspectorErrorLabel(m_uniqueEditor);
    m_uniqueError->setObjectName(QStringLiteral("uniqueError"));
    uf->addRow(m_uniqueError);
    m_uniqueBox->bodyLayout()->addWidget(m_uniqueEditor);
    v->addWidget(m_uniqueBox);

    connect(m_uniques, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_uniqueId = item->data(Qt::UserRole).toString();
        accept(m_uniqueError);
        loadUniques();
    });
    connect(m_addUnique, &QToolButton::clicked, this, &Inspector::addUnique);
    connect(m_removeUnique, &QToolButton::clicked, this, &Inspector::removeUnique);
    auto editUnique = [this](const std::function<void(Core::UniqueConstraint &)> &change,
                             const QString &what) {
        const bool ok = commitConstraint(
            [&](Core::Table &t) {
                for (Core::UniqueConstraint &u : t.uniques) {
                    if (u.id == m_uniqueId)
                        change(u);
                }
            },
            what, m_uniqueError);
        if (!ok)
            loadUniques();
    };
    connect(m_uniqueName, &QLineEdit::editingFinished, this, [this, editUnique] {
        const QString name = m_uniqueName->text().trimmed();
        editUnique([&](Core::UniqueConstraint &u) { u.name = name; },
                   name.isEmpty() ? tr("Name unique constraint by convention")
                                  : tr("Rename unique constraint to “%1”").arg(name));
    });
    connect(m_uniqueColumns, &ColumnPicker::edited, this,
            [editUnique, this](const QStringList &ids) {
                editUnique([&](Core::UniqueConstraint &u) { u.columns = ids; },
                           tr("Change unique constraint columns"));
            });

    // --- Check constraints ---
    m_checkBox = new SectionBox(tr("Check Constraints"), page);
    m_checkBox->setObjectName(QStringLiteral("checkGroup"));
    m_checks = sectionList(m_checkBox, "inspectorChecks", &m_addCheck, &m_removeCheck,
                           tr("Write a new check constraint; it is added once it has an "
                              "expression"),
                           tr("Delete the selected check constraint"));
    m_checks->setToolTip(tr("CheckConstraint(…) in __table_args__"));
    m_addCheck->setObjectName(QStringLiteral("addCheck"));
    m_removeCheck->setObjectName(QStringLiteral("removeCheck"));
    m_checkEditor = new QWidget(m_checkBox);
    auto *kf = editorForm(m_checkEditor);
    m_checkName = new QLineEdit(m_checkEditor);
    m_checkName->setObjectName(QStringLiteral("checkName"));
    m_checkName->setToolTip(tr("CheckConstraint(…, name=…); the naming convention makes it "
                               "ck_<table>_<name>"));
    kf->addRow(tr("Name:"), m_checkName);
    m_checkExpr = new QLineEdit(m_checkEditor);
    m_checkExpr->setObjectName(QStringLiteral("checkExpression"));
    m_checkExpr->setPlaceholderText(tr("e.g. quantity > 0"));
    m_checkExpr->setToolTip(tr("The SQL condition every row must meet, kept verbatim: "
                               "CheckConstraint(\"…\")"));
    kf->addRow(tr("Expression:"), m_checkExpr);
    m_checkError = inspectorErrorLabel(m_checkEditor);
    m_checkError->setObjectName(QStringLiteral("checkError"));
    kf->addRow(m_checkError);
    m_checkBox->bodyLayout()->addWidget(m_checkEditor);
    v->addWidget(m_checkBox);

    connect(m_checks, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_checkDraft = false;
        m_checkId = item->data(Qt::UserRole).toString();
        accept(m_checkError);
        loadChecks();
    });
    connect(m_addCheck, &QToolButton::clicked, this, &Inspector::newCheck);
    connect(m_removeCheck, &QToolButton::clicked, this, &Inspector::removeCheck);
    connect(m_checkName, &QLineEdit::editingFinished, this, &Inspector::commitCheck);
    connect(m_checkExpr, &QLineEdit::editingFinished, this, &Inspector::commitCheck);

    // One label column for all the sections' editors, so that their fields line up.
    int labelWidth = 0;
    const QList<QFormLayout *> forms = {ff, xf, uf, kf};
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            if (label && label->widget())
                labelWidth = qMax(labelWidth, label->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            if (label && label->widget())
                label->widget()->setMinimumWidth(labelWidth);
        }
    }

    // Keyboard: Delete in a list removes its current item.
    const std::pair<QListWidget *, void (Inspector::*)()> removers[] = {
        {m_fks, &Inspector::removeForeignKey},
        {m_indexes, &Inspector::removeIndex},
        {m_uniques, &Inspector::removeUnique},
        {m_checks, &Inspector::removeCheck},
    };
    for (const auto &[list, remove] : removers) {
        auto *del = new QShortcut(QKeySequence::Delete, list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, remove);
    }
}

// --- Loading ---

void Inspector::resetConstraintSelection()
{
    const Core::Table *t = table();
    m_indexId = t && !t->indexes.empty() ? t->indexes.front().id : QString();
    m_uniqueId = t && !t->uniques.empty() ? t->uniques.front().id : QString();
    m_checkId = t && !t->checks.empty() ? t->checks.front().id : QString();
    m_checkDraft = false;
    m_fkId = t && !t->foreignKeys.empty() ? t->foreignKeys.front().id : QString();
    m_fkDraft = false;
    m_loadedFk.clear();
}

void Inspector::loadConstraints()
{
    loadPrimaryKey();
    loadForeignKeys();
    loadIndexes();
    loadUniques();
    loadChecks();
}

void Inspector::loadPrimaryKey()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QStringList key = primaryKeyIds(*t);
    m_pkBox->setVisible(key.size() > 1);
    m_pkBox->setCount(int(key.size()));
    m_pkOrder->setColumns(columnRows(*t), key);
}

// Fills a section's list with one row per object and returns the row of `currentId` (or the first
// row, whose id it stores in `currentId`, when that is gone and `keepNone` is false).
template<typename T, typename Text>
static QListWidgetItem *fillList(QListWidget *list, const std::vector<T> &objects,
                                 QString &currentId, bool keepNone, Text text)
{
    const QSignalBlocker blocker(list);
    if (list->count() != int(objects.size())) {
        list->clear();
        for (std::size_t i = 0; i < objects.size(); ++i)
            new QListWidgetItem(list);
    }
    QListWidgetItem *current = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        const T &o = objects[std::size_t(i)];
        QListWidgetItem *item = list->item(i);
        const QString label = text(o);
        if (item->text() != label)
            item->setText(label);
        item->setToolTip(label);
        item->setData(Qt::UserRole, o.id);
        if (o.id == currentId)
            current = item;
    }
    if (!current && !keepNone && list->count() > 0) {
        current = list->item(0);
        currentId = current->data(Qt::UserRole).toString();
    } else if (!current) {
        currentId.clear();
    }
    if (current) {
        list->setCurrentItem(current);
    } else {
        list->setCurrentItem(nullptr);
        list->clearSelection();
    }
    fitHeight(list);
    return current;
}

void Inspector::loadIndexes()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_indexBox->setCount(int(t->indexes.size()));
    fillList(m_indexes, t->indexes, m_indexId, false, [&](const Core::Index &ix) -> QString {
        QString text = columnNames(t, ix.columns);
        if (!ix.name.isEmpty())
            text = ix.name + QLatin1String(": ") + text;
        if (ix.unique)
            text += tr(" · unique");
        if (!ix.where.isEmpty())
            text += tr(" · where %1").arg(ix.where);
        return text;
    });
    const Core::Index *ix = nullptr;
    for (const Core::Index &x : t->indexes) {
        if (x.id == m_indexId)
            ix = &x;
    }
    m_indexEditor->setVisible(ix != nullptr);
    m_removeIndex->setEnabled(ix != nullptr);
    m_addIndex->setEnabled(!t->columns.empty());
    if (!ix)
        return;
    const QSignalBlocker b1(m_indexUnique);
    setText(m_indexName, ix->name);
    m_indexName->setPlaceholderText(conventionalName("ix", *t, ix->columns));
    m_indexColumns->setColumns(columnRows(*t), ix->columns);
    m_indexUnique->setChecked(ix->unique);
    setText(m_indexWhere, ix->where);
}

void Inspector::loadUniques()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_uniqueBox->setCount(int(t->uniques.size()));
    const auto uniqueText = [&](const Core::UniqueConstraint &u) -> QString {
        const QString columns = columnNames(t, u.columns);
        return u.name.isEmpty() ? columns : u.name + QLatin1String(": ") + columns;
    };
    fillList(m_uniques, t->uniques, m_uniqueId, false, uniqueText);
    const Core::UniqueConstraint *u = nullptr;
    for (const Core::UniqueConstraint &x : t->uniques) {
        if (x.id == m_uniqueId)
            u = &x;
    }
    m_uniqueEditor->setVisible(u != nullptr);
    m_removeUnique->setEnabled(u != nullptr);
    m_addUnique->setEnabled(!t->columns.empty());
    if (!u)
        return;
    setText(m_uniqueName, u->name);
    m_uniqueName->setPlaceholderText(conventionalName("uq", *t, u->columns));
    m_uniqueColumns->setColumns(columnRows(*t), u->columns);
}

void Inspector::loadChecks()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_checkBox->setCount(int(t->checks.size()));
    const auto checkText = [](const Core::CheckConstraint &c) -> QString {
        return c.name + QLatin1String(": ") + c.expression;
    };
    fillList(m_checks, t->checks, m_checkId, m_checkDraft, checkText);
    const Core::CheckConstraint *c = nullptr;
    for (const Core::CheckConstraint &x : t->checks) {
        if (x.id == m_checkId)
            c = &x;
    }
    if (c)
        m_checkDraft = false;
    m_checkEditor->setVisible(c != nullptr || m_checkDraft);
    m_removeCheck->setEnabled(c != nullptr || m_checkDraft);
    if (!c)
        return; // a new check keeps what is typed
    setText(m_checkName, c->name);
    setText(m_checkExpr, c->expression);
}

void Inspector::loadForeignKeys()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const Core::Schema &s = m_document->schema();
    bool keepEdits = false;
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_fkBox->setCount(int(t->foreignKeys.size()));
        const auto fkText = [&](const Core::ForeignKey &fk) -> QString {
            const Core::Table *ref = s.table(fk.refTable);
            QString text = tr("%1 → %2(%3)").arg(columnNames(t, fk.columns),
                                                 ref ? ref->name : QStringLiteral("?"),
                                                 columnNames(ref, fk.refColumns));
            if (!fk.name.isEmpty())
                text = fk.name + QLatin1String(": ") + text;
            if (!fk.onDelete.isEmpty())
                text += tr(" · on delete %1").arg(fk.onDelete.toLower());
            if (!fk.onUpdate.isEmpty())
                text += tr(" · on update %1").arg(fk.onUpdate.toLower());
            return text;
        };
        fillList(m_fks, t->foreignKeys, m_fkId, m_fkDraft, fkText);
        const Core::ForeignKey *fk = t->foreignKey(m_fkId);
        if (fk)
            m_fkDraft = false;
        m_fkEditor->setVisible(fk != nullptr || m_fkDraft);
        m_removeFk->setEnabled(fk != nullptr || m_fkDraft);
        m_addFk->setEnabled(!t->columns.empty());
        if (!fk && !m_fkDraft)
            return;
        // Keep what the user has changed and not applied yet, unless the key itself changed.
        keepEdits = m_fkDraft || (fk && foreignKeyKey(*fk) == m_loadedFk);
    }
    loadForeignKeyEditor(keepEdits);
}

void Inspector::loadForeignKeyEditor(bool keepEdits)
{
    const Core::Table *t = table();
    if (!t)
        return;
    const Core::Schema &s = m_document->schema();
    const Core::ForeignKey *stored = t->foreignKey(m_fkId);
    if (!stored && !m_fkDraft)
        return;
    const Core::ForeignKey fk = keepEdits || !stored ? editedForeignKey() : *stored;
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QSignalBlocker b1(m_fkRefTable);
    const QSignalBlocker b2(m_fkOnDelete);
    const QSignalBlocker b3(m_fkOnUpdate);
    setText(m_fkName, fk.name);
    const Core::Table *ref = s.table(fk.refTable);
    m_fkName->setPlaceholderText(ref ? conventionalName("fk", *t, fk.columns, ref) : QString());
    m_fkColumns->setColumns(columnRows(*t), fk.columns);
    m_fkRefTable->clear();
    for (const Core::Table &o : s.tables)
        m_fkRefTable->addItem(tableLabel(o), o.id);
    m_fkRefTable->setCurrentIndex(m_fkRefTable->findData(fk.refTable));
    m_fkRefColumns->setColumns(ref ? columnRows(*ref) : ColumnRows(), fk.refColumns);
    m_fkOnDelete->setCurrentIndex(qMax(0, m_fkOnDelete->findData(fk.onDelete)));
    m_fkOnUpdate->setCurrentIndex(qMax(0, m_fkOnUpdate->findData(fk.onUpdate)));
    if (stored && !keepEdits)
        m_loadedFk = foreignKeyKey(*stored);
    updateForeignKeyApply();
}

Core::ForeignKey Inspector::editedForeignKey() const
{
    Core::ForeignKey fk;
    if (const Core::Table *t = table(); t && !m_fkDraft) {
        if (const Core::ForeignKey *stored = t->foreignKey(m_fkId))
            fk = *stored;
    }
    fk.name = m_fkName->text().trimmed();
    fk.columns = m_fkColumns->chosen();
    fk.refTable = m_fkRefTable->currentData().toString();
    fk.refColumns = m_fkRefColumns->chosen();
    fk.onDelete = m_fkOnDelete->currentData().toString();
    fk.onUpdate = m_fkOnUpdate->currentData().toString();
    return fk;
}

void Inspector::updateForeignKeyApply()
{
    const Core::Table *t = table();
    const Core::ForeignKey *stored = t ? t->foreignKey(m_fkId) : nullptr;
    const bool changed = m_fkDraft || (stored && editedForeignKey() != *stored);
    m_fkApply->setEnabled(changed);
    m_fkRevert->setEnabled(changed);
    m_fkApply->setText(m_fkDraft ? tr("Add") : tr("Apply"));
}

// --- Committing ---

bool Inspector::commitConstraint(const std::function<void(Core::Table &)> &change,
                                 const QString &what, QLabel *label)
{
    if (m_loading)
        return true;
    const Core::Table *t = table();
    if (!t)
        return false;
    Core::Table copy = *t;
    change(copy);
    if (copy == *t) {
        accept(label);
        return true;
    }
    if (const QString problem = newProblem(copy); !problem.isEmpty()) {
        refuse(label, problem);
        return false;
    }
    accept(label);
    m_document->updateTable(copy, what);
    return true;
}

void Inspector::addIndex()
{
    const Core::Table *t = table();
    if (!t || t->columns.empty())
        return;
    Core::Index ix;
    ix.id = Core::newId(QStringLiteral("ix"));
    ix.columns << (column() ? m_columnId : t->columns.front().id);
    const QString previous = m_indexId;
    m_indexId = ix.id;
    if (!commitConstraint([&](Core::Table &x) { x.indexes.push_back(ix); },
                          tr("Add index on “%1”").arg(columnNames(t, ix.columns)), m_indexError)) {
        m_indexId = previous;
        return;
    }
    m_indexColumns->list()->setFocus();
}

void Inspector::removeIndex()
{
    const Core::Table *t = table();
    if (!t || m_indexId.isEmpty())
        return;
    QString name;
    const QString id = m_indexId;
    for (const Core::Index &ix : t->indexes) {
        if (ix.id == id)
            name = ix.name.isEmpty() ? columnNames(t, ix.columns) : ix.name;
    }
    m_indexId.clear(); // the next one becomes current
    if (!commitConstraint(
            [&](Core::Table &x) {
                std::erase_if(x.indexes, [&](const Core::Index &ix) { return ix.id == id; });
            },
            tr("Delete index “%1”").arg(name), m_indexError))
        m_indexId = id;
}

void Inspector::addUnique()
{
    const Core::Table *t = table();
    if (!t || t->columns.empty())
        return;
    Core::UniqueConstraint u;
    u.id = Core::newId(QStringLiteral("uq"));
    u.columns << (column() ? m_columnId : t->columns.front().id);
    const QString previous = m_uniqueId;
    m_uniqueId = u.id;
    if (!commitConstraint([&](Core::Table &x) { x.uniques.push_back(u); },
                          tr("Add unique constraint on “%1”").arg(columnNames(t, u.columns)),
                          m_uniqueError)) {
        m_uniqueId = previous;
        return;
    }
    m_uniqueColumns->list()->setFocus();
}

void Inspector::removeUnique()
{
    const Core::Table *t = table();
    if (!t || m_uniqueId.isEmpty())
        return;
    QString name;
    const QString id = m_uniqueId;
    for (const Core::UniqueConstraint &u : t->uniques) {
        if (u.id == id)
            name = u.name.isEmpty() ? columnNames(t, u.columns) : u.name;
    }
    m_uniqueId.clear();
    // Refused when a foreign key references these columns through this constraint.
    if (!commitConstraint(
            [&](Core::Table &x) {
                std::erase_if(x.uniques,
                              [&](const Core::UniqueConstraint &u) { return u.id == id; });
            },
            tr("Delete unique constraint “%1”").arg(name), m_uniqueError))
        m_uniqueId = id;
}

void Inspector::newCheck()
{
    const Core::Table *t = table();
    if (!t)
        return;
    QString name;
    for (int n = 1; name.isEmpty(); ++n) {
        name = QStringLiteral("check_%1").arg(n);
        for (const Core::CheckConstraint &c : t->checks) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                name.clear();
        }
    }
    m_checkDraft = true;
    m_checkId.clear();
    accept(m_checkError);
    loadChecks();
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_checkName->setText(name);
    m_checkExpr->clear();
    m_checkExpr->setFocus();
}

void Inspector::commitCheck()
{
    if (m_loading)
        return;
    const Core::Table *t = table();
    if (!t || (!m_checkDraft && m_checkId.isEmpty()))
        return;
    const QString name = m_checkName->text().trimmed();
    const QString expression = m_checkExpr->text().trimmed();
    if (m_checkDraft) {
        // A new check goes into the design once it has its expression.
        if (expression.isEmpty()) {
            if (sender() == m_checkExpr)
                refuse(m_checkError, tr("A check constraint needs an SQL expression."));
            return;
        }
        if (name.isEmpty())
            return refuse(m_checkError, tr("A check constraint needs a name."));
        Core::CheckConstraint c;
        c.id = Core::newId(QStringLiteral("ck"));
        c.name = name;
        c.expression = expression;
        if (commitConstraint([&](Core::Table &x) { x.checks.push_back(c); },
                             tr("Add check constraint “%1”").arg(name), m_checkError)) {
            m_checkDraft = false;
            m_checkId = c.id;
            loadChecks();
        }
        return;
    }
    const Core::CheckConstraint *current = nullptr;
    for (const Core::CheckConstraint &c : t->checks) {
        if (c.id == m_checkId)
            current = &c;
    }
    if (!current)
        return;
    if (name.isEmpty())
        return refuse(m_checkError, tr("A check constraint needs a name."));
    if (expression.isEmpty())
        return refuse(m_checkError, tr("A check constraint needs an SQL expression."));
    const QString what = name != current->name
                             ? tr("Rename check constraint “%1” to “%2”").arg(current->name, name)
                             : tr("Change check constraint “%1”").arg(name);
    commitConstraint(
        [&](Core::Table &x) {
            for (Core::CheckConstraint &c : x.checks) {
                if (c.id == m_checkId) {
                    c.name = name;
                    c.expression = expression;
                }
            }
        },
        what, m_checkError);
}

void Inspector::removeCheck()
{
    const Core::Table *t = table();
    if (!t)
        return;
    if (m_checkDraft) {
        m_checkDraft = false;
        accept(m_checkError);
        return loadChecks();
    }
    QString name;
    const QString id = m_checkId;
    for (const Core::CheckConstraint &c : t->checks) {
        if (c.id == id)
            name = c.name;
    }
    if (name.isEmpty() && id.isEmpty())
        return;
    m_checkId.clear();
    if (!commitConstraint(
            [&](Core::Table &x) {
                std::erase_if(x.checks,
                              [&](const Core::CheckConstraint &c) { return c.id == id; });
            },
            tr("Delete check constraint “%1”").arg(name), m_checkError))
        m_checkId = id;
}

void Inspector::newForeignKey()
{
    const Core::Table *t = table();
    if (!t || t->columns.empty())
        return;
    const Core::Schema &s = m_document->schema();
    const Core::Column *c = column() ? column() : &t->columns.front();
    // A guess at the referenced table: `customer_id` references customer, else the first other
    // table with a single-column primary key.
    const Core::Table *ref = nullptr;
    QString stem = c->name;
    if (stem.endsWith(QLatin1String("_id")))
        stem.chop(3);
    for (const Core::Table &o : s.tables) {
        if (o.primaryKey().size() == 1 && o.name.compare(stem, Qt::CaseInsensitive) == 0)
            ref = &o;
    }
    for (const Core::Table &o : s.tables) {
        if (!ref && o.id != t->id && o.primaryKey().size() == 1)
            ref = &o;
    }
    Core::ForeignKey fk;
    fk.columns << c->id;
    if (ref) {
        fk.refTable = ref->id;
        fk.refColumns = primaryKeyIds(*ref);
    }
    m_fkDraft = true;
    m_fkId.clear();
    m_loadedFk.clear();
    accept(m_fkError);
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_fks->setCurrentItem(nullptr);
        m_fks->clearSelection();
        // Fill the editor with the guess: it reads back what it shows.
        m_fkName->clear();
        m_fkColumns->setColumns(columnRows(*t), fk.columns);
        m_fkRefTable->clear();
        for (const Core::Table &o : s.tables)
            m_fkRefTable->addItem(tableLabel(o), o.id);
        m_fkRefTable->setCurrentIndex(m_fkRefTable->findData(fk.refTable));
        m_fkRefColumns->setColumns(ref ? columnRows(*ref) : ColumnRows(), fk.refColumns);
        m_fkOnDelete->setCurrentIndex(0);
        m_fkOnUpdate->setCurrentIndex(0);
    }
    loadForeignKeys();
    m_fkColumns->list()->setFocus();
}

QString Inspector::foreignKeyProblem(const Core::ForeignKey &fk) const
{
    const Core::Schema &s = m_document->schema();
    const Core::Table *t = table();
    const Core::Table *ref = s.table(fk.refTable);
    if (!t)
        return {};
    if (fk.columns.isEmpty())
        return tr("Check the columns of “%1” that hold the reference.").arg(t->name);
    if (!ref)
        return tr("Choose the referenced table.");
    if (fk.refColumns.isEmpty())
        return tr("Check the referenced columns of “%1”.").arg(ref->name);
    if (fk.columns.size() != fk.refColumns.size())
        return tr("%1 column(s) cannot reference %2 column(s): check as many on each side.")
            .arg(fk.columns.size())
            .arg(fk.refColumns.size());
    // SQM011: the database refuses a key whose types differ in kind.
    for (qsizetype i = 0; i < fk.columns.size(); ++i) {
        const Core::Column *c = t->column(fk.columns.at(i));
        const Core::Column *rc = ref->column(fk.refColumns.at(i));
        if (c && rc && (c->type.kind != rc->type.kind || c->type.array != rc->type.array)) {
            return tr("“%1” (%2) cannot reference “%3.%4” (%5): the types differ.")
                .arg(c->name, columnTypeText(s, t->id, c->id), ref->name, rc->name,
                     columnTypeText(s, ref->id, rc->id));
        }
    }
    Core::Table proposed = *t;
    auto it = std::find_if(proposed.foreignKeys.begin(), proposed.foreignKeys.end(),
                           [&](const Core::ForeignKey &x) { return x.id == fk.id; });
    if (it == proposed.foreignKeys.end())
        proposed.foreignKeys.push_back(fk);
    else
        *it = fk;
    return newProblem(proposed);
}

bool Inspector::applyForeignKey()
{
    const Core::Table *t = table();
    if (!t || (!m_fkDraft && !t->foreignKey(m_fkId)))
        return false;
    Core::ForeignKey fk = editedForeignKey();
    if (m_fkDraft)
        fk.id = Core::newId(QStringLiteral("fk"));
    if (const QString problem = foreignKeyProblem(fk); !problem.isEmpty()) {
        refuse(m_fkError, problem);
        return false;
    }
    const Core::ForeignKey *stored = t->foreignKey(fk.id);
    if (stored && *stored == fk) {
        accept(m_fkError);
        return true;
    }
    const Core::Table *ref = m_document->schema().table(fk.refTable);
    const QString label = fk.name.isEmpty() ? tr("%1 → %2").arg(columnNames(t, fk.columns),
                                                                ref ? ref->name : QString())
                                            : fk.name;
    Core::Table copy = *t;
    if (stored) {
        *std::find_if(copy.foreignKeys.begin(), copy.foreignKeys.end(),
                      [&](const Core::ForeignKey &x) { return x.id == fk.id; }) = fk;
    } else {
        copy.foreignKeys.push_back(fk);
    }
    accept(m_fkError);
    m_fkDraft = false;
    m_fkId = fk.id;
    m_loadedFk.clear();
    m_document->updateTable(copy, stored ? tr("Change foreign key “%1”").arg(label)
                                         : tr("Add foreign key “%1”").arg(label));
    return true;
}

void Inspector::removeForeignKey()
{
    const Core::Table *t = table();
    if (!t)
        return;
    if (m_fkDraft) {
        m_fkDraft = false;
        accept(m_fkError);
        return loadForeignKeys();
    }
    const Core::ForeignKey *fk = t->foreignKey(m_fkId);
    if (!fk)
        return;
    const Core::Table *ref = m_document->schema().table(fk->refTable);
    const QString label = fk->name.isEmpty() ? tr("%1 → %2").arg(columnNames(t, fk->columns),
                                                                 ref ? ref->name : QString())
                                             : fk->name;
    // The relationships that ride on the key go with it, in the same undo step.
    Core::SchemaDocument::Edit edit;
    Core::Table copy = *t;
    const QString id = fk->id;
    std::erase_if(copy.foreignKeys, [&](const Core::ForeignKey &x) { return x.id == id; });
    edit.tables.push_back({copy.id, copy});
    for (const Core::Relationship &r : m_document->schema().relationships) {
        if (r.foreignKey == id || r.secondForeignKey == id)
            edit.relationships.push_back({r.id, std::nullopt});
    }
    accept(m_fkError);
    m_fkId.clear();
    m_loadedFk.clear();
    QString what = tr("Delete foreign key “%1”").arg(label);
    if (edit.relationships.size() == 1)
        what = tr("Delete foreign key “%1” and its relationship").arg(label);
    else if (edit.relationships.size() > 1)
        what = tr("Delete foreign key “%1” and its relationships").arg(label);
    m_document->pushEdit(edit, what);
}

} // namespace Ui
