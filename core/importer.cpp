// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "autolayout.h"
#include "naming.h"
#include "validate.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>


namespace Core::Import {

QString dialectName(Dialect d)
{
    return d == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

// ---------------------------------------------------------------------------------------------
// Types

namespace {

struct ParsedType
{
    QString base;    // lower-case, single-spaced, without the parenthesised arguments
    QList<int> args; // the integer arguments, if all were integers
    bool argsOk = true;
    QString suffix; // what follows the arguments (" without time zone"), lower-case
};

ParsedType parseType(const QString &sql)
{
    ParsedType t;
    QString s = sql.simplified().toLower();
    const qsizetype open = s.indexOf(u'(');
    if (open < 0) {
        t.base = s;
        return t;
    }
    const qsizetype close = s.indexOf(u')', open);
    if (close < 0) {
        t.base = s;
        t.argsOk = false;
        return t;
    }
    t.base = s.left(open).trimmed();
    t.suffix = s.mid(close + 1).trimmed();
    const QStringList parts = s.mid(open + 1, close - open - 1).split(u',');
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.trimmed().toInt(&ok);
        if (!ok) {
            t.argsOk = false;
            break;
        }
        t.args << v;
    }
    return t;
}

ColumnType dialectType(const QString &sql)
{
    ColumnType t;
    t.kind = TypeKind::Dialect;
    t.sql = sql.simplified();
    return t;
}

ColumnType portable(TypeKind kind)
{
    ColumnType t;
    t.kind = kind;
    return t;
}

// SQLite: only the spellings that SQLAlchemy renders back identically become portable kinds.
ColumnType sqliteType(const QString &sql)
{
    const ParsedType p = parseType(sql);
    const bool bare = p.args.isEmpty() && p.argsOk && !sql.contains(u'(');
    if (bare && p.suffix.isEmpty()) {
        static const QHash<QString, TypeKind> exact = {
            {QStringLiteral("integer"), TypeKind::Integer},
            {QStringLiteral("bigint"), TypeKind::BigInteger},
            {QStringLiteral("smallint"), TypeKind::SmallInteger},
            {QStringLiteral("varchar"), TypeKind::String},
            {QStringLiteral("text"), TypeKind::Text},
            {QStringLiteral("boolean"), TypeKind::Boolean},
            {QStringLiteral("float"), TypeKind::Float},
            {QStringLiteral("numeric"), TypeKind::Numeric},
            {QStringLiteral("date"), TypeKind::Date},
            {QStringLiteral("time"), TypeKind::Time},
            {QStringLiteral("datetime"), TypeKind::DateTime},
            {QStringLiteral("blob"), TypeKind::LargeBinary},
            {QStringLiteral("json"), TypeKind::Json},
        };
        const auto it = exact.constFind(p.base);
        if (it != exact.constEnd())
            return portable(*it);
    }
    if (p.argsOk && p.suffix.isEmpty()) {
        if (p.base == QLatin1String("varchar") && p.args.size() == 1 && p.args[0] > 0) {
            ColumnType t = portable(TypeKind::String);
            t.length = p.args[0];
            return t;
        }
        if (p.base == QLatin1String("numeric") && p.args.size() == 2 && p.args[0] > 0
            && p.args[1] >= 0 && p.args[1] <= p.args[0]) {
            ColumnType t = portable(TypeKind::Numeric);
            t.precision = p.args[0];
            t.scale = p.args[1];
            return t;
        }
    }
    return dialectType(sql);
}

// PostgreSQL: format_type() spellings.
ColumnType postgresType(const QString &sql)
{
    QString s = sql.simplified();
    bool array = false;
    if (s.endsWith(QLatin1String("[]"))) {
        array = true;
        s.chop(2);
        if (s.endsWith(QLatin1String("[]"))) // multi-dimensional: keep verbatim
            return dialectType(sql);
    }
    const ParsedType p = parseType(s);
    ColumnType t = dialectType(sql);
    if (!p.argsOk)
        return t;
    const bool noArgs = p.args.isEmpty() && !s.contains(u'(');
    static const QHash<QString, TypeKind> exact = {
        {QStringLiteral("integer"), TypeKind::Integer},
        {QStringLiteral("bigint"), TypeKind::BigInteger},
        {QStringLiteral("smallint"), TypeKind::SmallInteger},
        {QStringLiteral("text"), TypeKind::Text},
        {QStringLiteral("boolean"), TypeKind::Boolean},
        {QStringLiteral("double precision"), TypeKind::Float},
        {QStringLiteral("date"), TypeKind::Date},
        {QStringLiteral("interval"), TypeKind::Interval},
        {QStringLiteral("uuid"), TypeKind::Uuid},
        {QStringLiteral("json"), TypeKind::Json},
        {QStringLiteral("jsonb"), TypeKind::Jsonb},
        {QStringLiteral("bytea"), TypeKind::LargeBinary},
        {QStringLiteral("character varying"), TypeKind::String},
        {QStringLiteral("numeric"), TypeKind::Numeric},
        {QStringLiteral("timestamp without time zone"), TypeKind::DateTime},
        {QStringLiteral("timestamp with time zone"), TypeKind::DateTime},
        {QStringLiteral("time without time zone"), TypeKind::Time},
        {QStringLiteral("time with time zone"), TypeKind::Time},
    };
    if (noArgs) {
        const auto it = exact.constFind(p.base);
        if (it == exact.constEnd())
            return t;
        t = portable(*it);
        t.timezone = p.base.endsWith(QLatin1String("with time zone"));
    } else if (p.base == QLatin1String("character varying") && p.args.size() == 1
               && p.suffix.isEmpty()) {
        t = portable(TypeKind::String);
        t.length = p.args[0];
    } else if (p.base == QLatin1String("numeric") && p.args.size() == 2 && p.suffix.isEmpty()
               && p.args[0] > 0 && p.args[1] >= 0 && p.args[1] <= p.args[0]) {
        t = portable(TypeKind::Numeric);
        t.precision = p.args[0];
        t.scale = p.args[1];
    } else {
        return t;
    }
    if (array) {
        // The generator writes ARRAY(<type>) for these element types only.
        static const QSet<TypeKind> arrayable = {
            TypeKind::Integer, TypeKind::BigInteger, TypeKind::SmallInteger, TypeKind::String,
            TypeKind::Text,    TypeKind::Boolean,    TypeKind::Float,        TypeKind::Numeric,
            TypeKind::Date,    TypeKind::Uuid,
        };
        if (!arrayable.contains(t.kind))
            return dialectType(sql);
        t.array = true;
    }
    return t;
}

} // namespace

ColumnType columnTypeFromSql(const QString &sqlType, Dialect dialect)
{
    return dialect == Dialect::Sqlite ? sqliteType(sqlType) : postgresType(sqlType);
}

// ---------------------------------------------------------------------------------------------
// buildSchema

namespace {

bool isIntegerKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger;
}

const QSet<QString> &dictMethods()
{
    static const QSet<QString> set = {
        QStringLiteral("items"),      QStringLiteral("keys"),   QStringLiteral("values"),
        QStringLiteral("get"),        QStringLiteral("pop"),    QStringLiteral("popitem"),
        QStringLiteral("setdefault"), QStringLiteral("update"), QStringLiteral("clear"),
        QStringLiteral("fromkeys"),   QStringLiteral("copy"),
    };
    return set;
}

class Builder
{
public:
    Builder(Catalog &catalog, const QString &source) : m_cat(catalog)
    {
        m_report.source = source;
        m_report.dialect = dialectName(catalog.dialect);
        m_report.notes = std::move(catalog.notes);
    }

    Schema run(const QString &source)
    {
        QString name = QFileInfo(source).completeBaseName();
        if (name.contains(QLatin1String(".sqlmodel")))
            name = name.left(name.indexOf(QLatin1String(".sqlmodel")));
        m_schema.name = source.contains(QLatin1String("://")) ? QUrl(source).path().mid(1) : name;
        buildEnums();
        buildTables();
        resolveForeignKeys();
        nameClasses();
        nameAttributes();
        inferRelationships();
        repairUntilValid();
        // Cards in related groups, so that the canvas does not open on one long column; the
        // Graphviz layout is a command away (Arrange > Auto Layout, `layout`).
        const QHash<QString, QPointF> positions = gridLayout(m_schema);
        for (Table &t : m_schema.tables)
            t.position = positions.value(t.id);
        m_schema.importReport = m_report;
        return std::move(m_schema);
    }

private:
    void note(const QString &kind, const QString &object, const QString &detail)
    {
        m_report.notes.push_back({kind, object, detail});
    }

    QString tableObject(const RawTable &t) const
    {
        if (t.schema.isEmpty() || t.schema == m_cat.defaultSchema)
            return t.name;
        return t.schema + u'.' + t.name;
    }
    QString modelSchema(const QString &schema) const
    {
        return schema == m_cat.defaultSchema ? QString() : schema;
    }

    // -- enums ---------------------------------------------------------------------------------

    void buildEnums()
    {
        QSet<QString> sqlNames;
        for (const RawEnum &re : m_cat.enums) {
            if (re.values.isEmpty()) {
                note(QStringLiteral("type"), qualified(re.schema, re.name),
                     QStringLiteral("not imported: an enum without values cannot be modelled; "
                                    "its columns keep the type verbatim"));
                continue;
            }
            EnumType e;
            e.id = newId(QStringLiteral("enum"));
            e.sqlName = re.name;
            e.schema = modelSchema(re.schema);
            const QString sqlKey = (e.schema.isEmpty() ? QString() : e.schema.toLower() + u'.')
                                   + re.name.toLower();
            if (sqlNames.contains(sqlKey)) {
                note(QStringLiteral("type"), qualified(re.schema, re.name),
                     QStringLiteral("not imported: another schema has an enum of the same name; "
                                    "its columns keep the type verbatim"));
                continue;
            }
            sqlNames.insert(sqlKey);
            e.values = re.values;
            m_schema.enums.push_back(e);
            m_enumByName.insert(qualified(re.schema, re.name), e.id);
            m_enumByName.insert(re.schema.isEmpty() ? re.name : re.schema + u'.' + re.name, e.id);
            if (re.schema.isEmpty() || re.schema == m_cat.defaultSchema)
                m_enumByName.insert(re.name, e.id);
        }
    }

    QString qualified(const QString &schema, const QString &name) const
    {
        return schema.isEmpty() || schema == m_cat.defaultSchema ? name : schema + u'.' + name;
    }

    // -- tables and columns --------------------------------------------------------------------

    void buildTables()
    {
        for (RawTable &rt : m_cat.tables) {
            const QString object = tableObject(rt);
            // A table without a primary key is kept: it is generated as a Core table.
            Table t;
            t.id = newId(QStringLiteral("table"));
            t.name = rt.name;
            t.schema = modelSchema(rt.schema);
            t.comment = rt.comment;
            QHash<QString, QString> columnIds; // name -> id
            for (const RawColumn &rc : rt.columns) {
                if (!rc.generated.isEmpty()) {
                    note(QStringLiteral("generatedColumn"), object + u'.' + rc.name,
                         QStringLiteral("not imported: generated columns are not part of the "
                                        "model (GENERATED ALWAYS AS (%1))")
                             .arg(rc.generated));
                    continue;
                }
                Column c;
                c.id = newId(QStringLiteral("col"));
                c.name = rc.name;
                c.type = columnType(rc);
                c.primaryKey = rt.primaryKey.contains(rc.name);
                c.nullable = !rc.notNull && !c.primaryKey;
                c.comment = rc.comment;
                c.serverDefault = rc.defaultSql.trimmed();
                if (rc.identity) {
                    if (c.primaryKey && isIntegerKind(c.type.kind) && !c.type.array
                        && (rt.primaryKey.size() == 1 || m_cat.dialect == Dialect::PostgreSql)) {
                        c.autoincrement = true;
                        c.serverDefault.clear();
                    } else if (m_cat.dialect == Dialect::PostgreSql && !c.primaryKey
                               && isIntegerKind(c.type.kind) && !c.type.array) {
                        // A serial or identity column outside the key: an identity column.
                        c.autoincrement = true;
                        c.serverDefault.clear();
                    } else if (m_cat.dialect == Dialect::PostgreSql) {
                        c.serverDefault.clear();
                        note(QStringLiteral("default"), object + u'.' + rc.name,
                             QStringLiteral("kept without its generated value: only a "
                                            "single-column integer primary key is numbered by "
                                            "the database in the model"));
                    }
                }
                if (c.serverDefault.startsWith(QLatin1String("nextval("), Qt::CaseInsensitive)) {
                    note(QStringLiteral("default"), object + u'.' + rc.name,
                         QStringLiteral("kept without its default %1: the sequence is not part "
                                        "of the model")
                             .arg(c.serverDefault));
                    c.serverDefault.clear();
                }
                columnIds.insert(rc.name, c.id);
                t.columns.push_back(c);
            }
            // Primary key columns must all have survived.
            bool pkOk = true;
            for (const QString &n : rt.primaryKey)
                pkOk = pkOk && columnIds.contains(n);
            if (!pkOk || t.columns.empty()) {
                note(QStringLiteral("tableWithoutPrimaryKey"), object,
                     QStringLiteral("not imported: its primary key uses a column the model "
                                    "cannot hold"));
                continue;
            }
            // Keep the primary key's order: SQLAlchemy orders a composite key by column order,
            // so move nothing, but remember when they differ.
            for (const RawUnique &ru : rt.uniques) {
                UniqueConstraint u;
                u.id = newId(QStringLiteral("uq"));
                u.name = ru.name;
                if (!mapColumns(ru.columns, columnIds, &u.columns)) {
                    note(QStringLiteral("check"), object + u'.' + displayName(ru.name, ru.columns),
                         QStringLiteral("not imported: it uses a column that was not imported"));
                    continue;
                }
                t.uniques.push_back(u);
            }
            for (const RawIndex &ri : rt.indexes) {
                Index i;
                i.id = newId(QStringLiteral("ix"));
                i.name = ri.name;
                i.unique = ri.unique;
                i.where = ri.where.trimmed();
                if (ri.columns.isEmpty() || !mapColumns(ri.columns, columnIds, &i.columns)) {
                    note(QStringLiteral("index"), object + u'.' + displayName(ri.name, ri.columns),
                         QStringLiteral("not imported: it uses a column that was not imported"));
                    continue;
                }
                t.indexes.push_back(i);
            }
            int unnamed = 0;
            QSet<QString> checkNames;
            for (const RawCheck &rc : rt.checks) {
                CheckConstraint ck;
                ck.id = newId(QStringLiteral("ck"));
                ck.expression = rc.expression.trimmed();
                ck.name = rc.name;
                if (ck.name.isEmpty()) {
                    do {
                        ck.name = QStringLiteral("%1_check%2").arg(snakeIdentifier(rt.name)).arg(++unnamed);
                    } while (checkNames.contains(ck.name.toLower()));
                }
                if (ck.expression.isEmpty())
                    continue;
                checkNames.insert(ck.name.toLower());
                t.checks.push_back(ck);
            }
            // The key's own order, when it is not the column order.
            QStringList keyOrder;
            for (const QString &n : rt.primaryKey)
                keyOrder << columnIds.value(n);
            QStringList columnOrder;
            for (const Column &c : t.columns) {
                if (c.primaryKey)
                    columnOrder << c.id;
            }
            if (keyOrder != columnOrder)
                t.primaryKeyOrder = keyOrder;
            m_rawOf.insert(t.id, &rt);
            m_columnIds.insert(t.id, columnIds);
            m_tableByName.insert(qualified(rt.schema, rt.name).toLower(), t.id);
            m_schema.tables.push_back(std::move(t));
        }
    }

    static QString displayName(const QString &name, const QStringList &columns)
    {
        return name.isEmpty() ? QStringLiteral("(%1)").arg(columns.join(u',')) : name;
    }

    static bool mapColumns(const QStringList &names, const QHash<QString, QString> &ids,
                           QStringList *out)
    {
        for (const QString &n : names) {
            const auto it = ids.constFind(n);
            if (it == ids.constEnd())
                return false;
            out->append(*it);
        }
        return true;
    }

    ColumnType columnType(const RawColumn &rc) const
    {
        if (!rc.enumName.isEmpty() && !rc.type.endsWith(QLatin1String("[]"))) {
            const auto it = m_enumByName.constFind(rc.enumName);
            if (it != m_enumByName.constEnd()) {
                ColumnType t;
                t.kind = TypeKind::Enum;
                t.enumId = *it;
                return t;
            }
        }
        if (rc.type.trimmed().isEmpty()) {
            // SQLite allows a column without a type; BLOB is the same "no affinity".
            ColumnType t = dialectType(QStringLiteral("BLOB"));
            return t;
        }
        return columnTypeFromSql(rc.type, m_cat.dialect);
    }

    // -- foreign keys --------------------------------------------------------------------------

    // Schema::table() searches linearly; a design of thousands of tables needs an index.
    const Table *table(const QString &id)
    {
        if (m_tableIndex.size() != qsizetype(m_schema.tables.size())) {
            m_tableIndex.clear();
            for (std::size_t i = 0; i < m_schema.tables.size(); ++i)
                m_tableIndex.insert(m_schema.tables[i].id, i);
        }
        const auto it = m_tableIndex.constFind(id);
        return it == m_tableIndex.constEnd() ? nullptr : &m_schema.tables[*it];
    }

    void resolveForeignKeys()
    {
        for (Table &t : m_schema.tables) {
            const RawTable &rt = *m_rawOf.value(t.id);
            const QString object = tableObject(rt);
            const QHash<QString, QString> &ids = m_columnIds[t.id];
            for (const RawForeignKey &rf : rt.foreignKeys) {
                const QString fkObject = object + u'.'
                                         + (rf.name.isEmpty()
                                                ? QStringLiteral("fk(%1)").arg(rf.columns.join(u','))
                                                : rf.name);
                auto drop = [&](const QString &why) {
                    note(QStringLiteral("foreignKey"), fkObject,
                         QStringLiteral("not imported: ") + why);
                };
                const QString refSchema = rf.refSchema.isEmpty() ? rt.schema : rf.refSchema;
                const QString refKey = qualified(refSchema, rf.refTable).toLower();
                QString refId = m_tableByName.value(refKey);
                if (refId.isEmpty() && m_cat.dialect == Dialect::Sqlite)
                    refId = m_tableByName.value(rf.refTable.toLower());
                const Table *ref = refId.isEmpty() ? nullptr : table(refId);
                if (!ref) {
                    drop(QStringLiteral("it refers to %1, which is not imported")
                             .arg(qualified(refSchema, rf.refTable)));
                    continue;
                }
                ForeignKey fk;
                fk.id = newId(QStringLiteral("fk"));
                fk.name = rf.name;
                fk.refTable = ref->id;
                fk.onDelete = rf.onDelete == QLatin1String("NO ACTION") ? QString() : rf.onDelete;
                fk.onUpdate = rf.onUpdate == QLatin1String("NO ACTION") ? QString() : rf.onUpdate;
                if (!mapColumns(rf.columns, ids, &fk.columns)) {
                    drop(QStringLiteral("it uses a column that was not imported"));
                    continue;
                }
                const QHash<QString, QString> &refIds = m_columnIds[ref->id];
                if (rf.refColumns.isEmpty()) {
                    for (const Column *c : ref->primaryKey())
                        fk.refColumns << c->id;
                } else if (!mapColumns(rf.refColumns, refIds, &fk.refColumns)) {
                    drop(QStringLiteral("it refers to a column that was not imported"));
                    continue;
                }
                if (fk.refColumns.size() != fk.columns.size()) {
                    drop(QStringLiteral("its column count does not match the referenced key"));
                    continue;
                }
                if (!isKey(*ref, fk.refColumns)) {
                    drop(QStringLiteral("the referenced columns are neither the primary key nor "
                                        "unique"));
                    continue;
                }
                if (fk.onDelete == QLatin1String("SET NULL")) {
                    bool nullable = true;
                    for (const QString &id : fk.columns)
                        nullable = nullable && t.column(id)->nullable;
                    if (!nullable) {
                        note(QStringLiteral("foreignKey"), fkObject,
                             QStringLiteral("kept without ON DELETE SET NULL: its columns are "
                                            "NOT NULL"));
                        fk.onDelete.clear();
                    }
                }
                t.foreignKeys.push_back(fk);
            }
        }
    }

    static bool isKey(const Table &t, const QStringList &ids)
    {
        const QSet<QString> want(ids.cbegin(), ids.cend());
        QSet<QString> pk;
        for (const Column *c : t.primaryKey())
            pk.insert(c->id);
        if (pk == want)
            return true;
        for (const UniqueConstraint &u : t.uniques) {
            if (QSet<QString>(u.columns.cbegin(), u.columns.cend()) == want)
                return true;
        }
        for (const Index &i : t.indexes) {
            if (i.unique && i.where.isEmpty()
                && QSet<QString>(i.columns.cbegin(), i.columns.cend()) == want)
                return true;
        }
        if (ids.size() == 1) {
            const Column *c = t.column(ids.front());
            return c && c->unique;
        }
        return false;
    }

    // -- names ---------------------------------------------------------------------------------

    void nameClasses()
    {
        // Which names would clash: count the plain derivation first.
        QHash<QString, int> counts;
        std::vector<QString> base;
        base.reserve(m_schema.tables.size());
        for (const Table &t : m_schema.tables) {
            QString name = classNameFromTableName(singularSnake(snakeIdentifier(t.name)));
            base.push_back(name);
            counts[name.toLower()] += 1;
        }
        QSet<QString> used;
        for (std::size_t i = 0; i < m_schema.tables.size(); ++i) {
            Table &t = m_schema.tables[i];
            QString name = base[i];
            if (counts.value(name.toLower()) > 1 && !t.schema.isEmpty())
                name = classNameFromTableName(snakeIdentifier(t.schema)) + name;
            name = unique(name, used);
            used.insert(name.toLower());
            if (name != tableClassName(t))
                t.className = name;
        }
        for (EnumType &e : m_schema.enums) {
            QString name = classNameFromTableName(snakeIdentifier(e.sqlName));
            if (used.contains(name.toLower()))
                name += QLatin1String("Enum");
            name = unique(name, used);
            used.insert(name.toLower());
            e.name = name;
        }
    }

    static QString unique(const QString &name, const QSet<QString> &used)
    {
        if (!used.contains(name.toLower()))
            return name;
        for (int n = 2;; ++n) {
            const QString candidate = name + QString::number(n);
            if (!used.contains(candidate.toLower()))
                return candidate;
        }
    }

    void nameAttributes()
    {
        for (Table &t : m_schema.tables) {
            QSet<QString> used;
            for (Column &c : t.columns) {
                QString attr = snakeIdentifier(c.name);
                if (used.contains(attr))
                    attr = safeAttributeName(c.name);
                while (used.contains(attr))
                    attr += u'_';
                used.insert(attr);
                if (attr != safeAttributeName(c.name))
                    c.attribute = attr;
            }
            m_attributes.insert(t.id, used);
        }
    }

    // -- relationships -------------------------------------------------------------------------

    QString classSnake(const Table &t) const { return snakeCase(tableClassName(t)).toLower(); }

    bool attributeOk(const QString &attr) const
    {
        return isIdentifier(attr) && !isReservedAttribute(attr) && !dictMethods().contains(attr);
    }

    // Claims a free attribute name on a table, based on `wanted`.
    QString claim(const QString &tableId, QString wanted, const QString &fallbackSuffix = {})
    {
        QSet<QString> &used = m_attributes[tableId];
        if (!attributeOk(wanted))
            wanted += QLatin1String("_rel");
        if (used.contains(wanted) && !fallbackSuffix.isEmpty()
            && !used.contains(wanted + fallbackSuffix) && attributeOk(wanted + fallbackSuffix))
            wanted += fallbackSuffix;
        QString name = wanted;
        if (used.contains(name)) {
            if (!used.contains(wanted + QLatin1String("_rel")))
                name = wanted + QLatin1String("_rel");
            for (int n = 2; used.contains(name); ++n)
                name = wanted + u'_' + QString::number(n);
        }
        used.insert(name);
        return name;
    }

    // `artist_id` -> `artist`, `ArtistId` -> `artist`, `reports_to` -> "".
    static QString strippedIdName(const QString &columnName)
    {
        const QString s = snakeIdentifier(columnName);
        for (const char *suffix : {"_id", "_fk", "_key"}) {
            if (s.endsWith(QLatin1String(suffix)) && s.size() > int(qstrlen(suffix)))
                return s.left(s.size() - int(qstrlen(suffix)));
        }
        return {};
    }

    bool isLinkTable(const Table &t) const
    {
        if (t.foreignKeys.size() != 2)
            return false;
        QSet<QString> fkColumns;
        for (const ForeignKey &fk : t.foreignKeys) {
            for (const QString &c : fk.columns)
                fkColumns.insert(c);
        }
        QSet<QString> all;
        for (const Column &c : t.columns)
            all.insert(c.id);
        QSet<QString> pk;
        for (const Column *c : t.primaryKey())
            pk.insert(c->id);
        // Pure: nothing but the two keys, which together are the primary key.
        return all == fkColumns && pk == fkColumns
               && t.foreignKeys[0].columns.size() + t.foreignKeys[1].columns.size()
                      == fkColumns.size();
    }

    bool isOneToOne(const Table &child, const ForeignKey &fk) const
    {
        return isKey(child, fk.columns);
    }

    void inferRelationships()
    {
        // How many foreign keys go from each table to each other table.
        QHash<QString, int> pairCount;
        for (const Table &t : m_schema.tables) {
            for (const ForeignKey &fk : t.foreignKeys)
                pairCount[t.id + u'>' + fk.refTable] += 1;
        }
        for (const Table &t : m_schema.tables) {
            if (isLinkTable(t)) {
                addManyToMany(t);
                continue;
            }
            if (t.primaryKey().empty())
                continue; // a Core table has no class to hang relationships on
            for (const ForeignKey &fk : t.foreignKeys) {
                const Table *parent = table(fk.refTable);
                if (!parent || parent->primaryKey().empty())
                    continue;
                const bool multi = pairCount.value(t.id + u'>' + fk.refTable) > 1
                                   || parent->id == t.id;
                addOneToMany(t, *parent, fk, multi);
            }
        }
    }

    void addOneToMany(const Table &child, const Table &parent, const ForeignKey &fk, bool multi)
    {
        Relationship r;
        r.id = newId(QStringLiteral("rel"));
        r.foreignKey = fk.id;
        const bool oneToOne = isOneToOne(child, fk) && parent.id != child.id;
        r.kind = oneToOne ? RelationshipKind::OneToOne : RelationshipKind::OneToMany;
        const QString parentSnake = classSnake(parent);
        const QString childSnake = classSnake(child);
        QString childAttr;
        if (fk.columns.size() == 1) {
            const Column *c = child.column(fk.columns.front());
            childAttr = strippedIdName(c->name);
            if (childAttr.isEmpty() && multi)
                childAttr = snakeIdentifier(c->name) + u'_' + parentSnake;
        } else if (multi) {
            QStringList parts;
            for (const QString &id : fk.columns)
                parts << snakeIdentifier(child.column(id)->name);
            childAttr = parts.join(u'_') + u'_' + parentSnake;
        }
        if (childAttr.isEmpty() || childAttr == parentSnake)
            childAttr = parentSnake;
        QString parentAttr;
        const QString childPlural = oneToOne ? childSnake : pluralize(childSnake);
        if (!multi || childAttr == parentSnake) {
            parentAttr = childPlural;
        } else {
            QString stem = childAttr;
            if (stem.endsWith(u'_' + parentSnake))
                stem.chop(parentSnake.size() + 1);
            parentAttr = stem + u'_' + childPlural;
        }
        r.childAttribute = claim(child.id, childAttr,
                                 childAttr == parentSnake ? QString() : u'_' + parentSnake);
        r.parentAttribute = claim(parent.id, parentAttr);
        m_schema.relationships.push_back(r);
    }

    void addManyToMany(const Table &link)
    {
        const ForeignKey &a = link.foreignKeys[0];
        const ForeignKey &b = link.foreignKeys[1];
        const Table *ta = table(a.refTable);
        const Table *tb = table(b.refTable);
        Relationship r;
        r.id = newId(QStringLiteral("rel"));
        r.kind = RelationshipKind::ManyToMany;
        r.foreignKey = a.id;
        r.secondForeignKey = b.id;
        auto endName = [&](const ForeignKey &fk, const Table &end) {
            if (ta == tb && fk.columns.size() == 1) {
                const QString s = strippedIdName(link.column(fk.columns.front())->name);
                if (!s.isEmpty())
                    return s;
            }
            return classSnake(end);
        };
        QString toB = pluralize(endName(b, *tb));
        QString toA = pluralize(endName(a, *ta));
        if (ta == tb && toA == toB)
            toA += QLatin1String("_of");
        const QString via = QLatin1String("_via_") + snakeIdentifier(link.name);
        r.parentAttribute = claim(ta->id, toB, via);
        r.childAttribute = claim(tb->id, toA, via);
        m_schema.relationships.push_back(r);
    }

    // -- the safety net ------------------------------------------------------------------------

    // Whatever validate() still refuses is taken out, with a note, so that an import always
    // gives a design that generates.
    void repairUntilValid()
    {
        static const QRegularExpression re(
            QStringLiteral(R"(^\$\.(tables|relationships|enums)\[(\d+)\](?:\.(\w+)\[(\d+)\])?)"));
        for (int round = 0; round < 50; ++round) {
            const std::vector<ValidationIssue> issues = validate(m_schema);
            if (issues.empty())
                return;
            const ValidationIssue &issue = issues.front();
            const QRegularExpressionMatch m = re.match(issue.where);
            if (!m.hasMatch()) {
                note(QStringLiteral("statement"), QString(), issue.message);
                return;
            }
            const QString what = m.captured(1);
            const std::size_t index = m.captured(2).toULongLong();
            const QString member = m.captured(3);
            const std::size_t sub = m.captured(4).toULongLong();
            if (what == QLatin1String("relationships")) {
                m_schema.relationships.erase(m_schema.relationships.begin() + qsizetype(index));
                continue;
            }
            if (what == QLatin1String("enums")) {
                removeEnum(index, issue.message);
                continue;
            }
            Table &t = m_schema.tables[index];
            const QString object = t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
            auto dropFrom = [&](auto &list, const char *kind) {
                const QString name = list[sub].name;
                note(QLatin1String(kind), object + u'.' + name,
                     QStringLiteral("not imported: ") + issue.message);
                dropDependents(list[sub].id);
                list.erase(list.begin() + qsizetype(sub));
            };
            if (member == QLatin1String("foreignKeys")) {
                dropFrom(t.foreignKeys, "foreignKey");
            } else if (member == QLatin1String("indexes")) {
                dropFrom(t.indexes, "index");
            } else if (member == QLatin1String("uniques")) {
                dropFrom(t.uniques, "check");
            } else if (member == QLatin1String("checks")) {
                dropFrom(t.checks, "check");
            } else {
                note(QStringLiteral("column"), object,
                     QStringLiteral("not imported: ") + issue.message);
                removeTable(index);
            }
        }
    }

    void dropDependents(const QString &fkId)
    {
        std::erase_if(m_schema.relationships, [&](const Relationship &r) {
            return r.foreignKey == fkId || r.secondForeignKey == fkId;
        });
    }

    void removeTable(std::size_t index)
    {
        const QString id = m_schema.tables[index].id;
        for (const ForeignKey &fk : m_schema.tables[index].foreignKeys)
            dropDependents(fk.id);
        m_schema.tables.erase(m_schema.tables.begin() + qsizetype(index));
        for (Table &t : m_schema.tables) {
            std::erase_if(t.foreignKeys, [&](const ForeignKey &fk) {
                if (fk.refTable != id)
                    return false;
                dropDependents(fk.id);
                return true;
            });
        }
    }

    void removeEnum(std::size_t index, const QString &why)
    {
        const EnumType e = m_schema.enums[index];
        note(QStringLiteral("type"), e.sqlName, QStringLiteral("kept verbatim: ") + why);
        m_schema.enums.erase(m_schema.enums.begin() + qsizetype(index));
        for (Table &t : m_schema.tables) {
            for (Column &c : t.columns) {
                if (c.type.kind == TypeKind::Enum && c.type.enumId == e.id)
                    c.type = dialectType(e.sqlName);
            }
        }
    }

    Catalog &m_cat;
    Schema m_schema;
    ImportReport m_report;
    QHash<QString, QString> m_enumByName;               // (qualified) SQL name -> enum id
    QHash<QString, QString> m_tableByName;              // lower-cased qualified name -> id
    QHash<QString, const RawTable *> m_rawOf;           // table id -> its raw table
    QHash<QString, QHash<QString, QString>> m_columnIds; // table id -> column name -> id
    QHash<QString, QSet<QString>> m_attributes;          // table id -> attribute names in use
    QHash<QString, std::size_t> m_tableIndex;            // table id -> index in m_schema.tables
};

} // namespace

Schema buildSchema(Catalog catalog, const QString &source)
{
    Builder builder(catalog, source);
    return builder.run(source);
}

// ---------------------------------------------------------------------------------------------
// Sources

Dialect guessScriptDialect(const QByteArray &script)
{
    // Scores from markers that only one dialect writes. Ties go to SQLite, which accepts more.
    const QString head = QString::fromUtf8(script.left(4 << 20)).toLower();
    int pg = 0;
    int lite = 0;
    static const QStringList pgMarkers = {
        "postgresql database dump", "postgresql", "set search_path", "pg_catalog.", "::regclass",
        "::text", "::character varying", "$$", "create extension", "create database",
        "drop database", "owner to", "create schema", "create domain", "as enum",
        "with time zone", "generated always as identity", "generated by default as identity",
        "jsonb", "language plpgsql", "from stdin", "bytea", "create or replace function",
        "character varying",
    };
    static const QStringList liteMarkers = {
        "autoincrement", "pragma ", "without rowid", "sqlite", "create virtual table",
        "using fts", "integer primary key",
    };
    for (const QString &m : pgMarkers)
        pg += head.contains(m) ? 1 : 0;
    for (const QString &m : liteMarkers)
        lite += head.contains(m) ? 1 : 0;
    static const QRegularExpression serial(QStringLiteral(R"(\s(small|big)?serial[\s,])"));
    if (serial.match(head).hasMatch())
        pg += 1;
    // psql meta-commands at the start of a line (\connect, \c, \set, \copy) are PostgreSQL's.
    static const QRegularExpression meta(QStringLiteral(R"((^|\n)\\(c|connect|set|copy|i|restrict)\b)"));
    if (meta.match(head).hasMatch())
        pg += 3;
    // [bracket] identifiers in DDL are SQL Server's, which SQLite accepts and PostgreSQL does not.
    static const QRegularExpression bracket(QStringLiteral(R"(create\s+table\s+\[|,\s*\[\w[^\]]*\]\s+\w)"));
    if (bracket.match(head).hasMatch())
        lite += 2;
    return pg > lite ? Dialect::PostgreSql : Dialect::Sqlite;
}

QString redactedUrl(const QString &url)
{
    if (url.contains(QLatin1String("://"))) {
        QUrl u(url);
        if (u.isValid()) {
            u.setPassword(QString());
            QString s = u.toString(QUrl::RemovePassword);
            // A password may also ride in the query string.
            static const QRegularExpression q(QStringLiteral("([?&]password=)[^&]*"));
            s.replace(q, QStringLiteral("\\1***"));
            return s;
        }
    }
    static const QRegularExpression kw(QStringLiteral(R"((password\s*=\s*)('[^']*'|\S+))"));
    QString s = url;
    s.replace(kw, QStringLiteral("\\1***"));
    return s;
}

namespace {

bool isPostgresUrl(const QString &source)
{
    return source.startsWith(QLatin1String("postgresql://"))
           || source.startsWith(QLatin1String("postgres://"))
           || (source.contains(QLatin1String("dbname=")) && !QFileInfo::exists(source));
}

} // namespace

Result importSource(const QString &source, const Options &options)
{
    Result result;
    std::optional<Catalog> catalog;
    QString label;
    if (isPostgresUrl(source)) {
        label = redactedUrl(source);
        catalog = readPostgresDatabase(source, options.schemas, &result.error);
    } else {
        QFile file(source);
        const QFileInfo info(source);
        label = info.fileName();
        if (!info.exists()) {
            result.error = source + QLatin1String(": no such file");
            return result;
        }
        if (info.isDir()) {
            result.error = source + QLatin1String(": is a folder, not a database or SQL script");
            return result;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = source + QLatin1String(": cannot read: ") + file.errorString();
            return result;
        }
        const QByteArray magic = file.peek(16);
        if (magic.startsWith(QByteArrayLiteral("SQLite format 3"))) {
            file.close();
            catalog = readSqliteDatabase(source, &result.error);
        } else {
            const QByteArray script = file.readAll();
            file.close();
            // A binary file is neither a script nor a database.
            if (script.left(4096).contains('\0')) {
                result.error = source + QLatin1String(": is neither a SQLite database nor a SQL "
                                                      "script");
                return result;
            }
            auto read = [&](Dialect d, QString *error) {
                return d == Dialect::Sqlite
                           ? readSqliteScript(script, label, error)
                           : readPostgresScript(script, label, options.schemas, error);
            };
            if (options.dialect) {
                catalog = read(*options.dialect, &result.error);
            } else {
                // A guess: when the script does not read as the guessed dialect, try the other
                // one before reporting the first error.
                const Dialect guess = guessScriptDialect(script);
                catalog = read(guess, &result.error);
                if (!catalog) {
                    QString second;
                    const Dialect other = guess == Dialect::Sqlite ? Dialect::PostgreSql
                                                                   : Dialect::Sqlite;
                    catalog = read(other, &second);
                    if (catalog)
                        result.error.clear();
                    else
                        result.error += QStringLiteral(" (read as %1; as %2: %3; --dialect "
                                                       "chooses)")
                                            .arg(dialectName(guess), dialectName(other), second);
                }
            }
        }
    }
    if (!catalog)
        return result;
    result.schema = buildSchema(std::move(*catalog), label);
    if (result.schema.tables.empty() && result.error.isEmpty()) {
        result.error = label + QLatin1String(": nothing to import: no table could be imported");
        const ImportReport &r = *result.schema.importReport;
        if (!r.notes.empty())
            result.error += QStringLiteral(" (%1 objects were left out, e.g. %2 %3: %4)")
                                .arg(r.notes.size())
                                .arg(r.notes.front().kind, r.notes.front().object,
                                     r.notes.front().detail);
        result.schema = Schema();
    }
    return result;
}

} // namespace Core::Import
