// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Core {

namespace {

enum MergeIds { MoveTablesMergeId = 1 };

// One command for every edit: it holds the forward edit and, once applied, its inverse.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(SchemaDocument *doc, SchemaDocument::Edit edit, const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_redo(std::move(edit))
        , m_mergeId(mergeId)
    {}

    void redo() override { m_undo = m_doc->applyEdit(m_redo, m_mergeId == MoveTablesMergeId); }
    void undo() override { m_redo = m_doc->applyEdit(m_undo, m_mergeId == MoveTablesMergeId); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditCommand *>(other);
        // Merge only moves of the same set of tables: a drag is one command.
        if (o->m_redo.tables.size() != m_redo.tables.size())
            return false;
        for (std::size_t i = 0; i < m_redo.tables.size(); ++i) {
            if (m_redo.tables[i].id != o->m_redo.tables[i].id)
                return false;
        }
        m_redo = o->m_redo;
        return true;
    }

private:
    SchemaDocument *m_doc;
    SchemaDocument::Edit m_redo;
    SchemaDocument::Edit m_undo;
    int m_mergeId;
};

// Applies one entry to a vector of objects and returns the entry that undoes it.
template<typename T>
SchemaDocument::Entry<T> applyEntry(std::vector<T> &vec, const SchemaDocument::Entry<T> &entry)
{
    auto it = std::find_if(vec.begin(), vec.end(), [&](const T &x) { return x.id == entry.id; });
    SchemaDocument::Entry<T> inverse{entry.id, std::nullopt, -1};
    if (it != vec.end()) {
        inverse.value = *it;
        inverse.index = int(it - vec.begin());
    }
    if (!entry.value) {
        if (it != vec.end())
            vec.erase(it);
    } else if (it != vec.end()) {
        *it = *entry.value;
    } else if (entry.index >= 0 && entry.index <= int(vec.size())) {
        vec.insert(vec.begin() + entry.index, *entry.value);
    } else {
        vec.push_back(*entry.value);
    }
    return inverse;
}

} // namespace

SchemaDocument::SchemaDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

SchemaDocument::~SchemaDocument() = default;

void SchemaDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

bool SchemaDocument::isModified() const { return !m_undoStack->isClean(); }
void SchemaDocument::markSaved() { m_undoStack->setClean(); }
void SchemaDocument::markUnsaved() { m_undoStack->resetClean(); }

void SchemaDocument::reset(const Schema &schema)
{
    m_undoStack->clear();
    m_schema = schema;
    Q_EMIT schemaReset();
}

SchemaDocument::Edit SchemaDocument::applyTo(Schema &schema, const Edit &edit)
{
    // Relationships and tables are applied in an order that keeps references valid at every
    // step of a removal (relationships go before the tables they ride on) and of an insertion.
    Edit inverse;
    if (edit.name) {
        inverse.name = schema.name;
        schema.name = *edit.name;
    }
    if (edit.suppressions) {
        inverse.suppressions = schema.suppressions;
        schema.suppressions = *edit.suppressions;
    }
    for (const auto &entry : edit.relationships)
        inverse.relationships.push_back(applyEntry(schema.relationships, entry));
    for (const auto &entry : edit.tables)
        inverse.tables.push_back(applyEntry(schema.tables, entry));
    for (const auto &entry : edit.enums)
        inverse.enums.push_back(applyEntry(schema.enums, entry));
    // Undoing a removal must put objects back where they were, so that undo gives back the
    // exact original document (including the order in the file).
    std::reverse(inverse.relationships.begin(), inverse.relationships.end());
    std::reverse(inverse.tables.begin(), inverse.tables.end());
    std::reverse(inverse.enums.begin(), inverse.enums.end());
    return inverse;
}

SchemaDocument::Edit SchemaDocument::applyEdit(const Edit &edit, bool geometryOnly)
{
    ChangeSet changes;
    changes.geometryOnly = geometryOnly;
    changes.nameChanged = edit.name.has_value();
    changes.suppressionsChanged = edit.suppressions.has_value();
    for (const auto &entry : edit.relationships)
        changes.relationships.insert(entry.id);
    for (const auto &entry : edit.tables)
        changes.tables.insert(entry.id);
    for (const auto &entry : edit.enums)
        changes.enums.insert(entry.id);
    Edit inverse = applyTo(m_schema, edit);
    Q_EMIT changed(changes);
    return inverse;
}

void SchemaDocument::pushEdit(const Edit &edit, const QString &commandText, int mergeId)
{
    m_undoStack->push(new EditCommand(this, edit, commandText, mergeId));
}

void SchemaDocument::setSuppressed(const LintSuppression &suppression, bool suppressed)
{
    std::vector<LintSuppression> list = m_schema.suppressions;
    const auto same = [&](const LintSuppression &x) {
        return x.rule == suppression.rule && x.object == suppression.object;
    };
    const bool present = std::any_of(list.begin(), list.end(), same);
    if (present == suppressed)
        return;
    if (suppressed)
        list.push_back(suppression);
    else
        std::erase_if(list, same);
    Edit e;
    e.suppressions = list;
    pushEdit(e, suppressed ? tr("Suppress %1 for “%2”").arg(suppression.rule, suppression.object)
                           : tr("Restore %1 for “%2”").arg(suppression.rule, suppression.object));
}

void SchemaDocument::setName(const QString &name)
{
    Edit e;
    e.name = name;
    pushEdit(e, tr("Rename design to “%1”").arg(name));
}

QString SchemaDocument::addTable(Table table)
{
    if (table.id.isEmpty())
        table.id = newId(QStringLiteral("t"));
    const QString id = table.id;
    Edit e;
    e.tables.push_back({id, table});
    pushEdit(e, tr("Add table “%1”").arg(table.name));
    return id;
}

void SchemaDocument::removeTable(const QString &tableId)
{
    const Table *t = m_schema.table(tableId);
    if (!t)
        return;
    Edit e;
    QSet<QString> droppedFks;
    for (const ForeignKey &fk : t->foreignKeys)
        droppedFks.insert(fk.id);
    // Foreign keys in other tables that point at this one go too.
    for (const Table &other : m_schema.tables) {
        if (other.id == tableId)
            continue;
        Table copy = other;
        const auto before = copy.foreignKeys.size();
        std::erase_if(copy.foreignKeys, [&](const ForeignKey &fk) {
            if (fk.refTable == tableId) {
                droppedFks.insert(fk.id);
                return true;
            }
            return false;
        });
        if (copy.foreignKeys.size() != before)
            e.tables.push_back({copy.id, copy});
    }
    for (const Relationship &r : m_schema.relationships) {
        if (droppedFks.contains(r.foreignKey) || droppedFks.contains(r.secondForeignKey))
            e.relationships.push_back({r.id, std::nullopt});
    }
    e.tables.push_back({tableId, std::nullopt});
    pushEdit(e, tr("Delete table “%1”").arg(t->name));
}

void SchemaDocument::updateTable(const Table &table, const QString &commandText)
{
    Edit e;
    e.tables.push_back({table.id, table});
    pushEdit(e, commandText);
}

QString SchemaDocument::addColumn(const QString &tableId, Column column, int position)
{
    const Table *t = m_schema.table(tableId);
    if (!t)
        return {};
    if (column.id.isEmpty())
        column.id = newId(QStringLiteral("c"));
    Table copy = *t;
    if (position < 0 || position > int(copy.columns.size()))
        position = int(copy.columns.size());
    copy.columns.insert(copy.columns.begin() + position, column);
    updateTable(copy, tr("Add column “%1” to “%2”").arg(column.name, t->name));
    return column.id;
}

void SchemaDocument::updateColumn(const QString &tableId, const Column &column)
{
    const Table *t = m_schema.table(tableId);
    if (!t || !t->column(column.id))
        return;
    Table copy = *t;
    *copy.column(column.id) = column;
    updateTable(copy, tr("Change column “%1.%2”").arg(t->name, column.name));
}

void SchemaDocument::removeColumn(const QString &tableId, const QString &columnId)
{
    const Table *t = m_schema.table(tableId);
    const Column *c = t ? t->column(columnId) : nullptr;
    if (!c)
        return;
    Edit e;
    QSet<QString> droppedFks;
    Table copy = *t;
    const QString columnName = c->name;
    std::erase_if(copy.columns, [&](const Column &x) { return x.id == columnId; });
    std::erase_if(copy.foreignKeys, [&](const ForeignKey &fk) {
        if (fk.columns.contains(columnId)) {
            droppedFks.insert(fk.id);
            return true;
        }
        return false;
    });
    std::erase_if(copy.indexes, [&](const Index &i) { return i.columns.contains(columnId); });
    std::erase_if(copy.uniques, [&](const UniqueConstraint &u) { return u.columns.contains(columnId); });
    // The key order and the field validators name the column too; a field validator left with
    // no column goes with it (undo brings both back).
    copy.primaryKeyOrder.removeAll(columnId);
    for (Validator &v : copy.validators)
        v.columns.removeAll(columnId);
    std::erase_if(copy.validators, [](const Validator &v) { return !v.model && v.columns.isEmpty(); });
    for (const Table &other : m_schema.tables) {
        if (other.id == tableId)
            continue;
        Table o = other;
        const auto before = o.foreignKeys.size();
        std::erase_if(o.foreignKeys, [&](const ForeignKey &fk) {
            if (fk.refTable == tableId && fk.refColumns.contains(columnId)) {
                droppedFks.insert(fk.id);
                return true;
            }
            return false;
        });
        if (o.foreignKeys.size() != before)
            e.tables.push_back({o.id, o});
    }
    for (const Relationship &r : m_schema.relationships) {
        if (droppedFks.contains(r.foreignKey) || droppedFks.contains(r.secondForeignKey))
            e.relationships.push_back({r.id, std::nullopt});
    }
    e.tables.push_back({tableId, copy});
    pushEdit(e, tr("Delete column “%1.%2”").arg(t->name, columnName));
}

QString SchemaDocument::addEnum(EnumType en)
{
    if (en.id.isEmpty())
        en.id = newId(QStringLiteral("e"));
    Edit e;
    e.enums.push_back({en.id, en});
    pushEdit(e, tr("Add enum “%1”").arg(en.name));
    return en.id;
}

void SchemaDocument::updateEnum(const EnumType &en)
{
    Edit e;
    e.enums.push_back({en.id, en});
    pushEdit(e, tr("Change enum “%1”").arg(en.name));
}

void SchemaDocument::removeEnum(const QString &enumId)
{
    const EnumType *en = m_schema.enumType(enumId);
    if (!en)
        return;
    Edit e;
    e.enums.push_back({enumId, std::nullopt});
    pushEdit(e, tr("Delete enum “%1”").arg(en->name));
}

QString SchemaDocument::addRelationship(Relationship r)
{
    if (r.id.isEmpty())
        r.id = newId(QStringLiteral("r"));
    Edit e;
    e.relationships.push_back({r.id, r});
    pushEdit(e, tr("Add relationship “%1”").arg(r.parentAttribute.isEmpty() ? r.childAttribute : r.parentAttribute));
    return r.id;
}

void SchemaDocument::updateRelationship(const Relationship &r)
{
    Edit e;
    e.relationships.push_back({r.id, r});
    pushEdit(e, tr("Change relationship “%1”").arg(r.parentAttribute.isEmpty() ? r.childAttribute : r.parentAttribute));
}

void SchemaDocument::removeRelationship(const QString &relId)
{
    const Relationship *r = m_schema.relationship(relId);
    if (!r)
        return;
    const QString name = r->parentAttribute.isEmpty() ? r->childAttribute : r->parentAttribute;
    Edit e;
    e.relationships.push_back({relId, std::nullopt});
    pushEdit(e, tr("Delete relationship “%1”").arg(name));
}

void SchemaDocument::moveTables(const QHash<QString, QPointF> &positions, bool mergeable)
{
    Edit e;
    QStringList ids = positions.keys();
    ids.sort(); // deterministic order so that consecutive moves of the same set merge
    for (const QString &id : ids) {
        const Table *t = m_schema.table(id);
        if (!t)
            continue;
        Table copy = *t;
        copy.position = positions.value(id);
        e.tables.push_back({id, copy});
    }
    if (e.tables.empty())
        return;
    pushEdit(e, ids.size() == 1 ? tr("Move table") : tr("Move %n tables", nullptr, int(ids.size())),
             mergeable ? MoveTablesMergeId : -1);
}

} // namespace Core
