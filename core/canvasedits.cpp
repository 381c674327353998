// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasedits.h"

#include "naming.h"
#include "projectfile.h"
#include "validate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Core {

class CanvasEdits
{
    Q_DECLARE_TR_FUNCTIONS(Core::CanvasEdits)
};

namespace {

using Edit = SchemaDocument::Edit;

// -- names ---------------------------------------------------------------------------------------

// The stem of a foreign key column named after a table: `team` for table `teams`.
QString columnStem(const Table &t) { return singularSnake(snakeIdentifier(t.name)); }
// The stem of a relationship attribute named after a class: `order_item` for `OrderItem`.
QString classSnake(const Table &t) { return snakeCase(tableClassName(t)).toLower(); }

// `artist_id` -> `artist`, `reports_to` -> "".
QString strippedIdName(const QString &columnName)
{
    const QString s = snakeIdentifier(columnName);
    for (const QLatin1String suffix : {QLatin1String("_id"), QLatin1String("_fk"), QLatin1String("_key")}) {
        if (s.endsWith(suffix) && s.size() > suffix.size())
            return s.left(s.size() - suffix.size());
    }
    return {};
}

bool attributeOk(const QString &attr)
{
    static const QSet<QString> dictMethods = {
        QStringLiteral("items"),      QStringLiteral("keys"),   QStringLiteral("values"),
        QStringLiteral("get"),        QStringLiteral("pop"),    QStringLiteral("popitem"),
        QStringLiteral("setdefault"), QStringLiteral("update"), QStringLiteral("clear"),
        QStringLiteral("fromkeys"),   QStringLiteral("copy"),
    };
    return isIdentifier(attr) && !isReservedAttribute(attr) && !dictMethods.contains(attr);
}

// The Python attributes a table's class has: its columns' and its relationships' ends.
QSet<QString> usedAttributes(const Schema &schema, const Table &table)
{
    QSet<QString> used;
    for (const Column &c : table.columns)
        used.insert(columnAttribute(c));
    for (const Relationship &r : schema.relationships) {
        const Table *owner = schema.tableOfForeignKey(r.foreignKey);
        const ForeignKey *fk = owner ? owner->foreignKey(r.foreignKey) : nullptr;
        if (!fk)
            continue;
        if (fk->refTable == table.id && !r.parentAttribute.isEmpty())
            used.insert(r.parentAttribute);
        QString childTable = owner->id;
        if (r.kind == RelationshipKind::ManyToMany) {
            const Table *secondOwner = schema.tableOfForeignKey(r.secondForeignKey);
            const ForeignKey *second = secondOwner ? secondOwner->foreignKey(r.secondForeignKey) : nullptr;
            childTable = second ? second->refTable : QString();
        }
        if (childTable == table.id && !r.childAttribute.isEmpty())
            used.insert(r.childAttribute);
    }
    return used;
}

// A free attribute name based on `wanted`; claims it in `used`.
QString claim(QSet<QString> &used, QString wanted)
{
    if (!attributeOk(wanted))
        wanted += QLatin1String("_rel");
    QString name = wanted;
    for (int n = 2; used.contains(name); ++n)
        name = wanted + u'_' + QString::number(n);
    used.insert(name);
    return name;
}

// `base`, or `base_2`, `base_3`, ...: the first that `taken` (lower-cased) does not hold.
QString uniqueName(const QString &base, const QSet<QString> &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = base + u'_' + QString::number(n);
    return name;
}

QSet<QString> columnNames(const Table &t)
{
    QSet<QString> names;
    for (const Column &c : t.columns)
        names.insert(c.name.toLower());
    return names;
}

QSet<QString> tableNames(const Schema &schema)
{
    QSet<QString> names;
    for (const Table &t : schema.tables)
        names.insert((t.schema + u'.' + t.name).toLower());
    return names;
}

// Class names and enum names share the generated module's namespace.
QSet<QString> classNames(const Schema &schema)
{
    QSet<QString> names;
    for (const Table &t : schema.tables)
        names.insert(tableClassName(t));
    for (const EnumType &e : schema.enums)
        names.insert(e.name);
    return names;
}

// Checks the edit against validate(): a new problem becomes the result's error.
CanvasEdit checked(const Schema &schema, CanvasEdit result)
{
    if (!result.isValid())
        return result;
    const QString problem = newProblem(schema, appliedEdit(schema, result.edit));
    if (!problem.isEmpty())
        result.error = problem;
    return result;
}

CanvasEdit failure(const QString &error)
{
    CanvasEdit result;
    result.error = error;
    return result;
}

// The foreign key columns `child` needs to refer to `parent`'s primary key, named
// `<stem>_<key column>` (`<stem>_id` for the usual `id`), unique in the child.
std::vector<Column> keyColumns(const Table &child, const Table &parent, const QString &stem)
{
    std::vector<Column> columns;
    QSet<QString> taken = columnNames(child);
    for (const Column *key : parent.primaryKey()) {
        Column c;
        c.id = newId(QStringLiteral("c"));
        c.name = uniqueName(stem + u'_' + snakeIdentifier(key->name), taken);
        taken.insert(c.name.toLower());
        c.type = key->type;
        c.type.array = false;
        c.nullable = false;
        columns.push_back(c);
    }
    return columns;
}

QStringList ids(const std::vector<const Column *> &columns)
{
    QStringList list;
    for (const Column *c : columns)
        list << c->id;
    return list;
}

} // namespace

// -- tables and columns ---------------------------------------------------------------------------

TableNames tableNamesFromText(const QString &text)
{
    const QString t = text.trimmed();
    const bool pascal = isIdentifier(t)
                        && std::any_of(t.begin(), t.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (pascal)
        return {snakeCase(t).toLower(), t};
    return {t, classNameFromTableName(t)};
}

CanvasEdit addTableEdit(const Schema &schema, QPointF position)
{
    const QSet<QString> tables = tableNames(schema);
    const QSet<QString> classes = classNames(schema);
    Table t;
    for (int n = 1;; ++n) {
        t.name = QStringLiteral("table_%1").arg(n);
        t.className = classNameFromTableName(t.name);
        if (!tables.contains(u'.' + t.name) && !classes.contains(t.className))
            break;
    }
    t.id = newId(QStringLiteral("t"));
    t.position = QPointF(std::round(position.x()), std::round(position.y()));
    Column id;
    id.id = newId(QStringLiteral("c"));
    id.name = QStringLiteral("id");
    id.type.kind = TypeKind::Integer;
    id.nullable = false;
    id.primaryKey = true;
    id.autoincrement = true;
    t.columns.push_back(id);

    CanvasEdit result;
    result.edit.tables.push_back({t.id, t});
    result.commandText = CanvasEdits::tr("Add table “%1”").arg(t.name);
    result.tableIds << t.id;
    result.columnId = id.id;
    return checked(schema, result);
}

CanvasEdit renameTableEdit(const Schema &schema, const QString &tableId, const QString &text)
{
    const Table *t = schema.table(tableId);
    if (!t)
        return failure(CanvasEdits::tr("The table no longer exists"));
    const TableNames names = tableNamesFromText(text);
    if (names.name.isEmpty())
        return failure(CanvasEdits::tr("A table needs a name"));
    Table copy = *t;
    copy.name = names.name;
    copy.className = names.className;
    CanvasEdit result;
    result.edit.tables.push_back({copy.id, copy});
    result.commandText = CanvasEdits::tr("Rename table “%1” to “%2”").arg(t->name, copy.name);
    return checked(schema, result);
}

CanvasEdit addColumnEdit(const Schema &schema, const QString &tableId, int position)
{
    const Table *t = schema.table(tableId);
    if (!t)
        return failure(CanvasEdits::tr("The table no longer exists"));
    Table copy = *t;
    const QSet<QString> taken = columnNames(copy);
    Column c;
    c.id = newId(QStringLiteral("c"));
    for (int n = 1;; ++n) {
        c.name = QStringLiteral("column_%1").arg(n);
        if (!taken.contains(c.name))
            break;
    }
    c.type.kind = TypeKind::String;
    c.type.length = 255;
    c.nullable = false;
    if (position < 0 || position > int(copy.columns.size()))
        position = int(copy.columns.size());
    copy.columns.insert(copy.columns.begin() + position, c);
    CanvasEdit result;
    result.edit.tables.push_back({copy.id, copy});
    result.commandText = CanvasEdits::tr("Add column “%1” to “%2”").arg(c.name, t->name);
    result.columnId = c.id;
    return checked(schema, result);
}

CanvasEdit renameColumnEdit(const Schema &schema, const QString &tableId, const QString &columnId,
                            const QString &text)
{
    const Table *t = schema.table(tableId);
    const Column *old = t ? t->column(columnId) : nullptr;
    if (!old)
        return failure(CanvasEdits::tr("The column no longer exists"));
    const QString name = text.trimmed();
    if (name.isEmpty())
        return failure(CanvasEdits::tr("A column needs a name"));
    Table copy = *t;
    Column *c = copy.column(columnId);
    c->name = name;
    // An attribute that only spelled out the old name follows the new one.
    if (!c->attribute.isEmpty()
        && (c->attribute == safeAttributeName(old->name) || c->attribute == safeAttributeName(name)))
        c->attribute.clear();
    CanvasEdit result;
    result.edit.tables.push_back({copy.id, copy});
    result.commandText = CanvasEdits::tr("Rename column “%1.%2” to “%3”").arg(t->name, old->name, name);
    result.columnId = columnId;
    return checked(schema, result);
}

CanvasEdit moveColumnEdit(const Schema &schema, const QString &tableId, const QString &columnId,
                          int delta)
{
    const Table *t = schema.table(tableId);
    if (!t || !t->column(columnId))
        return failure(CanvasEdits::tr("The column no longer exists"));
    const auto from = std::find_if(t->columns.begin(), t->columns.end(),
                                   [&](const Column &c) { return c.id == columnId; })
                      - t->columns.begin();
    const auto to = from + delta;
    if (delta == 0 || to < 0 || to >= qsizetype(t->columns.size()))
        return failure(delta < 0 ? CanvasEdits::tr("The column is already the first")
                                 : CanvasEdits::tr("The column is already the last"));
    Table copy = *t;
    const QStringList keyBefore = ids(t->primaryKey());
    std::swap(copy.columns[std::size_t(from)], copy.columns[std::size_t(to)]);
    // Reordering columns must not reorder a composite primary key.
    if (copy.primaryKeyOrder.isEmpty() && ids(copy.primaryKey()) != keyBefore)
        copy.primaryKeyOrder = keyBefore;
    else if (!copy.primaryKeyOrder.isEmpty()) {
        QStringList inColumnOrder;
        for (const Column &c : copy.columns) {
            if (c.primaryKey)
                inColumnOrder << c.id;
        }
        if (inColumnOrder == copy.primaryKeyOrder)
            copy.primaryKeyOrder.clear(); // the file only keeps an order that differs
    }
    CanvasEdit result;
    result.edit.tables.push_back({copy.id, copy});
    const QString name = t->column(columnId)->name;
    result.commandText = delta < 0 ? CanvasEdits::tr("Move column “%1.%2” up").arg(t->name, name)
                                   : CanvasEdits::tr("Move column “%1.%2” down").arg(t->name, name);
    result.columnId = columnId;
    return checked(schema, result);
}

// -- relationships --------------------------------------------------------------------------------

CanvasEdit foreignKeyEdit(const Schema &schema, const QString &childId, const QString &parentId,
                          RelationshipKind kind, const QString &columnId)
{
    const Table *child = schema.table(childId);
    const Table *parent = schema.table(parentId);
    if (!child || !parent)
        return failure(CanvasEdits::tr("The table no longer exists"));
    if (kind == RelationshipKind::ManyToMany)
        return failure(CanvasEdits::tr("A many-to-many relationship needs a link table"));
    const std::vector<const Column *> key = parent->primaryKey();
    if (key.empty())
        return failure(CanvasEdits::tr("“%1” has no primary key to refer to").arg(parent->name));
    if (child->primaryKey().empty())
        return failure(CanvasEdits::tr("“%1” has no primary key, so it has no model class for a "
                                       "relationship")
                           .arg(child->name));
    const bool self = childId == parentId;
    Table copy = *child;

    // The dragged column becomes the key column when it can be one; otherwise a new column.
    QSet<QString> inForeignKeys;
    for (const ForeignKey &fk : child->foreignKeys) {
        for (const QString &c : fk.columns)
            inForeignKeys.insert(c);
    }
    QStringList fkColumns;
    const Column *dragged = columnId.isEmpty() ? nullptr : child->column(columnId);
    if (dragged && key.size() == 1 && !dragged->primaryKey && !inForeignKeys.contains(dragged->id)) {
        Column *c = copy.column(dragged->id);
        c->type = key.front()->type;
        c->type.array = false;
        fkColumns << c->id;
    } else {
        const QString stem = self ? QStringLiteral("parent") : columnStem(*parent);
        for (Column c : keyColumns(copy, *parent, stem)) {
            fkColumns << c.id;
            copy.columns.push_back(c);
        }
    }
    for (const QString &id : std::as_const(fkColumns)) {
        Column *c = copy.column(id);
        if (self)
            c->nullable = true; // the root of the tree has no parent
        if (kind == RelationshipKind::OneToOne && fkColumns.size() == 1)
            c->unique = true;
        else
            c->index = true;
    }

    ForeignKey fk;
    fk.id = newId(QStringLiteral("fk"));
    fk.columns = fkColumns;
    fk.refTable = parentId;
    fk.refColumns = ids(key);
    if (self)
        fk.onDelete = QStringLiteral("SET NULL");
    // Another key from the child to the same parent makes the names depend on the column.
    const bool multi = self || std::any_of(child->foreignKeys.begin(), child->foreignKeys.end(),
                                           [&](const ForeignKey &k) { return k.refTable == parentId; });
    copy.foreignKeys.push_back(fk);

    Relationship r;
    r.id = newId(QStringLiteral("r"));
    r.kind = kind;
    r.foreignKey = fk.id;
    const QString parentSnake = classSnake(*parent);
    const QString childSnake = classSnake(*child);
    QString childAttr = fkColumns.size() == 1 ? strippedIdName(copy.column(fkColumns.front())->name)
                                              : QString();
    if (childAttr.isEmpty() && multi && fkColumns.size() == 1)
        childAttr = snakeIdentifier(copy.column(fkColumns.front())->name) + u'_' + parentSnake;
    if (childAttr.isEmpty())
        childAttr = parentSnake;
    QString parentAttr;
    if (self) {
        parentAttr = kind == RelationshipKind::OneToOne ? QStringLiteral("child") : QStringLiteral("children");
    } else {
        const QString childEnd = kind == RelationshipKind::OneToOne ? childSnake : pluralize(childSnake);
        if (!multi || childAttr == parentSnake) {
            parentAttr = childEnd;
        } else {
            QString stem = childAttr;
            if (stem.endsWith(u'_' + parentSnake))
                stem.chop(parentSnake.size() + 1);
            parentAttr = stem + u'_' + childEnd;
        }
    }
    QSet<QString> childUsed = usedAttributes(schema, copy);
    r.childAttribute = claim(childUsed, childAttr);
    QSet<QString> parentUsed = self ? childUsed : usedAttributes(schema, *parent);
    r.parentAttribute = claim(parentUsed, parentAttr);

    CanvasEdit result;
    result.edit.tables.push_back({copy.id, copy});
    result.edit.relationships.push_back({r.id, r});
    result.commandText = CanvasEdits::tr("Add foreign key from “%1” to “%2”").arg(child->name, parent->name);
    result.columnId = fkColumns.front();
    result.relationshipId = r.id;
    return checked(schema, result);
}

CanvasEdit manyToManyEdit(const Schema &schema, const QString &aId, const QString &bId,
                          QPointF position)
{
    const Table *a = schema.table(aId);
    const Table *b = schema.table(bId);
    if (!a || !b)
        return failure(CanvasEdits::tr("The table no longer exists"));
    if (aId == bId)
        return failure(CanvasEdits::tr("Choose two different tables to link"));
    for (const Table *end : {a, b}) {
        if (end->primaryKey().empty())
            return failure(CanvasEdits::tr("“%1” has no primary key to refer to").arg(end->name));
    }
    Table link;
    link.id = newId(QStringLiteral("t"));
    QSet<QString> plainNames; // tables in the default schema, where the link table goes
    for (const Table &t : schema.tables) {
        if (t.schema.isEmpty())
            plainNames.insert(t.name.toLower());
    }
    link.name = uniqueName(columnStem(*a) + u'_' + columnStem(*b), plainNames);
    link.className = classNameFromTableName(link.name);
    const QSet<QString> classes = classNames(schema);
    for (int n = 2; classes.contains(link.className); ++n)
        link.className = classNameFromTableName(link.name) + QString::number(n);
    link.position = QPointF(std::round(position.x()), std::round(position.y()));

    auto addKey = [&](const Table &end, bool second) {
        ForeignKey fk;
        fk.id = newId(QStringLiteral("fk"));
        for (Column c : keyColumns(link, end, columnStem(end))) {
            c.primaryKey = true;
            // The second key column leads no index of its own (the key's index starts with the
            // first), so it gets one: lookups from that end stay fast.
            c.index = second;
            fk.columns << c.id;
            link.columns.push_back(c);
        }
        fk.refTable = end.id;
        fk.refColumns = ids(end.primaryKey());
        fk.onDelete = QStringLiteral("CASCADE");
        link.foreignKeys.push_back(fk);
        return fk.id;
    };
    const QString fkA = addKey(*a, false);
    const QString fkB = addKey(*b, true);

    Relationship r;
    r.id = newId(QStringLiteral("r"));
    r.kind = RelationshipKind::ManyToMany;
    r.foreignKey = fkA;
    r.secondForeignKey = fkB;
    QSet<QString> usedA = usedAttributes(schema, *a);
    r.parentAttribute = claim(usedA, pluralize(classSnake(*b)));
    QSet<QString> usedB = usedAttributes(schema, *b);
    r.childAttribute = claim(usedB, pluralize(classSnake(*a)));

    CanvasEdit result;
    result.edit.tables.push_back({link.id, link});
    result.edit.relationships.push_back({r.id, r});
    result.commandText = CanvasEdits::tr("Link “%1” and “%2” many-to-many").arg(a->name, b->name);
    result.tableIds << link.id;
    result.relationshipId = r.id;
    return checked(schema, result);
}

// -- clipboard ------------------------------------------------------------------------------------

QByteArray copyTables(const Schema &schema, const QStringList &tableIds)
{
    Schema sub;
    sub.name = QStringLiteral("clipboard");
    const QSet<QString> wanted(tableIds.begin(), tableIds.end());
    QSet<QString> keptKeys;
    QSet<QString> enumIds;
    for (const Table &t : schema.tables) {
        if (!wanted.contains(t.id))
            continue;
        Table copy = t;
        std::erase_if(copy.foreignKeys, [&](const ForeignKey &fk) { return !wanted.contains(fk.refTable); });
        for (const ForeignKey &fk : copy.foreignKeys)
            keptKeys.insert(fk.id);
        for (const Column &c : copy.columns) {
            if (c.type.kind == TypeKind::Enum)
                enumIds.insert(c.type.enumId);
        }
        sub.tables.push_back(copy);
    }
    for (const Relationship &r : schema.relationships) {
        if (keptKeys.contains(r.foreignKey)
            && (r.secondForeignKey.isEmpty() || keptKeys.contains(r.secondForeignKey)))
            sub.relationships.push_back(r);
    }
    for (const EnumType &e : schema.enums) {
        if (enumIds.contains(e.id))
            sub.enums.push_back(e);
    }
    return serializeProject(sub);
}

CanvasEdit pasteEdit(const Schema &schema, const QByteArray &json, std::optional<QPointF> at)
{
    Schema sub;
    LoadError error;
    if (!parseProject(json, QStringLiteral("clipboard"), &sub, &error))
        return failure(CanvasEdits::tr("The clipboard holds no tables to paste: %1").arg(error.message));
    if (sub.tables.empty())
        return failure(CanvasEdits::tr("The clipboard holds no tables to paste"));

    CanvasEdit result;
    QHash<QString, QString> idMap;
    auto fresh = [&](const QString &prefix, const QString &old) {
        const QString id = newId(prefix);
        idMap.insert(old, id);
        return id;
    };
    auto mapped = [&](const QStringList &list) {
        QStringList out;
        for (const QString &id : list)
            out << idMap.value(id);
        return out;
    };

    // Enums: an identical one in the design is reused; otherwise a copy with a free name.
    QSet<QString> classes = classNames(schema);
    QSet<QString> enumSqlNames;
    for (const EnumType &e : schema.enums)
        enumSqlNames.insert((e.sqlName.isEmpty() ? e.name : e.sqlName).toLower());
    for (const EnumType &e : sub.enums) {
        const auto same = std::find_if(schema.enums.begin(), schema.enums.end(), [&](const EnumType &x) {
            return x.name == e.name && x.values == e.values && x.sqlName == e.sqlName && x.schema == e.schema;
        });
        if (same != schema.enums.end()) {
            idMap.insert(e.id, same->id);
            continue;
        }
        EnumType copy = e;
        copy.id = fresh(QStringLiteral("e"), e.id);
        for (int n = 2; classes.contains(copy.name); ++n)
            copy.name = e.name + (n == 2 ? QStringLiteral("Copy") : QStringLiteral("Copy%1").arg(n - 1));
        classes.insert(copy.name);
        if (!copy.sqlName.isEmpty())
            copy.sqlName = uniqueName(copy.sqlName, enumSqlNames);
        enumSqlNames.insert((copy.sqlName.isEmpty() ? copy.name : copy.sqlName).toLower());
        result.edit.enums.push_back({copy.id, copy});
    }

    // Fresh ids first, so that keys between pasted tables can be mapped.
    for (const Table &t : sub.tables) {
        fresh(QStringLiteral("t"), t.id);
        for (const Column &c : t.columns)
            fresh(QStringLiteral("c"), c.id);
        for (const ForeignKey &fk : t.foreignKeys)
            fresh(QStringLiteral("fk"), fk.id);
    }

    QSet<QString> tables = tableNames(schema);
    QSet<QString> constraintNames;
    for (const Table &t : schema.tables) {
        for (const ForeignKey &fk : t.foreignKeys)
            constraintNames.insert(fk.name.toLower());
        for (const Index &i : t.indexes)
            constraintNames.insert(i.name.toLower());
        for (const UniqueConstraint &u : t.uniques)
            constraintNames.insert(u.name.toLower());
    }
    auto freeConstraintName = [&](const QString &name) {
        if (name.isEmpty())
            return name;
        const QString free = constraintNames.contains(name.toLower())
                                 ? uniqueName(name + QLatin1String("_copy"), constraintNames)
                                 : name;
        constraintNames.insert(free.toLower());
        return free;
    };

    // Where the pasted group goes.
    std::optional<QPointF> topLeft;
    for (const Table &t : sub.tables) {
        if (t.position)
            topLeft = topLeft ? QPointF(std::min(topLeft->x(), t.position->x()),
                                        std::min(topLeft->y(), t.position->y()))
                              : *t.position;
    }
    QPointF offset(40, 40);
    if (at && topLeft) {
        offset = *at - *topLeft;
    } else {
        auto sitsOnAnother = [&](QPointF delta) {
            for (const Table &t : sub.tables) {
                for (const Table &existing : schema.tables) {
                    if (t.position && existing.position
                        && QLineF(*t.position + delta, *existing.position).length() < 1)
                        return true;
                }
            }
            return false;
        };
        for (int i = 0; i < 100 && sitsOnAnother(offset); ++i)
            offset += QPointF(40, 40);
    }

    for (const Table &t : sub.tables) {
        Table copy = t;
        copy.id = idMap.value(t.id);
        const QString key = (t.schema + u'.').toLower();
        if (tables.contains(key + t.name.toLower())) {
            const QString base = t.name + QLatin1String("_copy");
            copy.name = base;
            for (int n = 2; tables.contains(key + copy.name.toLower()); ++n)
                copy.name = base + u'_' + QString::number(n);
        }
        tables.insert(key + copy.name.toLower());
        if (!t.className.isEmpty() && copy.name != t.name)
            copy.className = classNameFromTableName(copy.name);
        const QString wantedClass = tableClassName(copy);
        for (int n = 2; classes.contains(tableClassName(copy)); ++n)
            copy.className = wantedClass + QString::number(n);
        classes.insert(tableClassName(copy));
        if (t.position)
            copy.position = QPointF(std::round(t.position->x() + offset.x()),
                                    std::round(t.position->y() + offset.y()));
        for (Column &c : copy.columns) {
            c.id = idMap.value(c.id);
            if (c.type.kind == TypeKind::Enum)
                c.type.enumId = idMap.value(c.type.enumId, c.type.enumId);
        }
        copy.primaryKeyOrder = mapped(t.primaryKeyOrder);
        std::erase_if(copy.foreignKeys, [&](const ForeignKey &fk) { return !idMap.contains(fk.refTable); });
        for (ForeignKey &fk : copy.foreignKeys) {
            fk.id = idMap.value(fk.id);
            fk.name = freeConstraintName(fk.name);
            fk.columns = mapped(fk.columns);
            fk.refTable = idMap.value(fk.refTable);
            fk.refColumns = mapped(fk.refColumns);
        }
        for (Index &i : copy.indexes) {
            i.id = newId(QStringLiteral("ix"));
            i.name = freeConstraintName(i.name);
            i.columns = mapped(i.columns);
        }
        for (UniqueConstraint &u : copy.uniques) {
            u.id = newId(QStringLiteral("uq"));
            u.name = freeConstraintName(u.name);
            u.columns = mapped(u.columns);
        }
        for (CheckConstraint &c : copy.checks)
            c.id = newId(QStringLiteral("ck"));
        for (Validator &v : copy.validators) {
            v.id = newId(QStringLiteral("v"));
            v.columns = mapped(v.columns);
        }
        result.edit.tables.push_back({copy.id, copy});
        result.tableIds << copy.id;
    }
    for (const Relationship &r : sub.relationships) {
        if (!idMap.contains(r.foreignKey) || (!r.secondForeignKey.isEmpty() && !idMap.contains(r.secondForeignKey)))
            continue;
        Relationship copy = r;
        copy.id = newId(QStringLiteral("r"));
        copy.foreignKey = idMap.value(r.foreignKey);
        if (!r.secondForeignKey.isEmpty())
            copy.secondForeignKey = idMap.value(r.secondForeignKey);
        result.edit.relationships.push_back({copy.id, copy});
    }
    result.commandText = CanvasEdits::tr("Paste %n table(s)", nullptr, int(sub.tables.size()));
    return checked(schema, result);
}

// -- checking -------------------------------------------------------------------------------------

Schema appliedEdit(const Schema &schema, const SchemaDocument::Edit &edit)
{
    Schema s = schema;
    SchemaDocument::applyTo(s, edit);
    return s;
}

QString newProblem(const Schema &before, const Schema &after)
{
    // Messages name objects rather than positions, so an insertion does not make old problems
    // look new; equal messages are counted.
    QHash<QString, int> known;
    for (const ValidationIssue &issue : validate(before))
        known[issue.message] += 1;
    for (const ValidationIssue &issue : validate(after)) {
        int &count = known[issue.message];
        if (count == 0)
            return issue.message;
        --count;
    }
    return {};
}

} // namespace Core
