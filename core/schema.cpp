// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "naming.h"

#include <cmath>

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

const Table *Schema::table(const QString &tableId) const { return findById(tables, tableId); }
Table *Schema::table(const QString &tableId) { return findById(tables, tableId); }
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
