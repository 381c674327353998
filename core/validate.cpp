// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate.h"

#include "naming.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Core {

namespace {

// PostgreSQL truncates identifiers (and enum labels) longer than NAMEDATALEN - 1 bytes.
constexpr int kMaxNameBytes = 63;
constexpr int kMaxNumericPrecision = 1000; // PostgreSQL's limit for NUMERIC(p, s)

// A name in double quotes, with control characters spelled out so that a message never carries
// a raw NUL or escape sequence.
// Whether a character is shown escaped: NUL and the C0/C1 control characters (what
// QChar::category() calls Other_Control), tested without the Unicode table lookup.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

QString quoted(const QString &s)
{
    // The common case, a name without control characters, in one allocation.
    if (std::none_of(s.begin(), s.end(), isControl)) {
        QString out;
        out.reserve(s.size() + 2);
        out += u'"';
        out += s;
        out += u'"';
        return out;
    }
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (isControl(c))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

// "a integer" reads badly.
QString withArticle(const QString &word)
{
    const bool vowel = !word.isEmpty() && QStringLiteral("aeioAEIO").contains(word.front());
    return (vowel ? QLatin1String("an ") : QLatin1String("a ")) + word;
}

QString path(const QString &base, const char *key) { return base + u'.' + QLatin1String(key); }
QString path(const QString &base, const char *key, qsizetype index)
{
    return base + u'.' + QLatin1String(key) + u'[' + QString::number(index) + u']';
}

bool isIntegerKind(TypeKind kind)
{
    return kind == TypeKind::Integer || kind == TypeKind::BigInteger
           || kind == TypeKind::SmallInteger;
}

bool hasControlCharacter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), isControl);
}

QString tableLabel(const Table &t, std::size_t index)
{
    if (t.name.isEmpty())
        return QStringLiteral("table #%1").arg(index + 1);
    return QLatin1String("table ") + quoted(t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name);
}

QString columnLabel(const Table &t, std::size_t tableIndex, const Column &c, std::size_t index)
{
    const QString column = c.name.isEmpty() ? QStringLiteral("column #%1").arg(index + 1)
                                            : QLatin1String("column ") + quoted(c.name);
    return tableLabel(t, tableIndex) + QLatin1String(": ") + column;
}

// Column names for a list of column ids, for messages; unknown ids are shown as they are.
QString columnList(const Table *t, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Column *c = t ? t->column(id) : nullptr;
        names << (c ? c->name : id);
    }
    return u'(' + names.join(QLatin1String(", ")) + u')';
}

// How a foreign key, index or unique constraint is named in messages: its explicit name, else
// its columns, else its id.
template<typename T>
QString objectName(const T &object, const Table *t)
{
    if (!object.name.isEmpty())
        return quoted(object.name);
    if (!object.columns.isEmpty())
        return columnList(t, object.columns);
    return quoted(object.id);
}

QString valueText(const DefaultValue &v)
{
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const qint64 *i = std::get_if<qint64>(&v))
        return QString::number(*i);
    if (const double *d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 17);
    if (const QString *s = std::get_if<QString>(&v))
        return quoted(*s);
    return {};
}

bool isDecimalLiteral(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    return re.match(s).hasMatch();
}

bool isUuidLiteral(const QString &s)
{
    // What Python's uuid.UUID() accepts: optional braces or urn prefix, optional hyphens.
    static const QRegularExpression re(QStringLiteral(
        "^(urn:uuid:)?\\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
        "[0-9a-fA-F]{12}\\}?$"));
    return re.match(s).hasMatch();
}

bool isIsoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch()
           && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

bool isIsoTime(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,6})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch()
           && QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

bool isIsoDateTime(const QString &s)
{
    if (s.size() == 10)
        return isIsoDate(s);
    return s.size() > 11 && (s.at(10) == u'T' || s.at(10) == u' ') && isIsoDate(s.left(10))
           && isIsoTime(s.mid(11));
}

class SchemaChecker
{
public:
    explicit SchemaChecker(const Schema &schema)
        : m_schema(schema)
    {
        // Lookups by id through hashes: the Schema's own finders scan, which would make
        // validation quadratic on large designs. The first object with an id wins, as there.
        for (const EnumType &e : schema.enums) {
            if (!m_enumById.contains(e.id))
                m_enumById.insert(e.id, &e);
        }
        for (const Table &t : schema.tables) {
            if (!m_tableById.contains(t.id))
                m_tableById.insert(t.id, &t);
            for (const ForeignKey &fk : t.foreignKeys) {
                if (!m_fkOwner.contains(fk.id))
                    m_fkOwner.insert(fk.id, &t);
            }
        }
    }

    std::vector<ValidationIssue> run()
    {
        for (std::size_t i = 0; i < m_schema.enums.size(); ++i)
            checkEnum(m_schema.enums[i], i);
        for (std::size_t i = 0; i < m_schema.tables.size(); ++i)
            checkTable(m_schema.tables[i], i);
        collectAttributes();
        for (std::size_t i = 0; i < m_schema.relationships.size(); ++i)
            checkRelationship(m_schema.relationships[i], i);
        return std::move(m_issues);
    }

private:
    const Table *table(const QString &id) const { return m_tableById.value(id); }
    const Table *tableOfForeignKey(const QString &id) const { return m_fkOwner.value(id); }
    const EnumType *enumType(const QString &id) const { return m_enumById.value(id); }

    void report(const QString &where, const QString &message)
    {
        m_issues.push_back(ValidationIssue{where, message});
    }

    void checkId(const QString &id, const QString &objectPath, const QString &label)
    {
        if (id.isEmpty()) {
            report(path(objectPath, "id"), label + QLatin1String(": id is empty"));
            return;
        }
        const auto it = m_ids.constFind(id);
        if (it != m_ids.constEnd()) {
            report(path(objectPath, "id"), label + QLatin1String(": duplicate id ") + quoted(id)
                              + QLatin1String(" (already used by ") + *it + u')');
            return;
        }
        m_ids.insert(id, label);
    }

    // A name that ends up in SQL: `what` says which name it is in the message ("name",
    // "schema", ...). Returns false when a problem was reported.
    bool checkSqlName(const QString &name, const QString &where, const QString &label,
                      const QString &what, bool required = true)
    {
        if (name.isEmpty()) {
            if (required)
                report(where, label + QLatin1String(": ") + what + QLatin1String(" is empty"));
            return !required;
        }
        if (hasControlCharacter(name)) {
            report(where, label + QLatin1String(": ") + what
                              + QLatin1String(" contains a control character"));
            return false;
        }
        const qsizetype bytes = name.toUtf8().size();
        if (bytes > kMaxNameBytes) {
            report(where, label + QLatin1String(": ") + what + u' ' + quoted(name)
                              + QStringLiteral(" is %1 bytes long; PostgreSQL allows at most %2")
                                    .arg(bytes)
                                    .arg(kMaxNameBytes));
            return false;
        }
        return true;
    }

    // Explicit constraint and index names share one namespace per schema ignoring case: index
    // names must be unique per schema in PostgreSQL and per database in SQLite.
    void checkConstraintName(const QString &name, const QString &where, const QString &label,
                             const QString &schema)
    {
        if (!checkSqlName(name, where, label, QStringLiteral("name"), false) || name.isEmpty())
            return;
        const QString key = schema.toLower() + u'\x1f' + name.toLower();
        const auto it = m_constraintNames.constFind(key);
        if (it != m_constraintNames.constEnd()) {
            report(where, label + QLatin1String(": name ") + quoted(name)
                              + QLatin1String(" is already used by ") + *it
                              + QLatin1String(" (constraint and index names are compared "
                                              "ignoring case)"));
            return;
        }
        m_constraintNames.insert(key, label);
    }

    void checkClassName(const QString &name, const QString &where, const QString &label)
    {
        const auto it = m_classNames.constFind(name);
        if (it != m_classNames.constEnd()) {
            report(where, label + QLatin1String(": Python class name ") + quoted(name)
                              + QLatin1String(" is already used by ") + *it);
            return;
        }
        m_classNames.insert(name, label);
    }

    void checkEnum(const EnumType &e, std::size_t index)
    {
        const QString p = QStringLiteral("$.enums[%1]").arg(index);
        const QString label = e.name.isEmpty() ? QStringLiteral("enum #%1").arg(index + 1)
                                               : QLatin1String("enum ") + quoted(e.name);
        checkId(e.id, p, label);
        if (e.name.isEmpty()) {
            report(path(p, "name"), label + QLatin1String(": name is empty"));
        } else if (!isIdentifier(e.name) || !e.name.front().isUpper()) {
            report(path(p, "name"),
                   label + QLatin1String(": name must be a Python class name (ASCII letters, "
                                         "digits and underscores, starting with an upper-case "
                                         "letter)"));
        } else if (isReservedAttribute(e.name)) {
            report(path(p, "name"), label + QLatin1String(": name ") + quoted(e.name)
                                        + QLatin1String(" is reserved in generated code"));
        } else {
            checkClassName(e.name, path(p, "name"), label);
        }

        const QString sqlName = e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
        const QString sqlWhere = path(p, e.sqlName.isEmpty() ? "name" : "sqlName");
        if (!sqlName.isEmpty()
            && checkSqlName(sqlName, sqlWhere, label, QStringLiteral("database type name"))) {
            const QString key = e.schema.isEmpty() ? sqlName.toLower()
                                                   : e.schema.toLower() + u'.' + sqlName.toLower();
            const auto it = m_enumSqlNames.constFind(key);
            if (it != m_enumSqlNames.constEnd()) {
                report(sqlWhere, label + QLatin1String(": database type name ") + quoted(sqlName)
                                     + QLatin1String(" is already used by ") + *it);
            } else {
                m_enumSqlNames.insert(key, label);
            }
        }

        if (e.values.isEmpty())
            report(path(p, "values"), label + QLatin1String(": has no values"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < e.values.size(); ++i) {
            const QString &v = e.values.at(i);
            const QString where = path(p, "values", i);
            const QString what = QStringLiteral("value %1").arg(i + 1);
            if (!checkSqlName(v, where, label, what))
                continue;
            if (seen.contains(v)) {
                report(where, label + QLatin1String(": value ") + quoted(v)
                                  + QLatin1String(" appears more than once"));
            }
            seen.insert(v);
        }
    }

    void checkTable(const Table &t, std::size_t index)
    {
        const QString p = QLatin1String("$.tables[") + QString::number(index) + u']';
        const QString label = tableLabel(t, index);
        checkId(t.id, p, label);
        if (checkSqlName(t.name, path(p, "name"), label, QStringLiteral("name"))) {
            const QString key = t.schema.toLower() + u'\x1f' + t.name.toLower();
            const auto it = m_tableNames.constFind(key);
            if (it != m_tableNames.constEnd()) {
                report(path(p, "name"),
                       label + QLatin1String(" duplicates ") + quoted(*it)
                           + QLatin1String(" (table names are compared ignoring case, as SQLite "
                                           "does)"));
            } else {
                m_tableNames.insert(key, t.name);
                // PostgreSQL creates a composite type for every table, in the same namespace as
                // the types of the enums.
                const auto e = m_enumSqlNames.constFind(
                    (t.schema.isEmpty() ? QString() : t.schema.toLower() + u'.') + t.name.toLower());
                if (e != m_enumSqlNames.constEnd()) {
                    report(path(p, "name"),
                           label + QLatin1String(": name is also the database type name of ")
                               + *e + QLatin1String(" (PostgreSQL gives every table a type of "
                                                    "the same name)"));
                }
            }
        }
        checkSqlName(t.schema, path(p, "schema"), label, QStringLiteral("schema"), false);

        const QString classWhere = path(p, t.className.isEmpty() ? "name" : "className");
        if (!t.className.isEmpty() && !isIdentifier(t.className)) {
            report(classWhere, label + QLatin1String(": class name ") + quoted(t.className)
                                   + QLatin1String(" is not a valid Python identifier"));
        } else if (!t.className.isEmpty() && isReservedAttribute(t.className)) {
            report(classWhere, label + QLatin1String(": class name ") + quoted(t.className)
                                   + QLatin1String(" is reserved in generated code"));
        } else if (!t.name.isEmpty() || !t.className.isEmpty()) {
            checkClassName(tableClassName(t), classWhere, label);
        }

        if (t.columns.empty())
            report(p, label + QLatin1String(": has no columns"));
        QHash<QString, QString> names;      // lower-cased name -> name
        QHash<QString, QString> attributes; // attribute -> column label
        names.reserve(qsizetype(t.columns.size()));
        attributes.reserve(qsizetype(t.columns.size()));
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            checkColumn(t, index, t.columns[i], i, names, attributes);

        for (std::size_t i = 0; i < t.foreignKeys.size(); ++i)
            checkForeignKey(t, index, t.foreignKeys[i], i);
        for (std::size_t i = 0; i < t.indexes.size(); ++i) {
            const Index &ix = t.indexes[i];
            const QString ip = path(p, "indexes", qsizetype(i));
            const QString il = label + QLatin1String(": index ")
                               + objectName(ix, &t);
            checkId(ix.id, ip, il);
            checkConstraintName(ix.name, path(ip, "name"), il, t.schema);
            checkColumnList(t, label, ix.columns, ip, il);
        }
        for (std::size_t i = 0; i < t.uniques.size(); ++i) {
            const UniqueConstraint &u = t.uniques[i];
            const QString up = path(p, "uniques", qsizetype(i));
            const QString ul = label + QLatin1String(": unique constraint ")
                               + objectName(u, &t);
            checkId(u.id, up, ul);
            checkConstraintName(u.name, path(up, "name"), ul, t.schema);
            checkColumnList(t, label, u.columns, up, ul);
        }
        QHash<QString, QString> checkNames;
        for (std::size_t i = 0; i < t.checks.size(); ++i) {
            const CheckConstraint &c = t.checks[i];
            const QString cp = path(p, "checks", qsizetype(i));
            const QString cl = label + QLatin1String(": check constraint ")
                               + (c.name.isEmpty() ? QStringLiteral("#%1").arg(i + 1)
                                                   : quoted(c.name));
            checkId(c.id, cp, cl);
            if (checkSqlName(c.name, path(cp, "name"), cl, QStringLiteral("name"))) {
                if (!isIdentifier(c.name)) {
                    report(path(cp, "name"),
                           cl + QLatin1String(": name must be an SQL identifier (ASCII letters, "
                                              "digits and underscores)"));
                } else if (checkNames.contains(c.name.toLower())) {
                    report(path(cp, "name"), cl + QLatin1String(": name duplicates ")
                                                 + quoted(checkNames.value(c.name.toLower()))
                                                 + QLatin1String(" (compared ignoring case)"));
                } else {
                    checkNames.insert(c.name.toLower(), c.name);
                }
            }
            if (c.expression.trimmed().isEmpty())
                report(path(cp, "expression"), cl + QLatin1String(": expression is empty"));
        }
        // The checks that column constraints add must not take an explicit check's name.
        const bool constrained = std::any_of(t.columns.begin(), t.columns.end(), [](const Column &c) {
            return c.constraints.checkBounds || c.constraints.checkLength || c.constraints.checkValues;
        });
        const std::vector<CheckConstraint> effective = constrained ? t.effectiveChecks()
                                                                   : std::vector<CheckConstraint>();
        for (std::size_t i = 0; i < t.columns.size() && constrained; ++i) {
            const Column &c = t.columns[i];
            for (const CheckConstraint &ck : effective) {
                if (!ck.id.startsWith(c.id + u'#'))
                    continue;
                if (checkNames.contains(ck.name.toLower())) {
                    report(QStringLiteral("$.tables[%1].columns[%2].constraints").arg(index).arg(i),
                           label + QLatin1String(": the database check ") + quoted(ck.name)
                               + QLatin1String(" of column ") + quoted(c.name)
                               + QLatin1String(" has the name of another check"));
                }
            }
        }
        checkValidators(t, index, label);
        if (!t.primaryKeyOrder.isEmpty()) {
            QSet<QString> seen;
            qsizetype keyColumns = 0;
            for (const Column &c : t.columns)
                keyColumns += c.primaryKey ? 1 : 0;
            for (qsizetype i = 0; i < t.primaryKeyOrder.size(); ++i) {
                const Column *c = t.column(t.primaryKeyOrder.at(i));
                if (!c || !c->primaryKey || seen.contains(c->id)) {
                    report(QStringLiteral("$.tables[%1].primaryKey[%2]").arg(index).arg(i),
                           label + QLatin1String(": primaryKey lists ")
                               + quoted(t.primaryKeyOrder.at(i))
                               + QLatin1String(", which is not a primary key column (or twice)"));
                }
                if (c)
                    seen.insert(c->id);
            }
            if (t.primaryKeyOrder.size() != keyColumns) {
                report(QStringLiteral("$.tables[%1].primaryKey").arg(index),
                       label + QLatin1String(": primaryKey must list every primary key column once"));
            }
        }
    }

    void checkValidators(const Table &t, std::size_t tableIndex, const QString &tableLabel)
    {
        if (t.validators.empty())
            return;
        QSet<QString> names;
        QSet<QString> attributes;
        for (const Column &c : t.columns)
            attributes.insert(columnAttribute(c));
        for (std::size_t i = 0; i < t.validators.size(); ++i) {
            const Core::Validator &v = t.validators[i];
            const QString p = QStringLiteral("$.tables[%1].validators[%2]").arg(tableIndex).arg(i);
            const QString label = tableLabel + QLatin1String(": validator ")
                                  + (v.name.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : quoted(v.name));
            checkId(v.id, p, label);
            if (!isIdentifier(v.name)) {
                report(path(p, "name"), label + QLatin1String(": name must be a Python identifier"));
            } else if (isReservedAttribute(v.name)) {
                report(path(p, "name"), label + QLatin1String(": name is reserved"));
            } else if (names.contains(v.name)) {
                report(path(p, "name"), label + QLatin1String(": name is used twice"));
            } else if (attributes.contains(v.name)) {
                report(path(p, "name"),
                       label + QLatin1String(": name is also a column attribute of the class"));
            }
            names.insert(v.name);
            if (t.primaryKey().empty())
                report(p, label + QLatin1String(": a table without a primary key has no model "
                                                "class to validate"));
            static const QStringList fieldModes = {QString(), QStringLiteral("before"),
                                                   QStringLiteral("wrap"), QStringLiteral("plain")};
            static const QStringList modelModes = {QString(), QStringLiteral("before"),
                                                   QStringLiteral("wrap")};
            if (!(v.model ? modelModes : fieldModes).contains(v.mode)) {
                report(path(p, "mode"), label + QLatin1String(": mode ") + quoted(v.mode)
                                            + QLatin1String(v.model ? " (expected before or wrap)"
                                                                    : " (expected before, wrap or plain)"));
            }
            if (v.model && !v.columns.isEmpty())
                report(path(p, "columns"), label + QLatin1String(": a model validator has no columns"));
            if (!v.model && v.columns.isEmpty())
                report(path(p, "columns"), label + QLatin1String(": a field validator needs a column"));
            for (qsizetype ci = 0; ci < v.columns.size(); ++ci) {
                const Column *c = t.column(v.columns.at(ci));
                if (!c) {
                    report(path(p, "columns", ci), label + QLatin1String(": column id ")
                                                       + quoted(v.columns.at(ci))
                                                       + QLatin1String(" does not exist"));
                } else if (c->primaryKey && (c->autoincrement || !c->serverDefault.isEmpty()
                                             || c->defaultFactory == DefaultFactory::Uuid4)) {
                    report(path(p, "columns", ci),
                           label + QLatin1String(": column ") + quoted(c->name)
                               + QLatin1String(" is a generated key, which the input models do "
                                               "not have"));
                }
            }
            if (v.body.trimmed().isEmpty())
                report(path(p, "body"), label + QLatin1String(": body is empty"));
        }
    }

    void checkColumn(const Table &t, std::size_t tableIndex, const Column &c, std::size_t index,
                     QHash<QString, QString> &names, QHash<QString, QString> &attributes)
    {
        const QString p = QLatin1String("$.tables[") + QString::number(tableIndex)
                          + QLatin1String("].columns[") + QString::number(index) + u']';
        const QString label = columnLabel(t, tableIndex, c, index);
        checkId(c.id, p, label);
        if (checkSqlName(c.name, path(p, "name"), label, QStringLiteral("name"))) {
            const QString key = c.name.toLower();
            if (names.contains(key)) {
                report(path(p, "name"),
                       label + QLatin1String(" duplicates ") + quoted(names.value(key))
                           + QLatin1String(" (column names are compared ignoring case, as SQLite "
                                           "does)"));
            } else {
                names.insert(key, c.name);
            }
        }

        // The Python attribute.
        const QString attrWhere = path(p, c.attribute.isEmpty() ? "name" : "attribute");
        bool attributeOk = true;
        if (!c.attribute.isEmpty()) {
            if (!isIdentifier(c.attribute)) {
                report(attrWhere, label + QLatin1String(": attribute ") + quoted(c.attribute)
                                      + QLatin1String(" is not a valid Python identifier"));
                attributeOk = false;
            } else if (isReservedAttribute(c.attribute)) {
                report(attrWhere, label + QLatin1String(": attribute ") + quoted(c.attribute)
                                      + QLatin1String(" is reserved by Python, SQLModel or the "
                                                      "generated code"));
                attributeOk = false;
            }
        }
        if (attributeOk && !c.name.isEmpty()) {
            const QString attr = columnAttribute(c);
            if (attributes.contains(attr)) {
                report(attrWhere, label + QLatin1String(": Python attribute ") + quoted(attr)
                                      + QLatin1String(" is already used by ")
                                      + attributes.value(attr));
            } else {
                attributes.insert(attr, QLatin1String("column ") + quoted(c.name));
            }
        }

        checkType(c, p, label);

        if (c.primaryKey && c.nullable) {
            report(path(p, "nullable"),
                   label + QLatin1String(": a primary key column must not be nullable"));
        }
        // Autoincrement: the rowid/serial key, or (PostgreSQL) an identity column elsewhere.
        if (c.autoincrement && !(isIntegerKind(c.type.kind) && !c.type.array)) {
            report(path(p, "autoincrement"),
                   label + QLatin1String(": autoincrement needs an integer column"));
        }
        checkDefault(c, p, label);
        checkConstraints(c, path(p, "constraints"), label);
    }

    static bool isStringLike(const ColumnType &type)
    {
        return type.kind == TypeKind::String || type.kind == TypeKind::Text
               || (type.kind == TypeKind::Dialect && !type.array);
    }
    static bool isNumberLike(const ColumnType &type)
    {
        return !type.array
               && (isIntegerKind(type.kind) || type.kind == TypeKind::Float
                   || type.kind == TypeKind::Numeric);
    }

    void checkConstraints(const Column &c, const QString &p, const QString &label)
    {
        const ColumnConstraints &k = c.constraints;
        const bool bounds = k.gt || k.ge || k.lt || k.le || k.multipleOf;
        if (bounds && !isNumberLike(c.type)) {
            report(p, label + QLatin1String(": numeric bounds (gt, ge, lt, le, multipleOf) need a "
                                            "number column"));
        }
        if (k.multipleOf && *k.multipleOf <= 0)
            report(path(p, "multipleOf"), label + QLatin1String(": multipleOf must be positive"));
        const bool lengths = k.minLength || k.maxLength;
        if (lengths && !isStringLike(c.type) && !c.type.array) {
            report(p, label + QLatin1String(": minLength and maxLength need a string or array "
                                            "column"));
        }
        if ((!k.pattern.isEmpty() || !k.format.isEmpty()) && !isStringLike(c.type)) {
            report(p, label + QLatin1String(": a pattern or format needs a string column"));
        }
        if (!k.pattern.isEmpty()) {
            // pydantic compiles the pattern when the class is defined: one that does not compile
            // would make the generated module fail to import.
            const QRegularExpression re(k.pattern);
            if (!re.isValid()) {
                report(path(p, "pattern"),
                       label + QLatin1String(": pattern does not compile: ") + re.errorString()
                           + QStringLiteral(" at offset %1").arg(re.patternErrorOffset()));
            }
        }
        if (!k.allowedValues.isEmpty() && !isStringLike(c.type) && !isNumberLike(c.type)) {
            report(path(p, "allowedValues"),
                   label + QLatin1String(": allowed values need a string or number column"));
        }
        if (isNumberLike(c.type)) {
            for (qsizetype i = 0; i < k.allowedValues.size(); ++i) {
                bool ok = false;
                k.allowedValues.at(i).toDouble(&ok);
                if (!ok) {
                    report(path(p, "allowedValues", i),
                           label + QLatin1String(": allowed value ") + quoted(k.allowedValues.at(i))
                               + QLatin1String(" is not a number"));
                }
            }
        }
        if (k.allowedValues.size() != QSet<QString>(k.allowedValues.cbegin(), k.allowedValues.cend()).size())
            report(path(p, "allowedValues"), label + QLatin1String(": allowed values repeat"));
        if (k.checkBounds && !(k.gt || k.ge || k.lt || k.le))
            report(path(p, "checkBounds"), label + QLatin1String(": checkBounds without a bound"));
        if (k.checkLength && !lengths)
            report(path(p, "checkLength"), label + QLatin1String(": checkLength without a length"));
        if (k.checkValues && k.allowedValues.isEmpty())
            report(path(p, "checkValues"),
                   label + QLatin1String(": checkValues without allowed values"));
    }

    void checkType(const Column &c, const QString &columnPath, const QString &label)
    {
        const QString p = path(columnPath, "type");
        const ColumnType &type = c.type;
        if (type.length < 0)
            report(path(p, "length"), label + QLatin1String(": length must not be negative"));
        if (type.precision < 0)
            report(path(p, "precision"), label + QLatin1String(": precision must not be negative"));
        if (type.scale < 0)
            report(path(p, "scale"), label + QLatin1String(": scale must not be negative"));
        switch (type.kind) {
        case TypeKind::Numeric:
            if (type.precision > kMaxNumericPrecision) {
                report(path(p, "precision"),
                       label + QStringLiteral(": precision %1 is larger than %2")
                                   .arg(type.precision)
                                   .arg(kMaxNumericPrecision));
            } else if (type.scale > 0 && type.precision == 0) {
                report(path(p, "scale"),
                       label + QLatin1String(": a scale needs a precision (NUMERIC(p, s))"));
            } else if (type.precision > 0 && type.scale > type.precision) {
                report(path(p, "scale"), label + QStringLiteral(": scale %1 is larger than the "
                                                                "precision %2")
                                                     .arg(type.scale)
                                                     .arg(type.precision));
            }
            break;
        case TypeKind::Enum:
            if (type.enumId.isEmpty()) {
                report(path(p, "enum"), label + QLatin1String(": an enum column needs an enum"));
            } else if (!enumType(type.enumId)) {
                report(path(p, "enum"), label + QLatin1String(": enum id ") + quoted(type.enumId)
                                            + QLatin1String(" does not exist"));
            }
            break;
        case TypeKind::Dialect:
            if (type.sql.trimmed().isEmpty()) {
                report(path(p, "sql"),
                       label + QLatin1String(": a dialect type needs its SQL type, e.g. "
                                             "\"tsvector\""));
            }
            break;
        default: break;
        }
    }

    void checkDefault(const Column &c, const QString &columnPath, const QString &label)
    {
        const QString where = path(columnPath, "default");
        const QString factoryWhere = path(columnPath, "defaultFactory");
        const ColumnType &type = c.type;
        const bool hasValue = !std::holds_alternative<NoDefault>(c.defaultValue);

        if (hasValue && c.defaultFactory != DefaultFactory::None) {
            report(factoryWhere,
                   label + QLatin1String(": has both a default value and a default factory"));
            return;
        }

        switch (c.defaultFactory) {
        case DefaultFactory::None: break;
        case DefaultFactory::NowUtc:
            if (type.kind != TypeKind::DateTime || type.array) {
                report(factoryWhere, label + QLatin1String(": the nowUtc default factory is only "
                                                           "for dateTime columns"));
            }
            break;
        case DefaultFactory::Uuid4:
            if (type.kind != TypeKind::Uuid || type.array) {
                report(factoryWhere, label + QLatin1String(": the uuid4 default factory is only "
                                                           "for uuid columns"));
            }
            break;
        case DefaultFactory::EmptyList:
            if (type.kind != TypeKind::Json && type.kind != TypeKind::Jsonb && !type.array) {
                report(factoryWhere, label + QLatin1String(": the emptyList default factory is "
                                                           "only for json, jsonb and array "
                                                           "columns"));
            }
            break;
        case DefaultFactory::EmptyDict:
            if ((type.kind != TypeKind::Json && type.kind != TypeKind::Jsonb) || type.array) {
                report(factoryWhere, label + QLatin1String(": the emptyDict default factory is "
                                                           "only for json and jsonb columns"));
            }
            break;
        }

        if (!hasValue)
            return;
        const DefaultValue &v = c.defaultValue;
        const auto wrong = [&](const QString &expected) {
            report(where, label + QLatin1String(": default ") + valueText(v)
                              + QLatin1String(" does not suit ")
                              + withArticle(typeKindName(type.kind))
                              + QLatin1String(" column (expected ") + expected + u')');
        };
        if (const double *d = std::get_if<double>(&v); d && !std::isfinite(*d)) {
            report(where, label + QLatin1String(": default is not a finite number"));
            return;
        }
        if (type.array) {
            report(where, label + QLatin1String(": an array column takes no literal default; use "
                                                "the emptyList default factory"));
            return;
        }
        const QString *s = std::get_if<QString>(&v);
        switch (type.kind) {
        case TypeKind::Boolean:
            if (!std::holds_alternative<bool>(v))
                wrong(QStringLiteral("true or false"));
            break;
        case TypeKind::Integer:
        case TypeKind::BigInteger:
        case TypeKind::SmallInteger:
            if (const qint64 *i = std::get_if<qint64>(&v)) {
                const qint64 limit = type.kind == TypeKind::SmallInteger ? 32767
                                     : type.kind == TypeKind::Integer
                                         ? std::numeric_limits<qint32>::max()
                                         : std::numeric_limits<qint64>::max();
                if (*i > limit || *i < -limit - 1) {
                    report(where, label + QLatin1String(": default ") + valueText(v)
                                      + QLatin1String(" does not fit ")
                                      + withArticle(typeKindName(type.kind))
                                      + QLatin1String(" column"));
                }
            } else {
                wrong(QStringLiteral("an integer"));
            }
            break;
        case TypeKind::Float:
            if (!std::holds_alternative<qint64>(v) && !std::holds_alternative<double>(v))
                wrong(QStringLiteral("a number"));
            break;
        case TypeKind::Numeric:
            if (std::holds_alternative<bool>(v) || (s && !isDecimalLiteral(*s)))
                wrong(QStringLiteral("a number or a decimal string such as \"9.99\""));
            break;
        case TypeKind::String:
        case TypeKind::Text:
            if (!s) {
                wrong(QStringLiteral("a string"));
            } else if (type.kind == TypeKind::String && type.length > 0
                       && s->size() > type.length) {
                report(where, label + QStringLiteral(": default is longer than the column's length "
                                                     "(%1)")
                                          .arg(type.length));
            }
            break;
        case TypeKind::Enum:
            if (!s) {
                wrong(QStringLiteral("one of the enum's values"));
            } else if (const EnumType *e = enumType(type.enumId);
                       e && !e->values.contains(*s)) {
                report(where, label + QLatin1String(": default ") + quoted(*s)
                                  + QLatin1String(" is not a value of enum ") + quoted(e->name));
            }
            break;
        case TypeKind::Uuid:
            if (!s || !isUuidLiteral(*s))
                wrong(QStringLiteral("a UUID string"));
            break;
        case TypeKind::Date:
            if (!s || !isIsoDate(*s))
                wrong(QStringLiteral("an ISO date string such as \"2024-12-31\""));
            break;
        case TypeKind::Time:
            if (!s || !isIsoTime(*s))
                wrong(QStringLiteral("an ISO time string such as \"13:45:00\""));
            break;
        case TypeKind::DateTime:
            if (!s || !isIsoDateTime(*s))
                wrong(QStringLiteral("an ISO date-time string such as \"2024-12-31T13:45:00\""));
            break;
        case TypeKind::Interval:
            report(where, label + QLatin1String(": an interval column takes no literal default; "
                                                "use a server default"));
            break;
        case TypeKind::LargeBinary: {
            bool ascii = s != nullptr;
            for (qsizetype i = 0; ascii && i < s->size(); ++i)
                ascii = s->at(i).unicode() < 128;
            if (!ascii)
                wrong(QStringLiteral("an ASCII string"));
            break;
        }
        case TypeKind::Json:
        case TypeKind::Jsonb:
        case TypeKind::Dialect: break;
        }
    }

    // Index and unique constraint columns: at least one, all existing, none twice.
    void checkColumnList(const Table &t, const QString &owner, const QStringList &columns,
                         const QString &objectPath, const QString &label)
    {
        if (columns.isEmpty()) {
            report(path(objectPath, "columns"), label + QLatin1String(": has no columns"));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString &id = columns.at(i);
            const QString where = path(objectPath, "columns", i);
            const Column *c = t.column(id);
            if (!c) {
                report(where, label + QLatin1String(": column id ") + quoted(id)
                                  + QLatin1String(" is not a column of ") + owner);
            } else if (seen.contains(id)) {
                report(where, label + QLatin1String(": column ") + quoted(c->name)
                                  + QLatin1String(" is listed twice"));
            }
            seen.insert(id);
        }
    }

    // True when the columns of `t` with these ids are unique together: the primary key, a
    // unique constraint, a unique index or a single unique column.
    static bool isUniqueKey(const Table &t, const QStringList &ids)
    {
        const QSet<QString> wanted(ids.begin(), ids.end());
        QSet<QString> pk;
        for (const Column *c : t.primaryKey())
            pk.insert(c->id);
        if (pk == wanted)
            return true;
        if (wanted.size() == 1) {
            const Column *c = t.column(*wanted.begin());
            if (c && c->unique)
                return true;
        }
        for (const UniqueConstraint &u : t.uniques) {
            if (QSet<QString>(u.columns.begin(), u.columns.end()) == wanted)
                return true;
        }
        for (const Index &ix : t.indexes) {
            if (ix.unique && QSet<QString>(ix.columns.begin(), ix.columns.end()) == wanted)
                return true;
        }
        return false;
    }

    void checkForeignKey(const Table &t, std::size_t tableIndex, const ForeignKey &fk,
                         std::size_t index)
    {
        const QString p = QLatin1String("$.tables[") + QString::number(tableIndex)
                          + QLatin1String("].foreignKeys[") + QString::number(index) + u']';
        const QString tl = tableLabel(t, tableIndex);
        const QString label = tl + QLatin1String(": foreign key ")
                              + objectName(fk, &t);
        checkId(fk.id, p, label);
        checkConstraintName(fk.name, path(p, "name"), label, t.schema);

        bool ok = true;
        if (fk.columns.isEmpty()) {
            report(path(p, "columns"), label + QLatin1String(": has no columns"));
            ok = false;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < fk.columns.size(); ++i) {
            const QString &id = fk.columns.at(i);
            const Column *c = t.column(id);
            if (!c) {
                report(path(p, "columns", i), label + QLatin1String(": column id ") + quoted(id)
                                                  + QLatin1String(" is not a column of ") + tl);
                ok = false;
            } else if (seen.contains(id)) {
                report(path(p, "columns", i), label + QLatin1String(": column ") + quoted(c->name)
                                                  + QLatin1String(" is listed twice"));
                ok = false;
            }
            seen.insert(id);
        }

        const Table *ref = table(fk.refTable);
        if (!ref) {
            report(path(p, "refTable"), label + QLatin1String(": references table id ")
                                            + quoted(fk.refTable)
                                            + QLatin1String(", which does not exist"));
            ok = false;
        } else {
            const QString rl = tableLabel(*ref, std::size_t(ref - m_schema.tables.data()));
            if (fk.refColumns.isEmpty()) {
                report(path(p, "refColumns"),
                       label + QLatin1String(": has no referenced columns"));
                ok = false;
            }
            QSet<QString> refSeen;
            for (qsizetype i = 0; i < fk.refColumns.size(); ++i) {
                const QString &id = fk.refColumns.at(i);
                const Column *c = ref->column(id);
                if (!c) {
                    report(path(p, "refColumns", i),
                           label + QLatin1String(": references column id ") + quoted(id)
                               + QLatin1String(", which is not a column of ") + rl);
                    ok = false;
                } else if (refSeen.contains(id)) {
                    report(path(p, "refColumns", i), label + QLatin1String(": references column ")
                                                         + quoted(c->name)
                                                         + QLatin1String(" twice"));
                    ok = false;
                }
                refSeen.insert(id);
            }
            if (ok && fk.columns.size() != fk.refColumns.size()) {
                report(p, label + QStringLiteral(": has %1 column(s) but references %2")
                                      .arg(fk.columns.size())
                                      .arg(fk.refColumns.size()));
                ok = false;
            }
            if (ok && !isUniqueKey(*ref, fk.refColumns)) {
                report(path(p, "refColumns"),
                       label + QLatin1String(": references ") + columnList(ref, fk.refColumns)
                           + QLatin1String(" of ") + rl
                           + QLatin1String(", which is neither its primary key nor unique "
                                           "(PostgreSQL and SQLite both require a unique key)"));
            }
        }

        static const QStringList actions = {QString(),
                                            QStringLiteral("CASCADE"),
                                            QStringLiteral("SET NULL"),
                                            QStringLiteral("SET DEFAULT"),
                                            QStringLiteral("RESTRICT"),
                                            QStringLiteral("NO ACTION")};
        const auto checkAction = [&](const QString &action, const char *key, const char *sql) {
            const QString where = path(p, key);
            if (!actions.contains(action)) {
                report(where, label + QLatin1String(": ") + QLatin1String(sql)
                                  + QLatin1String(" action ")
                                  + quoted(action)
                                  + QLatin1String(" is not one of CASCADE, SET NULL, SET DEFAULT, "
                                                  "RESTRICT, NO ACTION"));
                return;
            }
            if (action != QLatin1String("SET NULL"))
                return;
            for (const QString &id : fk.columns) {
                const Column *c = t.column(id);
                if (c && !c->nullable) {
                    report(where, label + QLatin1String(": ") + QLatin1String(sql)
                                      + QLatin1String(" SET NULL needs nullable columns, but ")
                                      + quoted(c->name) + QLatin1String(" is not nullable"));
                    return;
                }
            }
        };
        checkAction(fk.onDelete, "onDelete", "ON DELETE");
        checkAction(fk.onUpdate, "onUpdate", "ON UPDATE");
    }

    // The Python attributes each table class already has from its columns.
    void collectAttributes()
    {
        for (const Table &t : m_schema.tables) {
            QHash<QString, QString> &attrs = m_attributes[t.id];
            for (const Column &c : t.columns) {
                const QString attr = columnAttribute(c);
                if (!attrs.contains(attr))
                    attrs.insert(attr, QLatin1String("column ") + quoted(c.name));
            }
        }
    }

    QString classLabel(const Table &t) const { return QLatin1String("class ") + tableClassName(t); }

    void checkRelationship(const Relationship &r, std::size_t index)
    {
        const QString p = QStringLiteral("$.relationships[%1]").arg(index);
        const QString name = !r.parentAttribute.isEmpty() ? r.parentAttribute
                             : !r.childAttribute.isEmpty() ? r.childAttribute
                                                           : r.id;
        const QString label = QLatin1String("relationship ") + quoted(name);
        checkId(r.id, p, label);

        const Table *fkTable = tableOfForeignKey(r.foreignKey);
        const ForeignKey *fk = fkTable ? fkTable->foreignKey(r.foreignKey) : nullptr;
        const Table *parent = nullptr;
        const Table *child = nullptr;
        if (!fk) {
            report(path(p, "foreignKey"), label + QLatin1String(": foreign key id ")
                                              + quoted(r.foreignKey)
                                              + QLatin1String(" does not exist"));
        }
        if (r.kind == RelationshipKind::ManyToMany) {
            const Table *secondTable = tableOfForeignKey(r.secondForeignKey);
            const ForeignKey *second = secondTable ? secondTable->foreignKey(r.secondForeignKey)
                                                   : nullptr;
            if (r.secondForeignKey.isEmpty()) {
                report(path(p, "secondForeignKey"),
                       label + QLatin1String(": a many-to-many relationship needs a second "
                                             "foreign key on the link table"));
            } else if (!second) {
                report(path(p, "secondForeignKey"), label + QLatin1String(": foreign key id ")
                                                        + quoted(r.secondForeignKey)
                                                        + QLatin1String(" does not exist"));
            } else if (r.secondForeignKey == r.foreignKey) {
                report(path(p, "secondForeignKey"),
                       label + QLatin1String(": the two foreign keys must be different"));
            } else if (fk && secondTable != fkTable) {
                report(path(p, "secondForeignKey"),
                       label + QLatin1String(": both foreign keys must be on the same link table"));
            } else if (fk) {
                parent = table(fk->refTable);
                child = table(second->refTable);
            }
        } else {
            if (!r.secondForeignKey.isEmpty()) {
                report(path(p, "secondForeignKey"),
                       label + QLatin1String(": only a many-to-many relationship has a second "
                                             "foreign key"));
            }
            if (fk) {
                parent = table(fk->refTable);
                child = fkTable;
            }
        }

        if (r.parentAttribute.isEmpty() && r.childAttribute.isEmpty()) {
            report(p, label + QLatin1String(": needs a parentAttribute, a childAttribute or both"));
        }
        for (const Table *end : {parent, child, fkTable}) {
            if (end && !end->columns.empty() && end->primaryKey().empty()) {
                report(p, label + QLatin1String(": table ") + quoted(end->name)
                              + QLatin1String(" has no primary key, so it is generated as a Core "
                                              "table without a model class, and a relationship "
                                              "needs model classes"));
                break;
            }
        }
        checkRelationshipAttribute(r.parentAttribute, path(p, "parentAttribute"), label, parent);
        checkRelationshipAttribute(r.childAttribute, path(p, "childAttribute"), label, child);

        static const QStringList passive = {QString(), QStringLiteral("true"),
                                            QStringLiteral("all")};
        if (!passive.contains(r.passiveDeletes)) {
            report(path(p, "passiveDeletes"), label + QLatin1String(": passiveDeletes ")
                                                  + quoted(r.passiveDeletes)
                                                  + QLatin1String(" is not \"true\" or \"all\""));
        }
        static const QStringList lazy = {QString(),
                                         QStringLiteral("select"),
                                         QStringLiteral("selectin"),
                                         QStringLiteral("joined"),
                                         QStringLiteral("subquery"),
                                         QStringLiteral("raise"),
                                         QStringLiteral("raise_on_sql"),
                                         QStringLiteral("noload"),
                                         QStringLiteral("immediate")};
        if (!lazy.contains(r.lazy)) {
            report(path(p, "lazy"), label + QLatin1String(": lazy ") + quoted(r.lazy)
                                        + QLatin1String(" is not one of select, selectin, joined, "
                                                        "subquery, raise, raise_on_sql, noload, "
                                                        "immediate"));
        }
        if (r.cascadeDelete && r.kind == RelationshipKind::ManyToMany) {
            report(path(p, "cascadeDelete"),
                   label + QLatin1String(": cascadeDelete is only for one-to-many and one-to-one "
                                         "relationships (SQLAlchemy refuses delete-orphan on "
                                         "many-to-many)"));
        }
    }

    void checkRelationshipAttribute(const QString &attr, const QString &where,
                                    const QString &label, const Table *owner)
    {
        if (attr.isEmpty())
            return;
        if (!isIdentifier(attr)) {
            report(where, label + QLatin1String(": attribute ") + quoted(attr)
                              + QLatin1String(" is not a valid Python identifier"));
            return;
        }
        if (isReservedAttribute(attr)) {
            report(where, label + QLatin1String(": attribute ") + quoted(attr)
                              + QLatin1String(" is reserved by Python, SQLModel or the generated "
                                              "code"));
            return;
        }
        // SQLModel's model_validate() reads a relationship named like a dict method from the
        // dict itself ("Incompatible collection type: builtin_function_or_method").
        static const QSet<QString> dictMethods = {
            QStringLiteral("items"), QStringLiteral("keys"), QStringLiteral("values"),
            QStringLiteral("get"), QStringLiteral("pop"), QStringLiteral("popitem"),
            QStringLiteral("setdefault"), QStringLiteral("update"), QStringLiteral("clear"),
            QStringLiteral("fromkeys"),
        };
        if (dictMethods.contains(attr)) {
            report(where, label + QLatin1String(": relationship attribute ") + quoted(attr)
                              + QLatin1String(" shadows a dict method, which breaks "
                                              "model_validate() from a dict; choose another name"));
            return;
        }
        if (!owner)
            return;
        QHash<QString, QString> &attrs = m_attributes[owner->id];
        const auto it = attrs.constFind(attr);
        if (it != attrs.constEnd()) {
            report(where, label + QLatin1String(": attribute ") + quoted(attr)
                              + QLatin1String(" on ") + classLabel(*owner)
                              + QLatin1String(" is already used by ") + *it);
            return;
        }
        attrs.insert(attr, label);
    }

    const Schema &m_schema;
    QHash<QString, const Table *> m_tableById;
    QHash<QString, const Table *> m_fkOwner;
    QHash<QString, const EnumType *> m_enumById;
    std::vector<ValidationIssue> m_issues;
    QHash<QString, QString> m_ids;             // id -> label of its first owner
    QHash<QString, QString> m_tableNames;      // schema + name, lower-cased -> name
    QHash<QString, QString> m_classNames;      // Python class name -> label
    QHash<QString, QString> m_enumSqlNames;    // lower-cased type name -> enum label
    QHash<QString, QString> m_constraintNames; // lower-cased name -> label
    QHash<QString, QHash<QString, QString>> m_attributes; // table id -> attribute -> label
};

} // namespace

std::vector<ValidationIssue> validate(const Schema &schema) { return SchemaChecker(schema).run(); }

} // namespace Core
