// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Structural validation of a Schema: what must hold before code can be generated at all.
// Style and best-practice advice belongs to the lint rules, not here.

#include "schema.h"

#include <QString>

#include <vector>

namespace Core {

struct ValidationIssue
{
    QString where;   // JSON path of the offending object, e.g. `$.tables[1].columns[3].name`
    QString message; // names the object, e.g. `table "order": duplicate column name "ID" (also "id")`
};

// Every structural problem, in document order; empty when the schema can be generated.
// Checked: non-empty unique ids (across all objects); table names unique per schema ignoring
// case; column names unique per table ignoring case; names at most 63 bytes of UTF-8 (PostgreSQL);
// no NUL or control characters in names; enum names and values; foreign keys point at existing
// tables and columns with equal counts, and ON DELETE SET NULL only on nullable columns;
// indexes, uniques and checks reference existing columns and checks have a name and expression;
// relationships reference existing foreign keys of the right shape with distinct, valid attribute
// names that do not collide with column attributes; String length, Numeric precision/scale,
// default kinds matching column types.
std::vector<ValidationIssue> validate(const Schema &schema);

} // namespace Core
