// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The edits behind direct manipulation on the canvas (new table, in-place renames, new column,
// column order, a foreign key drawn between two cards, a many-to-many link, paste), as pure
// functions: the current schema in, one SchemaDocument::Edit out, ready for pushEdit() as one
// undo step. Each result is checked against validate(): an edit that would add a structural
// problem comes back with `error` set (the first new problem) and is not to be applied.

#include "document.h"
#include "schema.h"

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

struct CanvasEdit
{
    SchemaDocument::Edit edit;
    QString commandText;   // the undo command's name
    QString error;         // why the edit cannot be made; empty when it can
    QStringList tableIds;  // the tables the edit creates, in order
    QString columnId;      // the column it creates or changes, if any
    QString relationshipId;

    bool isValid() const { return error.isEmpty(); }
};

// The SQL table name and the class name for what a user typed as a table's name: `OrderItem`
// gives `order_item` / `OrderItem`, `order_item` gives `order_item` / `OrderItem`.
struct TableNames
{
    QString name;
    QString className;
};
TableNames tableNamesFromText(const QString &text);

// A new table `table_N` (class `TableN`) at `position` with an `id: int` autoincrement key.
CanvasEdit addTableEdit(const Schema &schema, QPointF position);
// Renames a table from what the user typed (see tableNamesFromText).
CanvasEdit renameTableEdit(const Schema &schema, const QString &tableId, const QString &text);
// A new `column_N` (varchar(255), required) at `position` (-1: at the end).
CanvasEdit addColumnEdit(const Schema &schema, const QString &tableId, int position = -1);
CanvasEdit renameColumnEdit(const Schema &schema, const QString &tableId, const QString &columnId,
                            const QString &text);
// Moves a column up (delta -1) or down (+1); the primary key keeps its key order.
CanvasEdit moveColumnEdit(const Schema &schema, const QString &tableId, const QString &columnId,
                          int delta);

// `child` gets a foreign key to `parent`'s primary key and a relationship (one-to-many or
// one-to-one) with readable attribute names. `columnId`, when it names a plain column of the
// child, becomes the foreign key column (retyped like the key); otherwise a new column
// `<parent>_id` is added (`parent_id`, nullable, for a self reference).
CanvasEdit foreignKeyEdit(const Schema &schema, const QString &childId, const QString &parentId,
                          RelationshipKind kind, const QString &columnId = {});
// A link table `<a>_<b>` at `position` with a composite primary key of two foreign keys, and the
// many-to-many relationship through it.
CanvasEdit manyToManyEdit(const Schema &schema, const QString &aId, const QString &bId,
                          QPointF position);

// The tables with their foreign keys and relationships among themselves and the enums they use,
// as project-file JSON (what the clipboard holds). Keys to tables outside are left out; their
// columns stay as plain columns.
QByteArray copyTables(const Schema &schema, const QStringList &tableIds);
// Adds what copyTables() wrote with fresh ids, unique names and offset positions: with `at`, the
// pasted group's top-left goes there; otherwise 40 units down and right of the originals (and
// further while a pasted card would sit exactly on an existing one).
CanvasEdit pasteEdit(const Schema &schema, const QByteArray &json,
                     std::optional<QPointF> at = std::nullopt);

// The schema with the edit applied (what the document would hold after pushEdit()).
Schema appliedEdit(const Schema &schema, const SchemaDocument::Edit &edit);
// The first validation problem `after` has that `before` has not; empty when there is none.
QString newProblem(const Schema &before, const Schema &after);

} // namespace Core
