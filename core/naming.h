// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turning user-chosen SQL names into safe Python identifiers, and English plurals for
// relationship names. Pure functions; no Qt GUI.

#include <QString>

namespace Core {

struct Table;
struct Column;

// True for Python keywords and soft keywords that cannot be attribute names.
bool isPythonKeyword(const QString &name);

// True for names a SQLModel table model must not use as an attribute: keywords, `metadata`,
// `model_config`, anything starting with `model_`, `registry`, SQLModel/Pydantic internals,
// names starting with an underscore, and names that shadow the types used in generated code.
bool isReservedAttribute(const QString &name);

// A valid ASCII Python identifier that keeps the name recognisable: non-identifier characters
// become `_`, a leading digit gets a `_` prefix... then reserved names get a trailing `_`.
QString safeAttributeName(const QString &name);

// PascalCase ASCII class name from a table name (`order_item` -> `OrderItem`).
QString classNameFromTableName(const QString &name);

// The attribute a column has in Python: its explicit attribute, or safeAttributeName(name).
QString columnAttribute(const Column &column);
// The class name a table has in Python: its explicit className, or classNameFromTableName(name).
QString tableClassName(const Table &table);

QString pluralize(const QString &word);
QString singularize(const QString &word);
QString snakeCase(const QString &name);

// A valid Python identifier (ASCII) check.
bool isIdentifier(const QString &name);

// A lower-case snake_case identifier from any SQL name: `OrderDetails` -> `order_details`.
QString snakeIdentifier(const QString &name);
// `order_details` -> `order_detail`: the last word singular.
QString singularSnake(const QString &snake);

} // namespace Core
