// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live PostgreSQL reader: the system catalogs, read in one READ ONLY transaction.
//
// The catalog queries are resource files (resources/catalog/postgresql/*.sql). Each one reads a
// kind of object for all selected schemas at once, so the number of round trips is fixed: one
// BEGIN, seven queries (schemas, tables, enums, columns, constraints, indexes, other objects)
// and one ROLLBACK, whatever the number of tables.
#include "importer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <libpq-fe.h>

#include <memory>

// The resource lives in a static library: register it explicitly (outside any namespace).
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

namespace Core::Import {

namespace {

const QString defaultSchemaName = QStringLiteral("public");

struct ConnectionCloser
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

struct ResultClearer
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using QueryResult = std::unique_ptr<PGresult, ResultClearer>;

// libpq messages run over several lines ("Is the server running ...?"); the first says it.
QString firstLine(const char *message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString value(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(result, row, column));
}

bool flag(const PGresult *result, int row, int column)
{
    return !PQgetisnull(result, row, column) && PQgetvalue(result, row, column)[0] == 't';
}

QJsonArray jsonArray(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    return QJsonDocument::fromJson(QByteArray(PQgetvalue(result, row, column))).array();
}

QStringList jsonStrings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

// A text[] literal for the schema list parameter.
QByteArray arrayLiteral(const QStringList &items)
{
    QByteArray out = "{";
    for (const QString &item : items) {
        if (out.size() > 1)
            out += ',';
        QByteArray quoted = item.toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + quoted + '"';
    }
    return out + '}';
}

// The report's spelling: `name` in the default schema, `schema.name` elsewhere.
QString qualified(const QString &schema, const QString &name)
{
    return schema == defaultSchemaName ? name : schema + QLatin1Char('.') + name;
}

QString tableKey(const QString &schema, const QString &name)
{
    return schema + QChar(0x1f) + name;
}

QString fkAction(const QString &letter)
{
    if (letter == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (letter == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (letter == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (letter == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return {}; // 'a': NO ACTION
}

// The index of the parenthesis closing the one at `open`, skipping quoted text; -1 when none.
qsizetype closingParen(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = s.indexOf(c, i + 1);
            if (end < 0)
                return -1;
            i = end; // a doubled quote is two adjacent quoted runs: same effect
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// pg_get_expr() wraps a CHECK expression in one pair of parentheses; the model does not need it.
QString withoutOuterParens(QString expression)
{
    expression = expression.trimmed();
    while (expression.startsWith(QLatin1Char('('))
           && closingParen(expression, 0) == expression.size() - 1)
        expression = expression.mid(1, expression.size() - 2).trimmed();
    return expression;
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// A domain CHECK names its value VALUE; on the table it becomes the column.
QString replaceDomainValue(const QString &expression, const QString &quotedColumn)
{
    QString out;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = expression.indexOf(c, i + 1);
            if (end < 0)
                end = expression.size() - 1;
            out += expression.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (expression.mid(i, 5) == QLatin1String("VALUE")
            && (i == 0 || !isIdentifierChar(expression.at(i - 1)))
            && (i + 5 >= expression.size() || !isIdentifierChar(expression.at(i + 5)))) {
            out += quotedColumn;
            i += 4;
            continue;
        }
        out += c;
    }
    return out;
}

struct PendingDomainCheck
{
    qsizetype table;
    QString column;
    QString expression;
};

class CatalogReader
{
public:
    CatalogReader(PGconn *conn, QString label) : m_conn(conn), m_label(std::move(label)) {}

    std::optional<Catalog> read(const QStringList &requestedSchemas, QString *error);

private:
    QueryResult run(const char *sql, QString *error);
    // `file` takes the selected schemas as $1 (text[]) unless it reads the whole database.
    QueryResult query(const QString &file, QString *error, bool schemaParam = true);
    bool readSchemas(const QStringList &requested, QString *error);
    bool readTables(QString *error);
    bool readEnums(QString *error);
    bool readColumns(QString *error);
    bool readConstraints(QString *error);
    bool readIndexes(QString *error);
    bool readObjects(QString *error);
    void nameDomainChecks();
    void note(const QString &kind, const QString &object, const QString &detail)
    {
        m_catalog.notes.push_back({kind, object, detail});
    }
    QString tableObject(qsizetype table) const
    {
        const RawTable &t = m_catalog.tables[size_t(table)];
        return qualified(t.schema, t.name);
    }

    PGconn *m_conn;
    QString m_label;
    QStringList m_schemas;
    QByteArray m_schemaParam;
    Catalog m_catalog;
    QHash<QString, qsizetype> m_tableIndex; // tableKey -> index in m_catalog.tables
    QSet<QString> m_leftOut;                // tableKey of the tables not imported (reported)
    QSet<QString> m_usedEnums;              // RawColumn::enumName values
    std::vector<RawEnum> m_allEnums;
    std::vector<PendingDomainCheck> m_domainChecks;
};

QueryResult CatalogReader::run(const char *sql, QString *error)
{
    QueryResult result(PQexec(m_conn, sql));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK
        && PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        *error = m_label + QLatin1String(": ") + firstLine(PQerrorMessage(m_conn));
        return {};
    }
    return result;
}

QueryResult CatalogReader::query(const QString &file, QString *error, bool schemaParam)
{
    initCatalogResource();
    QFile f(QLatin1String(":/sms/catalog/postgresql/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QLatin1String("internal error: the catalog query ") + file + QLatin1String(" is missing");
        return {};
    }
    const QByteArray sql = f.readAll();
    const char *params[] = {m_schemaParam.constData()};
    QueryResult result(
        PQexecParams(m_conn, sql.constData(), schemaParam ? 1 : 0, nullptr, params, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        *error = m_label + QLatin1String(": reading the catalog (") + file
                 + QLatin1String(") failed: ") + firstLine(PQerrorMessage(m_conn));
        return {};
    }
    return result;
}

bool CatalogReader::readSchemas(const QStringList &requested, QString *error)
{
    const QueryResult r = query(QStringLiteral("schemas.sql"), error, false);
    if (!r)
        return false;
    QHash<QString, bool> usage;
    QStringList all;
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        all << value(r.get(), i, 0);
        usage.insert(all.last(), flag(r.get(), i, 1));
    }
    if (requested.isEmpty()) {
        m_schemas = all;
    } else {
        for (const QString &name : requested) {
            if (!usage.contains(name)) {
                *error = m_label + QLatin1String(": there is no schema \"") + name
                         + QLatin1String("\" to import (known: ") + all.join(QLatin1String(", "))
                         + QLatin1Char(')');
                return false;
            }
            if (!m_schemas.contains(name))
                m_schemas << name;
        }
    }
    for (const QString &name : std::as_const(m_schemas)) {
        if (!usage.value(name)) {
            *error = m_label + QLatin1String(": permission denied for schema \"") + name
                     + QLatin1String("\" (the role has no USAGE on it; choose schemas with --schema)");
            return false;
        }
    }
    m_schemaParam = arrayLiteral(m_schemas);
    return true;
}

bool CatalogReader::readTables(QString *error)
{
    const QueryResult r = query(QStringLiteral("tables.sql"), error);
    if (!r)
        return false;
    const PGresult *res = r.get();
    for (int i = 0; i < PQntuples(res); ++i) {
        const QString schema = value(res, i, 0);
        const QString name = value(res, i, 1);
        const QString object = qualified(schema, name);
        const QString partitionOf = value(res, i, 4);
        const QString inherits = value(res, i, 7);
        const QString extension = value(res, i, 8);
        if (!extension.isEmpty()) {
            note(QStringLiteral("extension"), object,
                 QLatin1String("not imported: the table belongs to extension ") + extension);
            m_leftOut.insert(tableKey(schema, name));
            continue;
        }
        if (!partitionOf.isEmpty()) {
            note(QStringLiteral("partition"), object,
                 QLatin1String("not imported: a partition of ") + partitionOf + QLatin1Char(' ')
                     + value(res, i, 5) + QLatin1String("; its rows belong to the parent table"));
            m_leftOut.insert(tableKey(schema, name));
            continue;
        }
        if (!inherits.isEmpty()) {
            note(QStringLiteral("inheritance"), object,
                 QLatin1String("not imported: the table inherits from ") + inherits
                     + QLatin1String(" and table inheritance is not part of the model"));
            m_leftOut.insert(tableKey(schema, name));
            continue;
        }
        if (value(res, i, 2) == QLatin1String("p"))
            note(QStringLiteral("partitionedTable"), object,
                 QLatin1String("kept as a plain table: partitioning (PARTITION BY ")
                     + value(res, i, 6) + QLatin1String(") is not kept"));
        RawTable table;
        table.schema = schema;
        table.name = name;
        table.comment = value(res, i, 3);
        m_tableIndex.insert(tableKey(schema, name), qsizetype(m_catalog.tables.size()));
        m_catalog.tables.push_back(std::move(table));
    }
    return true;
}

bool CatalogReader::readEnums(QString *error)
{
    const QueryResult r = query(QStringLiteral("enums.sql"), error, false);
    if (!r)
        return false;
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        RawEnum e;
        e.schema = value(r.get(), i, 0);
        e.name = value(r.get(), i, 1);
        e.values = jsonStrings(jsonArray(r.get(), i, 2));
        m_allEnums.push_back(std::move(e));
    }
    return true;
}

bool CatalogReader::readColumns(QString *error)
{
    const QueryResult r = query(QStringLiteral("columns.sql"), error);
    if (!r)
        return false;
    const PGresult *res = r.get();
    for (int i = 0; i < PQntuples(res); ++i) {
        const auto it = m_tableIndex.constFind(tableKey(value(res, i, 0), value(res, i, 1)));
        if (it == m_tableIndex.constEnd())
            continue; // a partition, inheritance child or extension table: reported already
        RawTable &table = m_catalog.tables[size_t(*it)];
        RawColumn column;
        column.name = value(res, i, 2);
        const QString object = tableObject(*it) + QLatin1Char('.') + column.name;
        const QString quotedName = value(res, i, 3);
        column.type = value(res, i, 4);
        column.notNull = flag(res, i, 5);
        column.defaultSql = value(res, i, 6);
        const QString identity = value(res, i, 7);
        const QString generated = value(res, i, 8);
        column.comment = value(res, i, 9);
        const QString domain = value(res, i, 10);
        const QString extension = value(res, i, 16);
        const QString collation = value(res, i, 17);

        if (generated == QLatin1String("s")) {
            note(QStringLiteral("generatedColumn"), object,
                 QLatin1String("not imported: a generated column (GENERATED ALWAYS AS (")
                     + column.defaultSql + QLatin1String(") STORED)"));
            continue;
        }
        if (identity == QLatin1String("a") || identity == QLatin1String("d") || flag(res, i, 18)) {
            column.identity = true;
            column.defaultSql.clear();
        }
        if (!domain.isEmpty()) {
            const bool domainNotNull = flag(res, i, 11);
            column.notNull = column.notNull || domainNotNull;
            if (column.defaultSql.isEmpty() && !column.identity)
                column.defaultSql = value(res, i, 12);
            const QJsonArray checks = jsonArray(res, i, 13);
            for (const QJsonValue &check : checks) {
                const QString expression = withoutOuterParens(check.toArray().at(1).toString());
                m_domainChecks.push_back(
                    {*it, column.name, replaceDomainValue(expression, quotedName)});
            }
            QString detail = QLatin1String("kept as its base type ") + column.type;
            if (!checks.isEmpty())
                detail += checks.size() == 1 ? QLatin1String(" plus its check constraint")
                                             : QLatin1String(" plus its check constraints");
            if (domainNotNull)
                detail += QLatin1String(" and NOT NULL");
            detail += QLatin1String(": the type is the domain ") + domain;
            note(QStringLiteral("domain"), object, detail);
        }
        if (!extension.isEmpty()) {
            note(QStringLiteral("type"), object,
                 QLatin1String("kept verbatim: the type ") + column.type
                     + QLatin1String(" comes from extension ") + extension);
        } else if (!value(res, i, 15).isEmpty()) {
            column.enumName = qualified(value(res, i, 14), value(res, i, 15));
            m_usedEnums.insert(column.enumName);
        }
        if (!collation.isEmpty())
            note(QStringLiteral("collation"), object,
                 QLatin1String("kept without its collation ") + collation);
        table.columns.push_back(std::move(column));
    }
    return true;
}

bool CatalogReader::readConstraints(QString *error)
{
    const QueryResult r = query(QStringLiteral("constraints.sql"), error);
    if (!r)
        return false;
    const PGresult *res = r.get();
    for (int i = 0; i < PQntuples(res); ++i) {
        const auto it = m_tableIndex.constFind(tableKey(value(res, i, 0), value(res, i, 1)));
        if (it == m_tableIndex.constEnd())
            continue;
        RawTable &table = m_catalog.tables[size_t(*it)];
        const QString name = value(res, i, 2);
        const QString object = tableObject(*it) + QLatin1Char('.') + name;
        const QString type = value(res, i, 3);
        const QStringList columns = jsonStrings(jsonArray(res, i, 4));
        if (type == QLatin1String("p")) {
            table.primaryKey = columns;
        } else if (type == QLatin1String("u")) {
            table.uniques.push_back({name, columns});
        } else if (type == QLatin1String("c")) {
            table.checks.push_back({name, withoutOuterParens(value(res, i, 10))});
        } else if (type == QLatin1String("x")) {
            note(QStringLiteral("exclusionConstraint"), object,
                 QLatin1String("not imported: exclusion constraints are not part of the model (")
                     + value(res, i, 11) + QLatin1Char(')'));
        } else if (type == QLatin1String("f")) {
            const QString refSchema = value(res, i, 5);
            const QString refTable = value(res, i, 6);
            if (!m_tableIndex.contains(tableKey(refSchema, refTable))) {
                note(QStringLiteral("foreignKey"), object,
                     QLatin1String("not imported: it references ") + qualified(refSchema, refTable)
                         + QLatin1String(", which is not imported"));
                continue;
            }
            RawForeignKey fk;
            fk.name = name;
            fk.columns = columns;
            // Always named, "public" included: an empty refSchema is read as "the default
            // schema" by the header but as "the referencing table's schema" elsewhere; the
            // name is right under both readings.
            fk.refSchema = refSchema;
            fk.refTable = refTable;
            fk.refColumns = jsonStrings(jsonArray(res, i, 7));
            fk.onUpdate = fkAction(value(res, i, 8));
            fk.onDelete = fkAction(value(res, i, 9));
            table.foreignKeys.push_back(std::move(fk));
        }
    }
    return true;
}

bool CatalogReader::readIndexes(QString *error)
{
    const QueryResult r = query(QStringLiteral("indexes.sql"), error);
    if (!r)
        return false;
    const PGresult *res = r.get();
    for (int i = 0; i < PQntuples(res); ++i) {
        const auto it = m_tableIndex.constFind(tableKey(value(res, i, 0), value(res, i, 1)));
        if (it == m_tableIndex.constEnd())
            continue;
        RawIndex index;
        index.name = value(res, i, 2);
        index.unique = flag(res, i, 3);
        const QString method = value(res, i, 4);
        const QJsonArray columns = jsonArray(res, i, 5);
        const int includeCount = value(res, i, 6).toInt();
        index.where = withoutOuterParens(value(res, i, 7));
        const QString definition = value(res, i, 8);
        const QString object = tableObject(*it) + QLatin1Char('.') + index.name;
        bool hasExpression = false;
        for (const QJsonValue &c : columns)
            hasExpression = hasExpression || !c.isString();
        if (hasExpression) {
            note(QStringLiteral("expressionIndex"), object,
                 QLatin1String("not imported: an index on expressions (") + definition
                     + QLatin1Char(')'));
            continue;
        }
        if (method != QLatin1String("btree")) {
            note(QStringLiteral("index"), object,
                 QLatin1String("not imported: the ") + method
                     + QLatin1String(" method is not kept and a btree index may not fit (")
                     + definition + QLatin1Char(')'));
            continue;
        }
        if (flag(res, i, 9) || flag(res, i, 10)) {
            note(QStringLiteral("index"), object,
                 QLatin1String("not imported: it uses a non-default operator class or collation (")
                     + definition + QLatin1Char(')'));
            continue;
        }
        QStringList kept;
        if (includeCount > 0)
            kept << QLatin1String("without its INCLUDE columns");
        if (flag(res, i, 11))
            kept << QLatin1String("in ascending order");
        if (!kept.isEmpty())
            note(QStringLiteral("index"), object,
                 QLatin1String("kept ") + kept.join(QLatin1String(" and ")) + QLatin1String(" (")
                     + definition + QLatin1Char(')'));
        index.columns = jsonStrings(columns);
        m_catalog.tables[size_t(*it)].indexes.push_back(std::move(index));
    }
    return true;
}

bool CatalogReader::readObjects(QString *error)
{
    const QueryResult r = query(QStringLiteral("objects.sql"), error);
    if (!r)
        return false;
    const PGresult *res = r.get();
    for (int i = 0; i < PQntuples(res); ++i) {
        const QString kind = value(res, i, 0);
        const QString schema = value(res, i, 1);
        const QString name = value(res, i, 2);
        const QString table = value(res, i, 3);
        const QString extra = value(res, i, 4);
        QString object = table.isEmpty() ? qualified(schema, name)
                                         : qualified(schema, table) + QLatin1Char('.') + name;
        QString detail;
        if (kind == QLatin1String("view"))
            detail = QStringLiteral("not imported: views are not part of the model");
        else if (kind == QLatin1String("materializedView"))
            detail = QStringLiteral("not imported: materialized views are not part of the model");
        else if (kind == QLatin1String("sequence"))
            detail = QStringLiteral("not imported: a sequence that no column owns is not part of "
                                    "the model");
        else if (kind == QLatin1String("function"))
            detail = QStringLiteral("not imported: functions are not part of the model");
        else if (kind == QLatin1String("procedure"))
            detail = QStringLiteral("not imported: procedures are not part of the model");
        else if (kind == QLatin1String("trigger"))
            detail = QLatin1String("not imported: triggers are not part of the model (it runs ")
                     + extra + QLatin1Char(')');
        else if (kind == QLatin1String("rule"))
            detail = QStringLiteral("not imported: rules are not part of the model");
        else if (kind == QLatin1String("policy"))
            detail = QStringLiteral("not imported: row-level security policies are not part of "
                                    "the model");
        else if (kind == QLatin1String("collation"))
            detail = QStringLiteral("not imported: collations are not part of the model");
        else if (kind == QLatin1String("type"))
            detail = QLatin1String("not imported: ") + extra
                     + QLatin1String(" types are not part of the model");
        else if (kind == QLatin1String("extension")) {
            object = name;
            detail = QLatin1String("not imported: the model does not create extensions (version ")
                     + extra + QLatin1String(", in schema ") + schema + QLatin1Char(')');
        }
        note(kind, object, detail);
    }
    return true;
}

// After the table's own checks are known: PostgreSQL's own naming (`<table>_<column>_check`,
// then a number), clear of the names already taken.
void CatalogReader::nameDomainChecks()
{
    for (PendingDomainCheck &pending : m_domainChecks) {
        RawTable &table = m_catalog.tables[size_t(pending.table)];
        QSet<QString> taken;
        for (const RawCheck &c : table.checks)
            taken.insert(c.name);
        const QString base = table.name + QLatin1Char('_') + pending.column
                             + QLatin1String("_check");
        QString name = base;
        for (int n = 1; taken.contains(name); ++n)
            name = base + QString::number(n);
        table.checks.push_back({name, pending.expression});
    }
}

std::optional<Catalog> CatalogReader::read(const QStringList &requestedSchemas, QString *error)
{
    m_catalog.dialect = Dialect::PostgreSql;
    m_catalog.defaultSchema = defaultSchemaName;
    // One snapshot for every query, and no way to write. A fixed search_path makes the
    // spellings (format_type, pg_get_expr) independent of the role's settings: objects of the
    // default schema unqualified, all others qualified.
    if (!run("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
             " SET LOCAL search_path = public",
             error))
        return std::nullopt;
    const bool ok = readSchemas(requestedSchemas, error) && readTables(error) && readEnums(error)
                    && readColumns(error) && readConstraints(error) && readIndexes(error)
                    && readObjects(error);
    QString ignored;
    run("ROLLBACK", &ignored);
    if (!ok)
        return std::nullopt;
    nameDomainChecks();
    for (RawEnum &e : m_allEnums) {
        const QString qualifiedName = qualified(e.schema, e.name);
        if (!m_schemas.contains(e.schema) && !m_usedEnums.contains(qualifiedName))
            continue;
        if (e.schema == defaultSchemaName)
            e.schema.clear();
        m_catalog.enums.push_back(std::move(e));
    }
    return std::move(m_catalog);
}

} // namespace

std::optional<Catalog> readPostgresDatabase(const QString &url, const QStringList &schemas,
                                            QString *error)
{
    const QString label = redactedUrl(url);
    const QByteArray conninfo = url.toUtf8();
    // Keywords are applied in order: the URL (expanded from "dbname") may override the timeout
    // and the application name, but not the encoding the reader needs.
    const char *keywords[] = {"connect_timeout", "fallback_application_name", "dbname",
                              "client_encoding", nullptr};
    const char *values[] = {"10", "sqlmodel-studio", conninfo.constData(), "UTF8", nullptr};
    Connection conn(PQconnectdbParams(keywords, values, 1));
    if (!conn) {
        *error = label + QLatin1String(": cannot connect: out of memory");
        return std::nullopt;
    }
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        *error = QLatin1String("cannot connect to ") + label + QLatin1String(": ")
                 + firstLine(PQerrorMessage(conn.get()));
        return std::nullopt;
    }
    CatalogReader reader(conn.get(), label);
    return reader.read(schemas, error);
}

} // namespace Core::Import
