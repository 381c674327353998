// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiff.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace Core {

namespace {

QStringList columnNames(const Table &t, const QStringList &ids) {
    QStringList names;
    for (const QString &id : ids) {
        if (const Column *c = t.column(id))
            names << c->name;
    }
    return names;
}

// The models set `%(column_0_N_name)s`: every column name, joined by underscores.
QString conventionName(const char *prefix, const Table &t, const QStringList &columns,
                       const QString &suffix = {}) {
    QString name = QLatin1String(prefix) + u'_' + t.name + u'_' + columns.join(u'_');
    if (!suffix.isEmpty())
        name += u'_' + suffix;
    return name;
}

// Tables in an order where every table comes after the tables it references (among `ids`);
// otherwise the schema order. A cycle keeps the schema order for the tables on it.
std::vector<QString> dependencyOrder(const Schema &s, const std::vector<QString> &ids) {
    const QSet<QString> wanted(ids.begin(), ids.end());
    std::vector<QString> out;
    QSet<QString> done;
    QSet<QString> visiting;
    std::function<void(const QString &)> visit = [&](const QString &id) {
        if (done.contains(id) || visiting.contains(id))
            return;
        visiting.insert(id);
        if (const Table *t = s.table(id)) {
            for (const ForeignKey &fk : t->foreignKeys) {
                if (fk.refTable != id && wanted.contains(fk.refTable))
                    visit(fk.refTable);
            }
        }
        visiting.remove(id);
        done.insert(id);
        out.push_back(id);
    };
    for (const QString &id : ids)
        visit(id);
    return out;
}

QString enumSqlName(const EnumType &e) {
    return e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
}

int widthRank(TypeKind k) {
    switch (k) {
    case TypeKind::SmallInteger:
        return 1;
    case TypeKind::Integer:
        return 2;
    case TypeKind::BigInteger:
        return 3;
    default:
        return 0;
    }
}

} // namespace

std::vector<TableObject> tableObjects(const Schema &schema, const Table &t) {
    std::vector<TableObject> out;
    using Kind = TableObject::Kind;
    for (const Column &c : t.columns) {
        if (!c.index)
            continue;
        TableObject o;
        o.kind = Kind::Index;
        o.id = c.id + QLatin1String("#ix");
        o.columns = QStringList{c.name};
        o.unique = c.unique;
        o.name = conventionName("ix", t, o.columns);
        out.push_back(o);
    }
    for (const Index &i : t.indexes) {
        TableObject o;
        o.kind = Kind::Index;
        o.id = i.id;
        o.columns = columnNames(t, i.columns);
        o.unique = i.unique;
        o.name = i.name.isEmpty() ? conventionName("ix", t, o.columns) : i.name;
        o.expression = i.where;
        out.push_back(o);
    }
    for (const Column &c : t.columns) {
        if (!c.unique || c.index) // unique and indexed: a unique index, above
            continue;
        TableObject o;
        o.kind = Kind::Unique;
        o.id = c.id + QLatin1String("#uq");
        o.columns = QStringList{c.name};
        o.name = conventionName("uq", t, o.columns);
        out.push_back(o);
    }
    for (const UniqueConstraint &u : t.uniques) {
        TableObject o;
        o.kind = Kind::Unique;
        o.id = u.id;
        o.columns = columnNames(t, u.columns);
        o.name = u.name.isEmpty() ? conventionName("uq", t, o.columns) : u.name;
        out.push_back(o);
    }
    for (const ForeignKey &fk : t.foreignKeys) {
        const Table *ref = schema.table(fk.refTable);
        if (!ref)
            continue;
        TableObject o;
        o.kind = Kind::ForeignKey;
        o.id = fk.id;
        o.columns = columnNames(t, fk.columns);
        o.refTable = ref->name;
        o.refSchema = ref->schema;
        o.refColumns = columnNames(*ref, fk.refColumns);
        o.onDelete = fk.onDelete;
        o.onUpdate = fk.onUpdate;
        o.name = fk.name.isEmpty() ? conventionName("fk", t, o.columns, ref->name) : fk.name;
        out.push_back(o);
    }
    for (const CheckConstraint &ck : t.effectiveChecks()) {
        TableObject o;
        o.kind = Kind::Check;
        o.id = ck.id;
        o.expression = ck.expression;
        // The `ck` convention uses %(constraint_name)s, so it applies to named checks too.
        o.name = QLatin1String("ck_") + t.name + u'_' + ck.name;
        out.push_back(o);
    }
    return out;
}

bool isNarrowing(const ColumnType &from, const ColumnType &to) {
    if (from == to)
        return false;
    if (from.array != to.array)
        return true;
    if (from.kind == to.kind) {
        switch (from.kind) {
        case TypeKind::String:
            return to.length != 0 && (from.length == 0 || to.length < from.length);
        case TypeKind::Numeric:
            return to.precision != 0
                   && (from.precision == 0 || to.precision < from.precision
                       || to.scale < from.scale);
        case TypeKind::DateTime:
        case TypeKind::Time:
            return from.timezone && !to.timezone;
        default:
            return true;
        }
    }
    if (widthRank(from.kind) && widthRank(to.kind))
        return widthRank(to.kind) < widthRank(from.kind);
    if (to.kind == TypeKind::Text)
        return !(from.kind == TypeKind::String || from.kind == TypeKind::Enum);
    if (to.kind == TypeKind::String && to.length == 0)
        return from.kind != TypeKind::Text && from.kind != TypeKind::Enum;
    return true;
}

std::vector<SchemaChange> diffSchemas(const Schema &before, const Schema &after) {
    using K = SchemaChange::Kind;
    std::vector<SchemaChange> out;
    auto push = [&](K kind, const QString &tableId, const QString &objectId) -> SchemaChange & {
        SchemaChange c;
        c.kind = kind;
        c.tableId = tableId;
        c.objectId = objectId;
        out.push_back(c);
        return out.back();
    };

    // Enums
    std::vector<const EnumType *> droppedEnums;
    std::vector<const EnumType *> recreatedEnums;
    for (const EnumType &e : after.enums) {
        const EnumType *old = before.enumType(e.id);
        if (!old) {
            push(K::CreateEnum, {}, e.id);
            continue;
        }
        bool removed = enumSqlName(*old) != enumSqlName(e);
        QStringList added;
        for (const QString &v : old->values)
            removed = removed || !e.values.contains(v);
        for (const QString &v : e.values) {
            if (!old->values.contains(v))
                added << v;
        }
        if (removed)
            recreatedEnums.push_back(&e);
        else if (!added.isEmpty())
            push(K::AddEnumValues, {}, e.id).values = added;
    }
    for (const EnumType &e : before.enums) {
        if (!after.enumType(e.id))
            droppedEnums.push_back(&e);
    }

    // Tables that survive, and their objects before and after.
    std::vector<QString> dropped;
    std::vector<QString> created;
    for (const Table &t : before.tables) {
        if (!after.table(t.id))
            dropped.push_back(t.id);
    }
    for (const Table &t : after.tables) {
        if (!before.table(t.id))
            created.push_back(t.id);
    }

    // Surviving tables whose primary key changes (other columns, or another order). The keys
    // that reference them are dropped first and created again after them.
    const auto keyIds = [](const Table &t) {
        QStringList ids;
        for (const Column *c : t.primaryKey())
            ids << c->id;
        return ids;
    };
    QSet<QString> keyChanged;
    for (const Table &t : after.tables) {
        if (const Table *old = before.table(t.id); old && keyIds(*old) != keyIds(t))
            keyChanged.insert(t.id);
    }

    QHash<QString, std::vector<TableObject>> objectsBefore;
    QHash<QString, std::vector<TableObject>> objectsAfter;
    for (const Table &t : after.tables) {
        if (const Table *old = before.table(t.id)) {
            objectsBefore.insert(t.id, tableObjects(before, *old));
            objectsAfter.insert(t.id, tableObjects(after, t));
        }
    }
    if (!keyChanged.isEmpty()) {
        for (const Table &t : after.tables) {
            if (!before.table(t.id))
                continue;
            std::vector<TableObject> &was = objectsBefore[t.id];
            for (const ForeignKey &fk : t.foreignKeys) {
                if (!keyChanged.contains(fk.refTable))
                    continue;
                for (TableObject &o : was) {
                    if (o.id == fk.id)
                        o.name += QLatin1String("\x1f"); // differs: drop and create again
                }
            }
        }
    }
    auto find = [](const std::vector<TableObject> &list, const QString &id) -> const TableObject * {
        for (const TableObject &o : list) {
            if (o.id == id)
                return &o;
        }
        return nullptr;
    };
    auto dropKind = [](TableObject::Kind k) {
        switch (k) {
        case TableObject::Kind::Index:
            return K::DropIndex;
        case TableObject::Kind::Unique:
            return K::DropUnique;
        case TableObject::Kind::ForeignKey:
            return K::DropForeignKey;
        case TableObject::Kind::Check:
            return K::DropCheck;
        }
        return K::DropIndex;
    };
    auto createKind = [](TableObject::Kind k) {
        switch (k) {
        case TableObject::Kind::Index:
            return K::CreateIndex;
        case TableObject::Kind::Unique:
            return K::CreateUnique;
        case TableObject::Kind::ForeignKey:
            return K::CreateForeignKey;
        case TableObject::Kind::Check:
            return K::CreateCheck;
        }
        return K::CreateIndex;
    };

    // Objects that change or go are dropped first: foreign keys, then the rest (in the order
    // of the surviving tables in `before`).
    for (const bool fks : {true, false}) {
        for (const Table &t : before.tables) {
            if (!after.table(t.id))
                continue;
            const std::vector<TableObject> &was = objectsBefore[t.id];
            const std::vector<TableObject> &now = objectsAfter[t.id];
            for (const TableObject &o : was) {
                if ((o.kind == TableObject::Kind::ForeignKey) != fks)
                    continue;
                const TableObject *found = find(now, o.id);
                if (!found || !(*found == o))
                    push(dropKind(o.kind), t.id, o.id);
            }
        }
    }

    for (const Table &t : before.tables) {
        if (keyChanged.contains(t.id) && !t.primaryKey().empty())
            push(K::DropPrimaryKey, t.id, {});
    }

    // Dropped tables: referencing ones first. Tables that reference each other (a cycle) drop
    // the keys that point at a table before that table goes.
    const std::vector<QString> dropOrder = dependencyOrder(before, dropped);
    const std::vector<QString> dropSequence(dropOrder.rbegin(), dropOrder.rend());
    QHash<QString, std::size_t> dropPosition;
    for (std::size_t i = 0; i < dropSequence.size(); ++i)
        dropPosition.insert(dropSequence[i], i);
    for (std::size_t i = 0; i < dropSequence.size(); ++i) {
        for (const QString &other : dropSequence) {
            if (dropPosition.value(other) <= i)
                continue;
            for (const ForeignKey &fk : before.table(other)->foreignKeys) {
                if (fk.refTable == dropSequence[i])
                    push(K::DropForeignKey, other, fk.id);
            }
        }
        push(K::DropTable, dropSequence[i], {});
    }

    // Surviving tables: renames, then their columns.
    for (const Table &t : after.tables) {
        const Table *old = before.table(t.id);
        if (old && old->name != t.name)
            push(K::RenameTable, t.id, {});
    }
    for (const Table &t : after.tables) {
        const Table *old = before.table(t.id);
        if (old && old->comment != t.comment)
            push(K::ChangeTableComment, t.id, {});
    }
    for (const Table &t : after.tables) {
        const Table *old = before.table(t.id);
        if (!old)
            continue;
        for (const Column &oc : old->columns) {
            const Column *c = t.column(oc.id);
            if (c && c->name != oc.name)
                push(K::RenameColumn, t.id, oc.id);
        }
        for (const Column &c : t.columns) {
            const Column *oc = old->column(c.id);
            if (!oc) {
                push(K::AddColumn, t.id, c.id);
                continue;
            }
            SchemaChange change;
            change.kind = K::AlterColumn;
            change.tableId = t.id;
            change.objectId = c.id;
            change.typeChanged = !(oc->type == c.type);
            change.nullableChanged = oc->nullable != c.nullable;
            change.serverDefaultChanged = oc->serverDefault != c.serverDefault;
            change.commentChanged = oc->comment != c.comment;
            change.autoincrementChanged = oc->autoincrement != c.autoincrement;
            if (change.typeChanged || change.nullableChanged || change.serverDefaultChanged
                || change.commentChanged || change.autoincrementChanged)
                out.push_back(change);
        }
        for (const Column &oc : old->columns) {
            if (!t.column(oc.id))
                push(K::DropColumn, t.id, oc.id);
        }
    }

    for (const EnumType *e : recreatedEnums)
        push(K::RecreateEnum, {}, e->id);

    for (const Table &t : after.tables) {
        if (keyChanged.contains(t.id) && !t.primaryKey().empty())
            push(K::CreatePrimaryKey, t.id, {});
    }

    // New tables: referenced ones first. A key to a table created later (tables that reference
    // each other) is left out of CREATE TABLE and added once both tables exist.
    const std::vector<QString> createOrder = dependencyOrder(after, created);
    QHash<QString, std::size_t> createPosition;
    for (std::size_t i = 0; i < createOrder.size(); ++i)
        createPosition.insert(createOrder[i], i);
    std::vector<SchemaChange> deferred;
    for (const QString &id : createOrder) {
        SchemaChange create;
        create.kind = K::CreateTable;
        create.tableId = id;
        for (const ForeignKey &fk : after.table(id)->foreignKeys) {
            const auto it = createPosition.constFind(fk.refTable);
            if (it != createPosition.constEnd() && *it > createPosition.value(id)) {
                create.values << fk.id;
                SchemaChange add;
                add.kind = K::CreateForeignKey;
                add.tableId = id;
                add.objectId = fk.id;
                deferred.push_back(add);
            }
        }
        out.push_back(create);
    }
    out.insert(out.end(), deferred.begin(), deferred.end());

    // Objects that are new or changed on surviving tables: foreign keys last.
    for (const bool fks : {false, true}) {
        for (const Table &t : after.tables) {
            if (!before.table(t.id))
                continue;
            const std::vector<TableObject> &was = objectsBefore[t.id];
            const std::vector<TableObject> &now = objectsAfter[t.id];
            for (const TableObject &o : now) {
                if ((o.kind == TableObject::Kind::ForeignKey) != fks)
                    continue;
                const TableObject *found = find(was, o.id);
                if (!found || !(*found == o))
                    push(createKind(o.kind), t.id, o.id);
            }
        }
    }

    for (const EnumType *e : droppedEnums)
        push(K::DropEnum, {}, e->id);
    return out;
}

} // namespace Core
