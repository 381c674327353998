// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project file (`*.sqlmodel.json`): a diff-friendly JSON rendering of a Schema.
//
// Format (version 1). Keys are written in the order below, 2-space indent, trailing newline;
// keys whose value equals the default are omitted, so that a one-column change is a one-line diff.
//
//   {
//     "format": "sqlmodel-studio-project",        required, exactly this string
//     "version": 1,                                required; a newer version is refused
//     "name": "shop",
//     "enums": [ { "id", "name", "sqlName", "schema", "values": ["a", "b"] } ],
//     "tables": [ {
//        "id", "name", "className", "schema", "comment",
//        "position": { "x": 0, "y": 0 },
//        "columns": [ {
//           "id", "name", "attribute",
//           "type": { "kind": "string", "length": 255, "precision", "scale", "timezone",
//                     "enum": "<enum id>", "sql": "tsvector", "array": true },
//           "nullable": false (default true), "primaryKey", "autoincrement",
//           "default": <string | number | bool>, "defaultFactory": "nowUtc|uuid4|emptyList|emptyDict",
//           "serverDefault": "<SQL>", "unique", "index", "comment",
//           "constraints": { "gt", "ge", "lt", "le", "multipleOf": <number>,
//              "minLength", "maxLength": <int>, "pattern": "<regex>", "allowedValues": ["a"],
//              "format": "email|url|uuid|slug", "checkBounds", "checkLength", "checkValues" } } ],
//        "primaryKey": [<column id>],   the key order, only when it differs from column order
//        "foreignKeys": [ { "id", "name", "columns": [<column id>], "refTable": "<table id>",
//                           "refColumns": [<column id>], "onDelete", "onUpdate" } ],
//        "indexes": [ { "id", "name", "columns": [<column id>], "unique", "where": "<SQL>" } ],
//        "uniques": [ { "id", "name", "columns": [<column id>] } ],
//        "checks": [ { "id", "name", "expression" } ],
//        "validators": [ { "id", "name", "model": false, "columns": [<column id>],
//                          "mode": "before|wrap|plain", "body": "<Python>" } ] } ],
//     "relationships": [ { "id", "kind": "oneToMany|oneToOne|manyToMany", "foreignKey",
//        "secondForeignKey", "parentAttribute", "childAttribute", "cascadeDelete",
//        "passiveDeletes": "true|all", "lazy", "viewOnly" } ],
//     "migrations": { "head": "<revision id>", "revisions": [ { "id", "message" } ],
//        "snapshot": { "enums", "tables", "relationships" } }   the design as of `head`;
//                                                              omitted before the first migrate
//     "lintSuppressions": [ { "rule", "object", "reason" } ],   accepted lint warnings
//     "importReport": { "source", "dialect": "sqlite|postgresql",
//        "notes": [ { "kind", "object", "detail" } ] }   what an import left out or changed;
//                                                       omitted unless the design was imported
//   }
//
// Type kinds: integer, bigInteger, smallInteger, string, text, boolean, float, numeric, date,
// time, dateTime, interval, uuid, json, jsonb, largeBinary, enum, dialect.
//
// Loading is all or nothing: unknown keys, wrong JSON types, unknown enum spellings and every
// inconsistency found by validate() are refused with the file, the JSON path and the problem.

#include "schema.h"

#include <QString>

namespace Core {

struct LoadError
{
    QString file;    // the file name as given
    QString where;   // a JSON path such as `$.tables[2].columns[0].type.kind`, or `line 4, column 7`
    QString message; // what is wrong

    QString toString() const; // "FILE: WHERE: MESSAGE"
};

inline constexpr int ProjectFormatVersion = 1;

// Serialise to the canonical bytes (deterministic: the same schema always gives the same bytes).
QByteArray serializeProject(const Schema &schema);

// Parse canonical or hand-written JSON. On failure returns false, fills *error and leaves *schema
// untouched. `fileName` is only used for messages.
bool parseProject(const QByteArray &bytes, const QString &fileName, Schema *schema, LoadError *error);

bool loadProject(const QString &path, Schema *schema, LoadError *error);

// Atomic save through QSaveFile: on failure the previous file is untouched.
bool saveProject(const QString &path, const Schema &schema, QString *errorMessage);

} // namespace Core
