// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing an existing database: a SQLite file, a live PostgreSQL database, or a SQL script.
//
// Each source has its own reader, and each reader stops at a Catalog: the tables, columns, keys,
// indexes, checks and enums as the source names them, plus the notes on what it could not read.
// buildSchema() is the shared second half: it maps the SQL types onto the model, assigns ids,
// reports (and leaves out) what the model cannot hold, derives Python class and attribute names,
// infers relationships from the foreign keys and turns pure link tables into many-to-many links.
//
// Nothing here writes to the source. SQLite files are opened read-only (immutable when the file
// is not writable); PostgreSQL is read in a READ ONLY transaction.

#include "schema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Core::Import {

enum class Dialect { Sqlite, PostgreSql };
QString dialectName(Dialect d); // "sqlite" / "postgresql"

struct RawColumn
{
    QString name;
    // The SQL type as the source spells it. SQLite: the declared type, verbatim ("NVARCHAR(160)",
    // "" when none). PostgreSQL: format_type() spelling ("character varying(40)", "integer[]",
    // "timestamp(6) with time zone", "numeric(10,2)", "mpaa_rating"; types outside the default
    // schema qualified: "musicbrainz.fluency").
    QString type;
    QString enumName; // PostgreSQL: the enum's name when the type is an enum, qualified
                      // when it is not in the default schema
    bool notNull = false;
    QString defaultSql;    // the default expression, verbatim; empty when none
    bool identity = false; // SERIAL/IDENTITY/AUTOINCREMENT/rowid alias: the database numbers it
    QString generated;     // the expression of a generated (computed) column; empty otherwise
    QString comment;
};

struct RawForeignKey
{
    QString name;
    QStringList columns;
    QString refSchema; // PostgreSQL schema of the referenced table; empty: the referencing
                       // table's own schema
    QString refTable;
    QStringList refColumns; // empty: the referenced table's primary key (SQLite allows this)
    QString onDelete;       // "" (NO ACTION), "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"
    QString onUpdate;
};

struct RawIndex
{
    QString name;
    QStringList columns; // column names; an index on expressions is reported, not listed here
    bool unique = false;
    QString where; // partial index predicate, verbatim
};

struct RawUnique
{
    QString name;
    QStringList columns;
};

struct RawCheck
{
    QString name; // may be empty (SQLite); buildSchema names it
    QString expression;
};

struct RawTable
{
    QString schema; // PostgreSQL schema; empty for SQLite
    QString name;
    QString comment;
    std::vector<RawColumn> columns;
    QStringList primaryKey; // column names, in key order
    std::vector<RawForeignKey> foreignKeys;
    std::vector<RawIndex> indexes;
    std::vector<RawUnique> uniques;
    std::vector<RawCheck> checks;
};

struct RawEnum
{
    QString schema; // empty for the default schema
    QString name;   // the SQL type name
    QStringList values;
};

struct Catalog
{
    Dialect dialect = Dialect::Sqlite;
    QString defaultSchema; // PostgreSQL: "public"; tables there get an empty Table::schema
    std::vector<RawEnum> enums;
    std::vector<RawTable> tables;
    std::vector<ImportNote> notes; // what the reader saw and could not keep
};

// A source-dialect SQL type onto the model. A portable kind is chosen only where it renders the
// very same type on that dialect; anything else becomes TypeKind::Dialect with the SQL verbatim,
// so that the generated models create exactly the source's types.
ColumnType columnTypeFromSql(const QString &sqlType, Dialect dialect);

// The shared second half of every import (see the top of this file). `source` is the label kept
// in the report (a file name, or a URL without its password).
Schema buildSchema(Catalog catalog, const QString &source);

struct Result
{
    Schema schema;
    QString error; // non-empty: the import failed, and `schema` is empty
    bool ok() const { return error.isEmpty(); }
};

// The readers. Each returns a Catalog or fills *error (what failed, where, and why).
std::optional<Catalog> readSqliteDatabase(const QString &path, QString *error);
std::optional<Catalog> readSqliteScript(const QByteArray &script, const QString &label,
                                        QString *error);
// `url` is a libpq connection URI or keyword string; libpq conventions apply (PGPASSWORD,
// ~/.pgpass, sslmode). `schemas` empty: every non-system schema.
std::optional<Catalog> readPostgresDatabase(const QString &url, const QStringList &schemas,
                                            QString *error);
std::optional<Catalog> readPostgresScript(const QByteArray &script, const QString &label,
                                          const QStringList &schemas, QString *error);

// Guesses the dialect of a SQL script from its content (pg_dump markers, SERIAL, `::` casts,
// `$$` bodies, psql meta-commands against AUTOINCREMENT, `[brackets]`, PRAGMA).
Dialect guessScriptDialect(const QByteArray &script);

// The URL with its password (if any) removed, for the report.
QString redactedUrl(const QString &url);

struct Options
{
    std::optional<Dialect> dialect; // scripts only; guessed when absent
    QStringList schemas;            // PostgreSQL only
};

// SOURCE is a SQLite database file, a postgresql:// (or postgres://) URL, or a SQL script.
Result importSource(const QString &source, const Options &options);

} // namespace Core::Import
