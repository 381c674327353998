// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "validate.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <string>

namespace Core {

namespace {

// ordered_json keeps keys in insertion order, which is the documented order when writing and
// the document order when reading (so that the first unknown key reported is the first one in
// the file).
using Json = nlohmann::ordered_json;

constexpr char kFormat[] = "sqlmodel-studio-project";
// A design with tens of thousands of columns is a few MiB; anything far beyond that is not a
// project file and would only make the parser allocate.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Writing

std::string utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

Json stringArray(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &s : list)
        array.push_back(utf8(s));
    return array;
}

// Whole coordinates are written as integers so that a hand-edited `"x": 40` stays `40`.
Json coordinate(double v)
{
    if (!std::isfinite(v))
        return 0;
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (v == std::floor(v) && std::fabs(v) < kMaxExact)
        return qint64(v);
    return v;
}

void putString(Json &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = utf8(value);
}

void putBool(Json &object, const char *key, bool value, bool defaultValue = false)
{
    if (value != defaultValue)
        object[key] = value;
}

void putInt(Json &object, const char *key, int value)
{
    if (value != 0)
        object[key] = value;
}

template<typename T, typename F>
void putObjects(Json &object, const char *key, const std::vector<T> &items, F &&write)
{
    if (items.empty())
        return;
    Json array = Json::array();
    for (const T &item : items)
        array.push_back(write(item));
    object[key] = std::move(array);
}

Json writeEnum(const EnumType &e)
{
    Json o = Json::object();
    o["id"] = utf8(e.id);
    o["name"] = utf8(e.name);
    putString(o, "sqlName", e.sqlName);
    putString(o, "schema", e.schema);
    o["values"] = stringArray(e.values);
    return o;
}

Json writeType(const ColumnType &t)
{
    Json o = Json::object();
    o["kind"] = utf8(typeKindName(t.kind));
    putInt(o, "length", t.length);
    putInt(o, "precision", t.precision);
    putInt(o, "scale", t.scale);
    putBool(o, "timezone", t.timezone);
    putString(o, "enum", t.enumId);
    putString(o, "sql", t.sql);
    putBool(o, "array", t.array);
    return o;
}

Json writeDefault(const DefaultValue &value)
{
    return std::visit(
        [](const auto &v) -> Json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, NoDefault>)
                return nullptr;
            else if constexpr (std::is_same_v<T, QString>)
                return utf8(v);
            else if constexpr (std::is_same_v<T, double>)
                return std::isfinite(v) ? Json(v) : Json(nullptr);
            else
                return v;
        },
        value);
}

Json writeConstraints(const ColumnConstraints &k)
{
    Json o = Json::object();
    auto number = [&](const char *key, const std::optional<double> &v) {
        if (!v)
            return;
        if (*v == double(qint64(*v)) && std::abs(*v) < 1e15)
            o[key] = qint64(*v);
        else
            o[key] = *v;
    };
    number("gt", k.gt);
    number("ge", k.ge);
    number("lt", k.lt);
    number("le", k.le);
    number("multipleOf", k.multipleOf);
    if (k.minLength)
        o["minLength"] = *k.minLength;
    if (k.maxLength)
        o["maxLength"] = *k.maxLength;
    putString(o, "pattern", k.pattern);
    if (!k.allowedValues.isEmpty())
        o["allowedValues"] = stringArray(k.allowedValues);
    putString(o, "format", k.format);
    putBool(o, "checkBounds", k.checkBounds);
    putBool(o, "checkLength", k.checkLength);
    putBool(o, "checkValues", k.checkValues);
    return o;
}

Json writeValidator(const Validator &v)
{
    Json o = Json::object();
    o["id"] = utf8(v.id);
    o["name"] = utf8(v.name);
    putBool(o, "model", v.model);
    if (!v.columns.isEmpty())
        o["columns"] = stringArray(v.columns);
    putString(o, "mode", v.mode);
    o["body"] = utf8(v.body);
    return o;
}

Json writeColumn(const Column &c)
{
    Json o = Json::object();
    o["id"] = utf8(c.id);
    o["name"] = utf8(c.name);
    putString(o, "attribute", c.attribute);
    o["type"] = writeType(c.type);
    putBool(o, "nullable", c.nullable, true);
    putBool(o, "primaryKey", c.primaryKey);
    putBool(o, "autoincrement", c.autoincrement);
    if (!std::holds_alternative<NoDefault>(c.defaultValue))
        o["default"] = writeDefault(c.defaultValue);
    if (c.defaultFactory != DefaultFactory::None)
        o["defaultFactory"] = utf8(defaultFactoryName(c.defaultFactory));
    putString(o, "serverDefault", c.serverDefault);
    putBool(o, "unique", c.unique);
    putBool(o, "index", c.index);
    putString(o, "comment", c.comment);
    if (!c.constraints.isEmpty())
        o["constraints"] = writeConstraints(c.constraints);
    return o;
}

Json writeForeignKey(const ForeignKey &fk)
{
    Json o = Json::object();
    o["id"] = utf8(fk.id);
    putString(o, "name", fk.name);
    o["columns"] = stringArray(fk.columns);
    o["refTable"] = utf8(fk.refTable);
    o["refColumns"] = stringArray(fk.refColumns);
    putString(o, "onDelete", fk.onDelete);
    putString(o, "onUpdate", fk.onUpdate);
    return o;
}

Json writeImportReport(const ImportReport &r)
{
    Json o = Json::object();
    putString(o, "source", r.source);
    putString(o, "dialect", r.dialect);
    putObjects(o, "notes", r.notes, [](const ImportNote &n) {
        Json note = Json::object();
        note["kind"] = utf8(n.kind);
        putString(note, "object", n.object);
        putString(note, "detail", n.detail);
        return note;
    });
    return o;
}

Json writeIndex(const Index &index)
{
    Json o = Json::object();
    o["id"] = utf8(index.id);
    putString(o, "name", index.name);
    o["columns"] = stringArray(index.columns);
    putBool(o, "unique", index.unique);
    putString(o, "where", index.where);
    return o;
}

Json writeUnique(const UniqueConstraint &u)
{
    Json o = Json::object();
    o["id"] = utf8(u.id);
    putString(o, "name", u.name);
    o["columns"] = stringArray(u.columns);
    return o;
}

Json writeCheck(const CheckConstraint &c)
{
    Json o = Json::object();
    o["id"] = utf8(c.id);
    o["name"] = utf8(c.name);
    o["expression"] = utf8(c.expression);
    return o;
}

Json writeTable(const Table &t)
{
    Json o = Json::object();
    o["id"] = utf8(t.id);
    o["name"] = utf8(t.name);
    putString(o, "className", t.className);
    putString(o, "schema", t.schema);
    putString(o, "comment", t.comment);
    if (t.position) {
        Json p = Json::object();
        p["x"] = coordinate(t.position->x());
        p["y"] = coordinate(t.position->y());
        o["position"] = std::move(p);
    }
    putObjects(o, "columns", t.columns, writeColumn);
    if (!t.primaryKeyOrder.isEmpty())
        o["primaryKey"] = stringArray(t.primaryKeyOrder);
    putObjects(o, "foreignKeys", t.foreignKeys, writeForeignKey);
    putObjects(o, "indexes", t.indexes, writeIndex);
    putObjects(o, "uniques", t.uniques, writeUnique);
    putObjects(o, "checks", t.checks, writeCheck);
    putObjects(o, "validators", t.validators, writeValidator);
    return o;
}

Json writeRelationship(const Relationship &r)
{
    Json o = Json::object();
    o["id"] = utf8(r.id);
    o["kind"] = utf8(relationshipKindName(r.kind));
    o["foreignKey"] = utf8(r.foreignKey);
    putString(o, "secondForeignKey", r.secondForeignKey);
    putString(o, "parentAttribute", r.parentAttribute);
    putString(o, "childAttribute", r.childAttribute);
    putBool(o, "cascadeDelete", r.cascadeDelete);
    putString(o, "passiveDeletes", r.passiveDeletes);
    putString(o, "lazy", r.lazy);
    putBool(o, "viewOnly", r.viewOnly);
    return o;
}

Json writeMigrations(const MigrationCheckpoint &m)
{
    Json o = Json::object();
    o["head"] = utf8(m.head);
    putObjects(o, "revisions", m.revisions, [](const MigrationRevision &r) {
        Json rev = Json::object();
        rev["id"] = utf8(r.id);
        rev["message"] = utf8(r.message);
        return rev;
    });
    Json snapshot = Json::object();
    putObjects(snapshot, "enums", m.enums, writeEnum);
    putObjects(snapshot, "tables", m.tables, writeTable);
    putObjects(snapshot, "relationships", m.relationships, writeRelationship);
    o["snapshot"] = std::move(snapshot);
    return o;
}

// ---------------------------------------------------------------------------------------------
// Reading

// Thrown inside the reader and turned into a LoadError by parseProject().
struct Failure
{
    QString where;
    QString message;
};

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quoted(const QString &s) { return u'"' + s + u'"'; }

QString typeDescription(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::null: return QStringLiteral("null");
    case Json::value_t::object: return QStringLiteral("object");
    case Json::value_t::array: return QStringLiteral("array");
    case Json::value_t::string: return QStringLiteral("string");
    case Json::value_t::boolean: return QStringLiteral("boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return QStringLiteral("number");
    default: return QString::fromLatin1(j.type_name());
    }
}

[[noreturn]] void wrongType(const Json &j, const QString &path, const char *expected)
{
    QString got = typeDescription(j);
    if (j.is_number_float() && QLatin1String(expected) == QLatin1String("an integer"))
        got = QLatin1String("number ") + fromUtf8(j.dump());
    throw Failure{path, QLatin1String("expected ") + QLatin1String(expected)
                            + QLatin1String(", got ") + got};
}

QString readString(const Json &j, const QString &path)
{
    if (!j.is_string())
        wrongType(j, path, "a string");
    return fromUtf8(j.get_ref<const std::string &>());
}

bool readBool(const Json &j, const QString &path)
{
    if (!j.is_boolean())
        wrongType(j, path, "a boolean");
    return j.get<bool>();
}

qint64 readInteger(const Json &j, const QString &path)
{
    if (j.is_number_unsigned()) {
        const auto v = j.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            throw Failure{path, QStringLiteral("integer %1 is too large").arg(v)};
        return qint64(v);
    }
    if (!j.is_number_integer())
        wrongType(j, path, "an integer");
    return j.get<qint64>();
}

// A size such as a length or a precision: an int, and never negative.
int readSize(const Json &j, const QString &path, const char *what)
{
    const qint64 v = readInteger(j, path);
    if (v < 0)
        throw Failure{path, QStringLiteral("%1 must not be negative, got %2")
                                .arg(QLatin1String(what))
                                .arg(v)};
    if (v > std::numeric_limits<int>::max())
        throw Failure{path, QStringLiteral("%1 %2 is too large").arg(QLatin1String(what)).arg(v)};
    return int(v);
}

double readNumber(const Json &j, const QString &path)
{
    if (!j.is_number())
        wrongType(j, path, "a number");
    return j.get<double>();
}

// An object whose keys are checked against a fixed list on construction.
class ObjectReader
{
public:
    ObjectReader(const Json &j, const QString &path, std::initializer_list<const char *> keys)
        : m_json(j)
        , m_path(path)
    {
        if (!j.is_object())
            wrongType(j, path, "an object");
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (const char *k : keys) {
                if (it.key() == k) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                QStringList expected;
                for (const char *k : keys)
                    expected << QLatin1String(k);
                throw Failure{path, QLatin1String("unknown key ") + quoted(fromUtf8(it.key()))
                                        + QLatin1String(" (expected one of: ")
                                        + expected.join(QLatin1String(", ")) + u')'};
            }
        }
    }

    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const { return m_path + u'.' + QLatin1String(key); }
    bool has(const char *key) const { return m_json.contains(key); }

    const Json &value(const char *key) const
    {
        if (!m_json.contains(key))
            throw Failure{m_path,
                          QLatin1String("missing required key ") + quoted(QLatin1String(key))};
        return m_json.at(key);
    }

    QString string(const char *key) const { return readString(value(key), pathOf(key)); }
    QString optionalString(const char *key) const { return has(key) ? string(key) : QString(); }
    bool optionalBool(const char *key, bool defaultValue = false) const
    {
        return has(key) ? readBool(value(key), pathOf(key)) : defaultValue;
    }
    int optionalSize(const char *key) const
    {
        return has(key) ? readSize(value(key), pathOf(key), key) : 0;
    }

    QStringList strings(const char *key) const
    {
        const Json &array = value(key);
        const QString p = pathOf(key);
        if (!array.is_array())
            wrongType(array, p, "an array");
        QStringList out;
        for (std::size_t i = 0; i < array.size(); ++i)
            out << readString(array[i], p + QStringLiteral("[%1]").arg(i));
        return out;
    }
    QStringList optionalStrings(const char *key) const
    {
        return has(key) ? strings(key) : QStringList();
    }

    // Reads an optional array of objects, calling read(json, path) for each element.
    template<typename T, typename F>
    std::vector<T> objects(const char *key, F &&read) const
    {
        std::vector<T> out;
        if (!has(key))
            return out;
        const Json &array = value(key);
        const QString p = pathOf(key);
        if (!array.is_array())
            wrongType(array, p, "an array");
        out.reserve(array.size());
        for (std::size_t i = 0; i < array.size(); ++i)
            out.push_back(read(array[i], p + QStringLiteral("[%1]").arg(i)));
        return out;
    }

private:
    const Json &m_json;
    QString m_path;
};

EnumType readEnum(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"id", "name", "sqlName", "schema", "values"});
    EnumType e;
    e.id = o.string("id");
    e.name = o.string("name");
    e.sqlName = o.optionalString("sqlName");
    e.schema = o.optionalString("schema");
    e.values = o.strings("values");
    return e;
}

ColumnType readType(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"kind", "length", "precision", "scale", "timezone", "enum", "sql",
                          "array"});
    ColumnType t;
    const QString kind = o.string("kind");
    const std::optional<TypeKind> k = typeKindFromName(kind);
    if (!k) {
        throw Failure{o.pathOf("kind"),
                      QLatin1String("unknown type kind ") + quoted(kind)
                          + QLatin1String(" (expected one of: integer, bigInteger, smallInteger, "
                                          "string, text, boolean, float, numeric, date, time, "
                                          "dateTime, interval, uuid, json, jsonb, largeBinary, "
                                          "enum, dialect)")};
    }
    t.kind = *k;
    t.length = o.optionalSize("length");
    t.precision = o.optionalSize("precision");
    t.scale = o.optionalSize("scale");
    t.timezone = o.optionalBool("timezone");
    t.enumId = o.optionalString("enum");
    t.sql = o.optionalString("sql");
    t.array = o.optionalBool("array");
    return t;
}

DefaultValue readDefault(const Json &j, const QString &path)
{
    switch (j.type()) {
    case Json::value_t::boolean: return j.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return readInteger(j, path);
    case Json::value_t::number_float: return j.get<double>();
    case Json::value_t::string: return readString(j, path);
    default:
        throw Failure{path, QLatin1String("expected a string, number or boolean, got ")
                                + typeDescription(j)};
    }
}

ColumnConstraints readConstraints(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"gt", "ge", "lt", "le", "multipleOf", "minLength", "maxLength",
                          "pattern", "allowedValues", "format", "checkBounds", "checkLength",
                          "checkValues"});
    ColumnConstraints k;
    auto number = [&](const char *key) -> std::optional<double> {
        if (!o.has(key))
            return std::nullopt;
        return readNumber(o.value(key), o.pathOf(key));
    };
    k.gt = number("gt");
    k.ge = number("ge");
    k.lt = number("lt");
    k.le = number("le");
    k.multipleOf = number("multipleOf");
    if (o.has("minLength"))
        k.minLength = readSize(o.value("minLength"), o.pathOf("minLength"), "minLength");
    if (o.has("maxLength"))
        k.maxLength = readSize(o.value("maxLength"), o.pathOf("maxLength"), "maxLength");
    k.pattern = o.optionalString("pattern");
    k.allowedValues = o.optionalStrings("allowedValues");
    k.format = o.optionalString("format");
    if (!k.format.isEmpty() && !constraintFormats().contains(k.format)) {
        throw Failure{o.pathOf("format"),
                      QLatin1String("unknown format ") + quoted(k.format)
                          + QLatin1String(" (expected one of: ")
                          + constraintFormats().join(QLatin1String(", ")) + u')'};
    }
    k.checkBounds = o.optionalBool("checkBounds");
    k.checkLength = o.optionalBool("checkLength");
    k.checkValues = o.optionalBool("checkValues");
    return k;
}

Validator readValidator(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"id", "name", "model", "columns", "mode", "body"});
    Validator v;
    v.id = o.string("id");
    v.name = o.string("name");
    v.model = o.optionalBool("model");
    v.columns = o.optionalStrings("columns");
    v.mode = o.optionalString("mode");
    v.body = o.string("body");
    return v;
}

Column readColumn(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"id", "name", "attribute", "type", "nullable", "primaryKey",
                          "autoincrement", "default", "defaultFactory", "serverDefault", "unique",
                          "index", "comment", "constraints"});
    Column c;
    c.id = o.string("id");
    c.name = o.string("name");
    c.attribute = o.optionalString("attribute");
    c.type = readType(o.value("type"), o.pathOf("type"));
    c.nullable = o.optionalBool("nullable", true);
    c.primaryKey = o.optionalBool("primaryKey");
    c.autoincrement = o.optionalBool("autoincrement");
    if (o.has("default"))
        c.defaultValue = readDefault(o.value("default"), o.pathOf("default"));
    if (o.has("defaultFactory")) {
        const QString name = o.string("defaultFactory");
        const std::optional<DefaultFactory> f = defaultFactoryFromName(name);
        if (!f) {
            throw Failure{o.pathOf("defaultFactory"),
                          QLatin1String("unknown default factory ") + quoted(name)
                              + QLatin1String(" (expected one of: nowUtc, uuid4, emptyList, "
                                              "emptyDict)")};
        }
        c.defaultFactory = *f;
    }
    c.serverDefault = o.optionalString("serverDefault");
    c.unique = o.optionalBool("unique");
    c.index = o.optionalBool("index");
    c.comment = o.optionalString("comment");
    if (o.has("constraints"))
        c.constraints = readConstraints(o.value("constraints"), o.pathOf("constraints"));
    return c;
}

ForeignKey readForeignKey(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"id", "name", "columns", "refTable", "refColumns", "onDelete",
                          "onUpdate"});
    ForeignKey fk;
    fk.id = o.string("id");
    fk.name = o.optionalString("name");
    fk.columns = o.strings("columns");
    fk.refTable = o.string("refTable");
    fk.refColumns = o.strings("refColumns");
    fk.onDelete = o.optionalString("onDelete");
    fk.onUpdate = o.optionalString("onUpdate");
    return fk;
}

Index readIndex(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"id", "name", "columns", "unique", "where"});
    Index index;
    index.id = o.string("id");
    index.name = o.optionalString("name");
    index.columns = o.strings("columns");
    index.unique = o.optionalBool("unique");
    index.where = o.optionalString("where");
    return index;
}

UniqueConstraint readUnique(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"id", "name", "columns"});
    UniqueConstraint u;
    u.id = o.string("id");
    u.name = o.optionalString("name");
    u.columns = o.strings("columns");
    return u;
}

CheckConstraint readCheck(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"id", "name", "expression"});
    CheckConstraint c;
    c.id = o.string("id");
    c.name = o.string("name");
    c.expression = o.string("expression");
    return c;
}

Table readTable(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"id", "name", "className", "schema", "comment", "position", "columns",
                          "primaryKey", "foreignKeys", "indexes", "uniques", "checks",
                          "validators"});
    Table t;
    t.id = o.string("id");
    t.name = o.string("name");
    t.className = o.optionalString("className");
    t.schema = o.optionalString("schema");
    t.comment = o.optionalString("comment");
    if (o.has("position")) {
        const ObjectReader p(o.value("position"), o.pathOf("position"), {"x", "y"});
        t.position = QPointF(readNumber(p.value("x"), p.pathOf("x")),
                             readNumber(p.value("y"), p.pathOf("y")));
    }
    t.columns = o.objects<Column>("columns", readColumn);
    t.primaryKeyOrder = o.optionalStrings("primaryKey");
    t.foreignKeys = o.objects<ForeignKey>("foreignKeys", readForeignKey);
    t.indexes = o.objects<Index>("indexes", readIndex);
    t.uniques = o.objects<UniqueConstraint>("uniques", readUnique);
    t.checks = o.objects<CheckConstraint>("checks", readCheck);
    t.validators = o.objects<Validator>("validators", readValidator);
    return t;
}

Relationship readRelationship(const Json &j, const QString &path)
{
    const ObjectReader o(j, path,
                         {"id", "kind", "foreignKey", "secondForeignKey", "parentAttribute",
                          "childAttribute", "cascadeDelete", "passiveDeletes", "lazy", "viewOnly"});
    Relationship r;
    r.id = o.string("id");
    const QString kind = o.string("kind");
    const std::optional<RelationshipKind> k = relationshipKindFromName(kind);
    if (!k) {
        throw Failure{o.pathOf("kind"),
                      QLatin1String("unknown relationship kind ") + quoted(kind)
                          + QLatin1String(" (expected one of: oneToMany, oneToOne, manyToMany)")};
    }
    r.kind = *k;
    r.foreignKey = o.string("foreignKey");
    r.secondForeignKey = o.optionalString("secondForeignKey");
    r.parentAttribute = o.optionalString("parentAttribute");
    r.childAttribute = o.optionalString("childAttribute");
    r.cascadeDelete = o.optionalBool("cascadeDelete");
    r.passiveDeletes = o.optionalString("passiveDeletes");
    r.lazy = o.optionalString("lazy");
    r.viewOnly = o.optionalBool("viewOnly");
    return r;
}

MigrationCheckpoint readMigrations(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"head", "revisions", "snapshot"});
    MigrationCheckpoint m;
    m.head = o.string("head");
    m.revisions = o.objects<MigrationRevision>("revisions", [](const Json &r, const QString &p) {
        const ObjectReader rev(r, p, {"id", "message"});
        return MigrationRevision{rev.string("id"), rev.string("message")};
    });
    const ObjectReader snap(o.value("snapshot"), o.pathOf("snapshot"),
                            {"enums", "tables", "relationships"});
    m.enums = snap.objects<EnumType>("enums", readEnum);
    m.tables = snap.objects<Table>("tables", readTable);
    m.relationships = snap.objects<Relationship>("relationships", readRelationship);
    return m;
}

ImportReport readImportReport(const Json &j, const QString &path)
{
    const ObjectReader o(j, path, {"source", "dialect", "notes"});
    ImportReport r;
    r.source = o.optionalString("source");
    r.dialect = o.optionalString("dialect");
    r.notes = o.objects<ImportNote>("notes", [](const Json &n, const QString &p) {
        const ObjectReader note(n, p, {"kind", "object", "detail"});
        return ImportNote{note.string("kind"), note.optionalString("object"),
                          note.optionalString("detail")};
    });
    return r;
}

Schema readSchema(const Json &root)
{
    if (!root.is_object())
        wrongType(root, QStringLiteral("$"), "an object");
    // Format and version first: a file from a newer version may well have keys this one does
    // not know, and "newer version" is the message that helps.
    if (!root.contains("format")) {
        throw Failure{QStringLiteral("$"),
                      QLatin1String("missing required key \"format\"; this is not a SQLModel "
                                    "Studio project")};
    }
    const QString format = readString(root.at("format"), QStringLiteral("$.format"));
    if (format != QLatin1String(kFormat)) {
        throw Failure{QStringLiteral("$.format"),
                      QLatin1String("unknown format ") + quoted(format)
                          + QLatin1String(", expected ") + quoted(QLatin1String(kFormat))};
    }
    if (!root.contains("version"))
        throw Failure{QStringLiteral("$"), QStringLiteral("missing required key \"version\"")};
    const qint64 version = readInteger(root.at("version"), QStringLiteral("$.version"));
    if (version > ProjectFormatVersion) {
        throw Failure{QStringLiteral("$.version"),
                      QStringLiteral("was written by a newer SQLModel Studio (format version %1); "
                                     "this version reads up to %2")
                          .arg(version)
                          .arg(ProjectFormatVersion)};
    }
    if (version < 1) {
        throw Failure{QStringLiteral("$.version"),
                      QStringLiteral("invalid format version %1").arg(version)};
    }

    const ObjectReader o(root, QStringLiteral("$"),
                         {"format", "version", "name", "enums", "tables", "relationships",
                          "migrations", "lintSuppressions", "importReport"});
    Schema s;
    s.name = o.optionalString("name");
    s.enums = o.objects<EnumType>("enums", readEnum);
    s.tables = o.objects<Table>("tables", readTable);
    s.relationships = o.objects<Relationship>("relationships", readRelationship);
    if (o.has("migrations"))
        s.migrations = readMigrations(o.value("migrations"), o.pathOf("migrations"));
    s.suppressions = o.objects<LintSuppression>("lintSuppressions", [](const Json &j, const QString &p) {
        const ObjectReader x(j, p, {"rule", "object", "reason"});
        return LintSuppression{x.string("rule"), x.string("object"), x.optionalString("reason")};
    });
    if (o.has("importReport"))
        s.importReport = readImportReport(o.value("importReport"), o.pathOf("importReport"));
    return s;
}

// Refuses duplicate keys, which a plain parse would silently resolve to the last one, and absurd
// nesting, which no project file has and which would only make the parser allocate. The callback
// sees the document as a stream of events; a stack of frames keeps the JSON path.
class StructureChecker
{
public:
    static constexpr std::size_t MaxDepth = 256;

    bool operator()(int, Json::parse_event_t event, Json &parsed)
    {
        switch (event) {
        case Json::parse_event_t::object_start: push(false); break;
        case Json::parse_event_t::array_start: push(true); break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            if (!m_frames.empty())
                m_frames.pop_back();
            break;
        case Json::parse_event_t::key: {
            Frame &f = m_frames.back();
            const std::string &key = parsed.get_ref<const std::string &>();
            if (!f.keys.insert(key).second && !m_failure) {
                m_failure = Failure{path(),
                                    QLatin1String("duplicate key ") + quoted(fromUtf8(key))};
            }
            f.lastKey = key;
            break;
        }
        case Json::parse_event_t::value:
            if (!m_frames.empty() && m_frames.back().array)
                ++m_frames.back().nextIndex;
            break;
        }
        return true;
    }

    const std::optional<Failure> &failure() const { return m_failure; }

private:
    struct Frame
    {
        bool array = false;
        std::size_t nextIndex = 0;
        std::string lastKey;
        std::set<std::string> keys;
        QString segment; // this container's step from its parent: `.key` or `[index]`
    };

    // Built only when needed: keeping a full path per frame would cost O(depth²).
    QString path() const
    {
        QString p = QStringLiteral("$");
        for (const Frame &f : m_frames)
            p += f.segment;
        return p;
    }

    void push(bool array)
    {
        Frame f;
        f.array = array;
        if (!m_frames.empty()) {
            Frame &parent = m_frames.back();
            if (parent.array)
                f.segment = QStringLiteral("[%1]").arg(parent.nextIndex++);
            else
                f.segment = u'.' + fromUtf8(parent.lastKey);
        }
        m_frames.push_back(std::move(f));
        if (m_frames.size() > MaxDepth) {
            // Thrown through nlohmann's parser, which stops at once.
            throw Failure{path(), QStringLiteral("the JSON is nested more than %1 levels deep")
                                      .arg(MaxDepth)};
        }
    }

    std::vector<Frame> m_frames;
    std::optional<Failure> m_failure;
};

// "line L, column C" (both 1-based) of the byte at `offset` (0-based).
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const qsizetype lineStart = offset == 0 ? 0 : bytes.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype line = bytes.left(lineStart).count('\n') + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: " prefix,
// since the position is reported separately.
QString parseErrorMessage(const nlohmann::json::parse_error &e)
{
    QString message = QString::fromUtf8(e.what());
    const qsizetype column = message.indexOf(QLatin1String(", column "));
    const qsizetype colon = message.indexOf(QLatin1String(": "), column < 0 ? 0 : column);
    if (colon >= 0)
        message = message.mid(colon + 2);
    return QLatin1String("invalid JSON: ") + message;
}

} // namespace

QString LoadError::toString() const
{
    if (where.isEmpty())
        return file + QLatin1String(": ") + message;
    return file + QLatin1String(": ") + where + QLatin1String(": ") + message;
}

QByteArray serializeProject(const Schema &schema)
{
    Json root = Json::object();
    root["format"] = kFormat;
    root["version"] = ProjectFormatVersion;
    putString(root, "name", schema.name);
    putObjects(root, "enums", schema.enums, writeEnum);
    putObjects(root, "tables", schema.tables, writeTable);
    putObjects(root, "relationships", schema.relationships, writeRelationship);
    if (schema.migrations)
        root["migrations"] = writeMigrations(*schema.migrations);
    putObjects(root, "lintSuppressions", schema.suppressions, [](const LintSuppression &x) {
        Json o = Json::object();
        o["rule"] = utf8(x.rule);
        o["object"] = utf8(x.object);
        putString(o, "reason", x.reason);
        return o;
    });
    if (schema.importReport)
        root["importReport"] = writeImportReport(*schema.importReport);
    // Strings come from QString::toUtf8(), which never produces invalid UTF-8, but the replace
    // handler keeps dump() from throwing should that ever change.
    const std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace);
    QByteArray out(text.data(), qsizetype(text.size()));
    out += '\n';
    return out;
}

bool parseProject(const QByteArray &bytes, const QString &fileName, Schema *schema,
                  LoadError *error)
{
    const auto fail = [&](const QString &where, const QString &message) {
        if (error)
            *error = LoadError{fileName, where, message};
        return false;
    };

    const bool blank = std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
    if (blank)
        return fail(QString(), QStringLiteral("the file is empty"));

    Json root;
    StructureChecker structure;
    try {
        root = Json::parse(bytes.constData(), bytes.constData() + bytes.size(),
                           std::ref(structure));
    } catch (const Failure &f) {
        return fail(f.where, f.message);
    } catch (const nlohmann::json::parse_error &e) {
        // `byte` counts the characters read, so the offending one is at byte - 1; at the end of a
        // truncated file it points just past the last byte.
        return fail(lineAndColumn(bytes, qsizetype(e.byte) - 1), parseErrorMessage(e));
    } catch (const std::exception &e) {
        return fail(QString(), QLatin1String("invalid JSON: ") + QString::fromUtf8(e.what()));
    }
    if (structure.failure())
        return fail(structure.failure()->where, structure.failure()->message);

    Schema parsed;
    try {
        parsed = readSchema(root);
    } catch (const Failure &f) {
        return fail(f.where, f.message);
    } catch (const std::exception &e) {
        return fail(QString(), QString::fromUtf8(e.what()));
    }

    const std::vector<ValidationIssue> issues = validate(parsed);
    if (!issues.empty())
        return fail(issues.front().where, issues.front().message);
    if (parsed.migrations) {
        // The snapshot was a valid design when it was taken; refuse one edited into nonsense,
        // since the next migration is computed from it.
        Schema snapshot;
        snapshot.enums = parsed.migrations->enums;
        snapshot.tables = parsed.migrations->tables;
        snapshot.relationships = parsed.migrations->relationships;
        const std::vector<ValidationIssue> old = validate(snapshot);
        if (!old.empty()) {
            QString where = old.front().where;
            if (where.startsWith(u'$'))
                where = QLatin1String("$.migrations.snapshot") + where.mid(1);
            return fail(where, old.front().message);
        }
    }

    if (schema)
        *schema = std::move(parsed);
    return true;
}

bool loadProject(const QString &path, Schema *schema, LoadError *error)
{
    QFile file(path);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = LoadError{path, QString(), message};
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("cannot open: it is a directory"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QLatin1String("cannot open: ") + file.errorString());
    const qint64 size = file.size();
    if (size > kMaxFileSize) {
        return fail(QStringLiteral("the file is too large (%1 bytes; a project file is at most %2 "
                                   "bytes)")
                        .arg(size)
                        .arg(kMaxFileSize));
    }
    // read at most one byte more than the limit, in case the file grows while we read it
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QLatin1String("cannot read: ") + file.errorString());
    if (bytes.size() > kMaxFileSize)
        return fail(QStringLiteral("the file is too large"));
    return parseProject(bytes, path, schema, error);
}

bool saveProject(const QString &path, const Schema &schema, QString *errorMessage)
{
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QByteArray bytes = serializeProject(schema);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace Core
