// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "naming.h"

#include <cmath>

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <utility>

namespace Core {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, n] : table) {
        if (e == value)
            return QString::fromLatin1(n);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TypeKind, const char *>, 18> kTypeKinds = {{
    {TypeKind::Integer, "integer"},
    {TypeKind::BigInteger, "bigInteger"},
    {TypeKind::SmallInteger, "smallInteger"},
    {TypeKind::String, "string"},
    {TypeKind::Text, "text"},
    {TypeKind::Boolean, "boolean"},
    {TypeKind::Float, "float"},
    {TypeKind::Numeric, "numeric"},
    {TypeKind::Date, "date"},
    {TypeKind::Time, "time"},
    {TypeKind::DateTime, "dateTime"},
    {TypeKind::Interval, "interval"},
    {TypeKind::Uuid, "uuid"},
    {TypeKind::Json, "json"},
    {TypeKind::Jsonb, "jsonb"},
    {TypeKind::LargeBinary, "largeBinary"},
    {TypeKind::Enum, "enum"},
    {TypeKind::Dialect, "dialect"},
}};

constexpr std::array<std::pair<DefaultFactory, const char *>, 5> kFactories = {{
    {DefaultFactory::None, ""},
    {DefaultFactory::NowUtc, "nowUtc"},
    {DefaultFactory::Uuid4, "uuid4"},
    {DefaultFactory::EmptyList, "emptyList"},
    {DefaultFactory::EmptyDict, "emptyDict"},
}};

constexpr std::array<std::pair<RelationshipKind, const char *>, 3> kRelKinds = {{
    {RelationshipKind::OneToMany, "oneToMany"},
    {RelationshipKind::OneToOne, "oneToOne"},
    {RelationshipKind::ManyToMany, "manyToMany"},
}};

template<typename Vec, typename Id>
auto findById(Vec &vec, const Id &id) -> decltype(&vec.front())
{
    for (auto &item : vec) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QString typeKindName(TypeKind kind) { return nameOf(kTypeKinds, kind); }
std::optional<TypeKind> typeKindFromName(const QString &name) { return valueOf(kTypeKinds, name); }
QString defaultFactoryName(DefaultFactory f) { return nameOf(kFactories, f); }
std::optional<DefaultFactory> defaultFactoryFromName(const QString &name)
{
    return valueOf(kFactories, name);
}
QString relationshipKindName(RelationshipKind kind) { return nameOf(kRelKinds, kind); }
std::optional<RelationshipKind> relationshipKindFromName(const QString &name)
{
    return valueOf(kRelKinds, name);
}

const Column *Table::column(const QString &columnId) const { return findById(columns, columnId); }
Column *Table::column(const QString &columnId) { return findById(columns, columnId); }
const Column *Table::columnByName(const QString &n) const
{
    for (const Column &c : columns) {
        if (c.name == n)
            return &c;
    }
    return nullptr;
}
const ForeignKey *Table::foreignKey(const QString &fkId) const { return findById(foreignKeys, fkId); }
std::vector<const Column *> Table::primaryKey() const
{
    std::vector<const Column *> pk;
    for (const QString &columnId : primaryKeyOrder) {
        const Column *c = column(columnId);
        if (c && c->primaryKey && std::find(pk.begin(), pk.end(), c) == pk.end())
            pk.push_back(c);
    }
    for (const Column &c : columns) {
        if (c.primaryKey && std::find(pk.begin(), pk.end(), &c) == pk.end())
            pk.push_back(&c);
    }
    return pk;
}

bool ColumnConstraints::isEmpty() const
{
    return !gt && !ge && !lt && !le && !multipleOf && !minLength && !maxLength && pattern.isEmpty()
           && allowedValues.isEmpty() && format.isEmpty();
}

QStringList constraintFormats()
{
    return {QStringLiteral("email"), QStringLiteral("url"), QStringLiteral("uuid"),
            QStringLiteral("slug")};
}

namespace {

QString sqlNumber(double v)
{
    if (v == double(qint64(v)) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

QString sqlIdentifier(const QString &name)
{
    QString q = name;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

bool isNumberKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger
           || k == TypeKind::Float || k == TypeKind::Numeric;
}

} // namespace

std::vector<CheckConstraint> Table::effectiveChecks() const
{
    std::vector<CheckConstraint> out = checks;
    for (const Column &c : columns) {
        const ColumnConstraints &k = c.constraints;
        const QString col = sqlIdentifier(c.name);
        const QString stem = isIdentifier(c.name) ? c.name : safeAttributeName(c.name);
        if (k.checkBounds) {
            QStringList parts;
            if (k.gt)
                parts << col + QLatin1String(" > ") + sqlNumber(*k.gt);
            if (k.ge)
                parts << col + QLatin1String(" >= ") + sqlNumber(*k.ge);
            if (k.lt)
                parts << col + QLatin1String(" < ") + sqlNumber(*k.lt);
            if (k.le)
                parts << col + QLatin1String(" <= ") + sqlNumber(*k.le);
            if (!parts.isEmpty())
                out.push_back({c.id + QLatin1String("#range"), stem + QLatin1String("_range"),
                               parts.join(QLatin1String(" AND "))});
        }
        if (k.checkLength) {
            QStringList parts;
            const QString len = QLatin1String("length(") + col + u')';
            if (k.minLength)
                parts << len + QLatin1String(" >= ") + QString::number(*k.minLength);
            if (k.maxLength)
                parts << len + QLatin1String(" <= ") + QString::number(*k.maxLength);
            if (!parts.isEmpty())
                out.push_back({c.id + QLatin1String("#length"), stem + QLatin1String("_length"),
                               parts.join(QLatin1String(" AND "))});
        }
        if (k.checkValues && !k.allowedValues.isEmpty()) {
            bool numeric = isNumberKind(c.type.kind);
            for (const QString &v : k.allowedValues) {
                bool ok = false;
                v.toDouble(&ok);
                numeric = numeric && ok;
            }
            QStringList values;
            for (const QString &v : k.allowedValues) {
                QString lit = v;
                if (!numeric) {
                    lit.replace(u'\'', QLatin1String("''"));
                    lit = u'\'' + lit + u'\'';
                }
                values << lit;
            }
            out.push_back({c.id + QLatin1String("#values"), stem + QLatin1String("_values"),
                           col + QLatin1String(" IN (") + values.join(QLatin1String(", ")) + u')'});
        }
    }
    return out;
}

namespace {

// Looking tables up by id is the inner loop of the diff, the migrations and the generators; a
// linear search made them quadratic. Each thread keeps an index for the few schemas it looked
// at last. An entry is trusted only while the vector is the same (address, size, first and
// last id), and a hit is checked against the id, so a stale entry can cost a rebuild but never
// give a wrong table.
struct TableIndex
{
    const void *schema = nullptr;
    const Table *data = nullptr;
    std::size_t size = 0;
    QString first;
    QString last;
    QHash<QString, std::size_t> index;
};

constexpr std::size_t LinearLimit = 16; // small designs: a scan is faster than hashing

std::size_t indexedTable(const std::vector<Table> &tables, const void *owner, const QString &id)
{
    thread_local std::array<TableIndex, 4> cache;
    thread_local std::size_t next = 0;
    const auto valid = [&](const TableIndex &e) {
        return e.schema == owner && e.data == tables.data() && e.size == tables.size()
               && e.first == tables.front().id && e.last == tables.back().id;
    };
    TableIndex *entry = nullptr;
    for (TableIndex &e : cache) {
        if (valid(e)) {
            entry = &e;
            break;
        }
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!entry) {
            entry = &cache[next];
            next = (next + 1) % cache.size();
            entry->schema = owner;
            entry->data = tables.data();
            entry->size = tables.size();
            entry->first = tables.front().id;
            entry->last = tables.back().id;
            entry->index.clear();
            entry->index.reserve(qsizetype(tables.size()));
            for (std::size_t i = 0; i < tables.size(); ++i)
                entry->index.insert(tables[i].id, i);
            attempt = 1; // a fresh index is the last word
        }
        const auto it = entry->index.constFind(id);
        if (it == entry->index.constEnd())
            return tables.size(); // not there
        if (*it < tables.size() && tables[*it].id == id)
            return *it;
        entry = nullptr; // stale: rebuild once
    }
    return tables.size();
}

} // namespace

const Table *Schema::table(const QString &tableId) const
{
    if (tables.size() <= LinearLimit)
        return findById(tables, tableId);
    const std::size_t i = indexedTable(tables, this, tableId);
    return i < tables.size() ? &tables[i] : nullptr;
}

Table *Schema::table(const QString &tableId)
{
    if (tables.size() <= LinearLimit)
        return findById(tables, tableId);
    const std::size_t i = indexedTable(tables, this, tableId);
    return i < tables.size() ? &tables[i] : nullptr;
}
const Table *Schema::tableByName(const QString &n, const QString &s) const
{
    for (const Table &t : tables) {
        if (t.name == n && t.schema == s)
            return &t;
    }
    return nullptr;
}
const EnumType *Schema::enumType(const QString &enumId) const { return findById(enums, enumId); }
const Relationship *Schema::relationship(const QString &relId) const
{
    return findById(relationships, relId);
}
const Table *Schema::tableOfForeignKey(const QString &fkId) const
{
    for (const Table &t : tables) {
        if (t.foreignKey(fkId))
            return &t;
    }
    return nullptr;
}

QString newId(const QString &prefix)
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString id = prefix + u'_';
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 10; ++i)
        id += QChar::fromLatin1(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

} // namespace Core
