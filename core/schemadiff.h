// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The difference between two designs, matched by stable ids (never by name): a changed name on
// the same id is a rename. The result is an ordered list of changes that can be applied one after
// the other to a database built from `before` (referenced tables are created before the tables
// that refer to them, foreign keys are dropped before their tables, and so on).

#include "schema.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Core {

// An index, unique constraint, foreign key or check of a table, with the names that the models'
// naming convention gives it. Column-level `unique` and `index` flags become objects too (their
// id is the column id plus "#ix" or "#uq"), so that they can be added and dropped by name.
struct TableObject {
    enum class Kind { Index, Unique, ForeignKey, Check };
    Kind kind = Kind::Index;
    QString id;
    QString name;        // the final constraint or index name
    QStringList columns; // column names in the table
    bool unique = false; // Index
    QString refTable;    // ForeignKey: referenced table name
    QString refSchema;   // ForeignKey: its PostgreSQL schema; empty: the default one
    QStringList refColumns;
    QString onDelete;
    QString onUpdate;
    QString expression; // Check: the condition; Index: the partial-index predicate

    bool operator==(const TableObject &) const = default;
};

// The table's objects in a fixed order: indexes, uniques, foreign keys, checks.
std::vector<TableObject> tableObjects(const Schema &schema, const Table &table);

struct SchemaChange {
    enum class Kind {
        CreateEnum,
        AddEnumValues,  // PostgreSQL ALTER TYPE ... ADD VALUE; `values` are the new ones
        DropForeignKey, // objectId: a TableObject id
        DropIndex,
        DropUnique,
        DropCheck,
        DropTable,
        RenameTable,
        ChangeTableComment, // PostgreSQL only: SQLite keeps no comments
        RenameColumn,       // objectId: column id
        AddColumn,
        AlterColumn,
        DropColumn,
        RecreateEnum, // values were removed (or the type renamed): the type is rebuilt
        CreateTable,
        CreateIndex,
        CreateUnique,
        CreateCheck,
        CreateForeignKey,
        DropEnum,
        DropPrimaryKey,   // the key's columns (or their order) change: dropped before the
        CreatePrimaryKey, // columns change and created again after them
    };
    Kind kind = Kind::CreateTable;
    QString tableId;    // the table (empty for enum changes)
    QString objectId;   // column, table object or enum id
    QStringList values; // AddEnumValues; CreateTable: foreign keys left out (added afterwards)

    // AlterColumn: what changed
    bool typeChanged = false;
    bool nullableChanged = false;
    bool serverDefaultChanged = false;
    bool commentChanged = false;
    bool autoincrementChanged = false; // the database numbers the column now, or no longer

    bool operator==(const SchemaChange &) const = default;
};

// Ordered changes from `before` to `after`. Python-only differences (defaults, attribute and
// class names, relationships, positions) need no DDL and give no change.
std::vector<SchemaChange> diffSchemas(const Schema &before, const Schema &after);

// Whether the type change may lose data (a shorter string, a smaller or different kind).
bool isNarrowing(const ColumnType &from, const ColumnType &to);

} // namespace Core
