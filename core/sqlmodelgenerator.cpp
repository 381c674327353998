// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlmodelgenerator.h"

#include "naming.h"
#include "pyformat.h"
#include "pythonwriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace Core {

namespace {

using Python::Expr;
using Python::stringLiteral;

// The naming convention from the Alembic docs, with the all-columns tokens so that two
// constraints or indexes that start with the same column still get distinct names.
const char *const kNamingConvention[][2] = {
    {"ix", "ix_%(table_name)s_%(column_0_N_name)s"},
    {"uq", "uq_%(table_name)s_%(column_0_N_name)s"},
    {"ck", "ck_%(table_name)s_%(constraint_name)s"},
    {"fk", "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s"},
    {"pk", "pk_%(table_name)s"},
};

// Names that generated modules import or define at module level.
const QSet<QString> &moduleNames()
{
    static const QSet<QString> set = {
        "Any", "Optional", "TYPE_CHECKING", "Decimal", "date", "datetime", "time", "timedelta",
        "timezone", "uuid", "enum", "sa", "postgresql", "Field", "Relationship", "SQLModel",
        "SqlType", "__all__",
    };
    return set;
}

using Python::Imports;
using Python::assemble;
using Python::blankLines;

QString unique(const QString &wanted, QSet<QString> &taken)
{
    QString n = wanted;
    while (taken.contains(n))
        n += u'_';
    taken.insert(n);
    return n;
}

bool isIntegerKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger;
}

// Everything the generator decides about a schema before writing any text.
class Plan
{
public:
    Plan(const Schema &schema, const GeneratorOptions &options)
        : m_schema(schema)
        , m_options(options)
        , m_names(modelNames(schema, options))
    {
        for (const Table &t : schema.tables) {
            m_tables.insert(t.id, &t);
            for (const ForeignKey &fk : t.foreignKeys) {
                ++m_fkCount[{t.id, fk.refTable}];
                m_fks.insert(fk.id, {&t, &fk});
            }
        }
        for (const Relationship &r : schema.relationships) {
            m_fksInRelationships[r.foreignKey] += 1;
            if (!r.secondForeignKey.isEmpty())
                m_fksInRelationships[r.secondForeignKey] += 1;
            // Index each relationship under every table that gets one of its attributes.
            const auto [fkTable, fk] = foreignKey(r.foreignKey);
            if (!fk)
                continue;
            QSet<QString> ends{fk->refTable};
            if (r.kind == RelationshipKind::ManyToMany) {
                if (const ForeignKey *fk2 = foreignKey(r.secondForeignKey).second)
                    ends.insert(fk2->refTable);
            } else {
                ends.insert(fkTable->id);
            }
            for (const QString &id : ends)
                m_relsByTable[id].push_back(&r);
        }
        orderTables();
    }

    const Schema &schema() const { return m_schema; }
    const GeneratorOptions &options() const { return m_options; }
    const Table *table(const QString &id) const { return m_tables.value(id); }
    // The foreign key with this id and the table that holds it (nulls when absent).
    std::pair<const Table *, const ForeignKey *> foreignKey(const QString &fkId) const
    {
        return m_fks.value(fkId, {nullptr, nullptr});
    }
    // The relationships that put an attribute on this table, in schema order.
    const std::vector<const Relationship *> &relationshipsOf(const QString &tableId) const
    {
        static const std::vector<const Relationship *> none;
        auto it = m_relsByTable.find(tableId);
        return it == m_relsByTable.end() ? none : it->second;
    }
    const std::vector<const Table *> &orderedTables() const { return m_order; }
    QString className(const QString &tableId) const { return m_names.tableClass.value(tableId); }
    QString family(const QString &tableId, const char *suffix) const
    {
        const QLatin1String s(suffix);
        if (s == QLatin1String("Base"))
            return m_names.baseClass.value(tableId);
        if (s == QLatin1String("Create"))
            return m_names.createClass.value(tableId);
        if (s == QLatin1String("Public"))
            return m_names.publicClass.value(tableId);
        return m_names.updateClass.value(tableId);
    }
    QString moduleOf(const QString &tableId) const { return m_names.module.value(tableId); }
    QString attr(const QString &tableId, const QString &columnId) const
    {
        return m_names.attribute.value(tableId).value(columnId);
    }
    QString enumClass(const QString &enumId) const { return m_names.enumClass.value(enumId); }
    QString enumTypeVar(const QString &enumId) const { return m_names.enumTypeVar.value(enumId); }
    int foreignKeysBetween(const QString &from, const QString &to) const
    {
        auto it = m_fkCount.find({from, to});
        return it == m_fkCount.end() ? 0 : it->second;
    }
    // SQLAlchemy cannot pick the join between two tables when foreign keys link them more than
    // once, in either direction.
    bool ambiguousJoin(const QString &a, const QString &b) const
    {
        const int n = a == b ? foreignKeysBetween(a, a)
                             : foreignKeysBetween(a, b) + foreignKeysBetween(b, a);
        return n > 1;
    }
    int relationshipsOnForeignKey(const QString &fkId) const { return m_fksInRelationships.value(fkId); }

    // Python member names of an enum's values, in order.
    QStringList enumMembers(const EnumType &e) const
    {
        QStringList out;
        QSet<QString> taken = {QStringLiteral("MRO")};
        for (const QString &v : e.values) {
            QString n = safeAttributeName(v).toUpper();
            if (n.endsWith(u'_') && !v.endsWith(u'_'))
                n.chop(1);
            if (n.isEmpty() || !isIdentifier(n) || isPythonKeyword(n))
                n = QLatin1String("VALUE_") + n;
            out << unique(n, taken);
        }
        return out;
    }

    QString enumMember(const QString &enumId, const QString &value) const
    {
        const EnumType *e = m_schema.enumType(enumId);
        if (!e)
            return {};
        const int i = int(e->values.indexOf(value));
        if (i < 0)
            return {};
        return enumClass(enumId) + u'.' + enumMembers(*e).at(i);
    }

private:
    // Design order, except that a link model used through `link_model=` must be defined before
    // the classes that name it at run time.
    void orderTables()
    {
        QHash<QString, QStringList> linksNeeded;
        for (const Relationship &r : m_schema.relationships) {
            if (r.kind != RelationshipKind::ManyToMany)
                continue;
            const auto [link, f1] = foreignKey(r.foreignKey);
            const ForeignKey *f2 = foreignKey(r.secondForeignKey).second;
            if (!f1 || !f2)
                continue;
            linksNeeded[f1->refTable] << link->id;
            linksNeeded[f2->refTable] << link->id;
        }
        QSet<QString> done;
        std::function<void(const Table &)> visit = [&](const Table &t) {
            if (done.contains(t.id))
                return;
            done.insert(t.id);
            for (const QString &linkId : linksNeeded.value(t.id)) {
                if (const Table *l = table(linkId))
                    visit(*l);
            }
            m_order.push_back(&t);
        };
        // A link first visits its own needs; guard against cycles with `done` marked early.
        for (const Table &t : m_schema.tables)
            visit(t);
    }

    const Schema &m_schema;
    GeneratorOptions m_options;
    ModelNames m_names;
    std::map<std::pair<QString, QString>, int> m_fkCount;
    QHash<QString, int> m_fksInRelationships;
    std::vector<const Table *> m_order;
    QHash<QString, const Table *> m_tables;
    QHash<QString, std::pair<const Table *, const ForeignKey *>> m_fks;
    std::map<QString, std::vector<const Relationship *>> m_relsByTable;
};

// Writes the text of one module: tracks imports and which classes exist so far (to decide
// between a plain and a quoted forward reference).
class ModuleWriter
{
public:
    ModuleWriter(const Plan &plan, bool package)
        : m_plan(plan)
        , m_package(package)
    {}

    Imports imports;
    QStringList body;
    QSet<QString> defined;        // class names defined above the current point
    QSet<QString> localTables;    // table ids whose classes live in this module
    QHash<QString, int> typeRefs; // used to decide on TYPE_CHECKING imports

    // The reference to a table's class from inside this module.
    QString classRef(const QString &tableId, bool *quoted)
    {
        const QString name = m_plan.className(tableId);
        if (defined.contains(name)) {
            *quoted = false;
            return name;
        }
        *quoted = true;
        if (m_package && !localTables.contains(tableId)) {
            imports.add(QStringLiteral("typing"), QStringLiteral("TYPE_CHECKING"));
            imports.addTypeChecking(QLatin1String(".") + m_plan.moduleOf(tableId), name);
        }
        return name;
    }

    // A class used at run time (link_model=): imported for real in a package.
    QString runtimeClass(const QString &tableId)
    {
        if (m_package && !localTables.contains(tableId))
            imports.addLocal(QLatin1String(".") + m_plan.moduleOf(tableId), m_plan.className(tableId));
        return m_plan.className(tableId);
    }

    QString enumRef(const QString &enumId)
    {
        if (m_package)
            imports.addLocal(QStringLiteral(".shared"), m_plan.enumClass(enumId));
        return m_plan.enumClass(enumId);
    }

    QString enumTypeRef(const QString &enumId)
    {
        if (m_package)
            imports.addLocal(QStringLiteral(".shared"), m_plan.enumTypeVar(enumId));
        return m_plan.enumTypeVar(enumId);
    }

    QString sqlTypeRef()
    {
        if (m_package)
            imports.addLocal(QStringLiteral(".shared"), QStringLiteral("SqlType"));
        return QStringLiteral("SqlType");
    }

    bool package() const { return m_package; }

private:
    const Plan &m_plan;
    bool m_package;
};

// ---------------------------------------------------------------------------------------------
// Columns

// The Python type of a verbatim SQL type, from its name: what the drivers (psycopg, asyncpg,
// sqlite3) hand back for it. Anything unknown is a string.
QString dialectPythonType(ModuleWriter &w, const QString &sql)
{
    auto &imp = w.imports;
    QString s = sql.simplified().toLower();
    if (s.endsWith(QLatin1String("[]"))) {
        s.chop(2);
        if (s.endsWith(QLatin1String("[]")))
        {
            imp.add(QStringLiteral("typing"), QStringLiteral("Any"));
            return QStringLiteral("list[Any]");
        }
        return QLatin1String("list[") + dialectPythonType(w, s) + u']';
    }
    static const QRegularExpression intRe(
        QStringLiteral(R"(^(tiny|small|medium|big|unsigned )?(int|integer)(\d|\b|\()|^(small|big)?serial|^oid\b)"));
    static const QRegularExpression floatRe(QStringLiteral(R"(^(real|float|double)\b)"));
    static const QRegularExpression decimalRe(QStringLiteral(R"(^(numeric|decimal)\b)"));
    static const QRegularExpression bytesRe(QStringLiteral(
        R"(^(bytea|blob|binary|varbinary|tinyblob|mediumblob|longblob|image)\b)"));
    if (s.startsWith(QLatin1String("interval"))) {
        imp.add(QStringLiteral("datetime"), QStringLiteral("timedelta"));
        return QStringLiteral("timedelta");
    }
    if (intRe.match(s).hasMatch())
        return QStringLiteral("int");
    if (floatRe.match(s).hasMatch())
        return QStringLiteral("float");
    if (decimalRe.match(s).hasMatch()) {
        imp.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
        return QStringLiteral("Decimal");
    }
    if (s.startsWith(QLatin1String("timestamp")) || s.startsWith(QLatin1String("datetime"))) {
        imp.add(QStringLiteral("datetime"), QStringLiteral("datetime"));
        return QStringLiteral("datetime");
    }
    if (s == QLatin1String("date")) {
        imp.add(QStringLiteral("datetime"), QStringLiteral("date"));
        return QStringLiteral("date");
    }
    if (s.startsWith(QLatin1String("time"))) {
        imp.add(QStringLiteral("datetime"), QStringLiteral("time"));
        return QStringLiteral("time");
    }
    if (s.startsWith(QLatin1String("bool")))
        return QStringLiteral("bool");
    if (bytesRe.match(s).hasMatch())
        return QStringLiteral("bytes");
    if (s == QLatin1String("json") || s == QLatin1String("jsonb")) {
        imp.add(QStringLiteral("typing"), QStringLiteral("Any"));
        return QStringLiteral("Any");
    }
    if (s == QLatin1String("uuid")) {
        imp.addModule(QStringLiteral("uuid"));
        return QStringLiteral("uuid.UUID");
    }
    return QStringLiteral("str");
}

QString pythonType(ModuleWriter &w, const Column &c)
{
    auto &imp = w.imports;
    QString base;
    switch (c.type.kind) {
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger: base = QStringLiteral("int"); break;
    case TypeKind::String:
    case TypeKind::Text:
        if (c.constraints.format == QLatin1String("email")) {
            imp.add(QStringLiteral("pydantic"), QStringLiteral("EmailStr"));
            base = QStringLiteral("EmailStr");
        } else {
            base = QStringLiteral("str");
        }
        break;
    case TypeKind::Boolean: base = QStringLiteral("bool"); break;
    case TypeKind::Float: base = QStringLiteral("float"); break;
    case TypeKind::Numeric:
        imp.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
        base = QStringLiteral("Decimal");
        break;
    case TypeKind::Date:
        imp.add(QStringLiteral("datetime"), QStringLiteral("date"));
        base = QStringLiteral("date");
        break;
    case TypeKind::Time:
        imp.add(QStringLiteral("datetime"), QStringLiteral("time"));
        base = QStringLiteral("time");
        break;
    case TypeKind::DateTime:
        imp.add(QStringLiteral("datetime"), QStringLiteral("datetime"));
        base = QStringLiteral("datetime");
        break;
    case TypeKind::Interval:
        imp.add(QStringLiteral("datetime"), QStringLiteral("timedelta"));
        base = QStringLiteral("timedelta");
        break;
    case TypeKind::Uuid:
        imp.addModule(QStringLiteral("uuid"));
        base = QStringLiteral("uuid.UUID");
        break;
    case TypeKind::Json:
    case TypeKind::Jsonb:
        imp.add(QStringLiteral("typing"), QStringLiteral("Any"));
        base = c.defaultFactory == DefaultFactory::EmptyList ? QStringLiteral("list[Any]")
                                                              : QStringLiteral("dict[str, Any]");
        break;
    case TypeKind::LargeBinary: base = QStringLiteral("bytes"); break;
    case TypeKind::Enum: base = w.enumRef(c.type.enumId); break;
    case TypeKind::Dialect: base = dialectPythonType(w, c.type.sql); break;
    }
    if (c.type.array && c.type.kind != TypeKind::Json && c.type.kind != TypeKind::Jsonb)
        base = QLatin1String("list[") + base + u']';
    return base;
}

// The SQLAlchemy type expression for sa_type=, or empty when SQLModel infers the right one.
QString sqlAlchemyType(ModuleWriter &w, const Table &t, const Column &c)
{
    auto sa = [&] {
        w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        return QStringLiteral("sa.");
    };
    QString type;
    switch (c.type.kind) {
    case TypeKind::Integer:
        break;
    case TypeKind::BigInteger:
        // SQLite only auto-increments an INTEGER PRIMARY KEY (the rowid alias), so a BIGINT key
        // becomes INTEGER there.
        if (c.primaryKey && c.autoincrement && t.primaryKey().size() == 1)
            type = sa() + QLatin1String("BigInteger().with_variant(sa.Integer(), \"sqlite\")");
        else
            type = sa() + QLatin1String("BigInteger");
        break;
    case TypeKind::SmallInteger:
        if (c.primaryKey && c.autoincrement && t.primaryKey().size() == 1)
            type = sa() + QLatin1String("SmallInteger().with_variant(sa.Integer(), \"sqlite\")");
        else
            type = sa() + QLatin1String("SmallInteger");
        break;
    case TypeKind::String:
    case TypeKind::Boolean:
    case TypeKind::Float:
    case TypeKind::Numeric:
    case TypeKind::Date:
    case TypeKind::Interval:
    case TypeKind::Uuid:
    case TypeKind::LargeBinary:
        break;
    case TypeKind::Text: type = sa() + QLatin1String("Text"); break;
    case TypeKind::Time:
        if (c.type.timezone)
            type = sa() + QLatin1String("Time(timezone=True)");
        break;
    case TypeKind::DateTime:
        // SQLModel maps `datetime` to its UTCDateTime (TIMESTAMP WITH TIME ZONE that stores aware
        // values and reads them back in UTC, on SQLite too); a naive column must say so.
        if (!c.type.timezone)
            type = sa() + QLatin1String("DateTime()");
        break;
    case TypeKind::Json: type = sa() + QLatin1String("JSON"); break;
    case TypeKind::Jsonb:
        w.imports.add(QStringLiteral("sqlalchemy.dialects"), QStringLiteral("postgresql"));
        type = sa() + QLatin1String("JSON().with_variant(postgresql.JSONB(), \"postgresql\")");
        break;
    case TypeKind::Enum: type = w.enumTypeRef(c.type.enumId); break;
    case TypeKind::Dialect:
        type = w.sqlTypeRef() + u'(' + stringLiteral(c.type.sql) + u')';
        break;
    }
    if (c.type.array && c.type.kind != TypeKind::Json && c.type.kind != TypeKind::Jsonb) {
        // Arrays are native on PostgreSQL and stored as JSON elsewhere.
        QString inner = type;
        if (inner.isEmpty()) {
            switch (c.type.kind) {
            case TypeKind::Integer: inner = QStringLiteral("sa.Integer()"); break;
            case TypeKind::String:
                inner = c.type.length > 0 ? QStringLiteral("sa.String(%1)").arg(c.type.length)
                                          : QStringLiteral("sa.String()");
                break;
            case TypeKind::Boolean: inner = QStringLiteral("sa.Boolean()"); break;
            case TypeKind::Float: inner = QStringLiteral("sa.Float()"); break;
            case TypeKind::Numeric:
                inner = c.type.precision > 0
                            ? QStringLiteral("sa.Numeric(%1, %2)").arg(c.type.precision).arg(c.type.scale)
                            : QStringLiteral("sa.Numeric()");
                break;
            case TypeKind::Date: inner = QStringLiteral("sa.Date()"); break;
            case TypeKind::Interval: inner = QStringLiteral("sa.Interval()"); break;
            case TypeKind::Uuid: inner = QStringLiteral("sa.Uuid()"); break;
            case TypeKind::LargeBinary: inner = QStringLiteral("sa.LargeBinary()"); break;
            default: inner = QStringLiteral("sa.String()"); break;
            }
        } else if (!inner.endsWith(u')')) {
            inner += QLatin1String("()");
        }
        sa();
        w.imports.add(QStringLiteral("sqlalchemy.dialects"), QStringLiteral("postgresql"));
        type = QLatin1String("sa.JSON().with_variant(postgresql.ARRAY(") + inner
               + QLatin1String("), \"postgresql\")");
    }
    return type;
}

// The Python literal for a column's default value, or empty.
QString defaultLiteral(ModuleWriter &w, const Column &c)
{
    return std::visit(
        [&](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, NoDefault>) {
                return {};
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? QStringLiteral("True") : QStringLiteral("False");
            } else if constexpr (std::is_same_v<T, qint64>) {
                if (c.type.kind == TypeKind::Float)
                    return QString::number(v) + QLatin1String(".0");
                if (c.type.kind == TypeKind::Numeric) {
                    w.imports.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
                    return QLatin1String("Decimal(") + stringLiteral(QString::number(v)) + u')';
                }
                return QString::number(v);
            } else if constexpr (std::is_same_v<T, double>) {
                if (c.type.kind == TypeKind::Numeric) {
                    w.imports.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
                    return QLatin1String("Decimal(") + stringLiteral(Python::floatLiteral(v)) + u')';
                }
                return Python::floatLiteral(v);
            } else {
                switch (c.type.kind) {
                case TypeKind::Enum: return w.enumRef(c.type.enumId), QString(); // replaced below
                case TypeKind::Numeric:
                    w.imports.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
                    return QLatin1String("Decimal(") + stringLiteral(v) + u')';
                case TypeKind::Uuid:
                    w.imports.addModule(QStringLiteral("uuid"));
                    return QLatin1String("uuid.UUID(") + stringLiteral(v) + u')';
                case TypeKind::Date:
                    w.imports.add(QStringLiteral("datetime"), QStringLiteral("date"));
                    return QLatin1String("date.fromisoformat(") + stringLiteral(v) + u')';
                case TypeKind::Time:
                    w.imports.add(QStringLiteral("datetime"), QStringLiteral("time"));
                    return QLatin1String("time.fromisoformat(") + stringLiteral(v) + u')';
                case TypeKind::DateTime:
                    w.imports.add(QStringLiteral("datetime"), QStringLiteral("datetime"));
                    return QLatin1String("datetime.fromisoformat(") + stringLiteral(v) + u')';
                case TypeKind::LargeBinary: return u'b' + stringLiteral(v);
                default: return stringLiteral(v);
                }
            }
        },
        c.defaultValue);
}

QString defaultFactoryExpr(ModuleWriter &w, DefaultFactory f)
{
    switch (f) {
    case DefaultFactory::None: return {};
    case DefaultFactory::NowUtc:
        w.imports.add(QStringLiteral("datetime"), QStringLiteral("datetime"));
        w.imports.add(QStringLiteral("datetime"), QStringLiteral("timezone"));
        return QStringLiteral("lambda: datetime.now(timezone.utc)");
    case DefaultFactory::Uuid4:
        w.imports.addModule(QStringLiteral("uuid"));
        return QStringLiteral("uuid.uuid4");
    case DefaultFactory::EmptyList: return QStringLiteral("list");
    case DefaultFactory::EmptyDict: return QStringLiteral("dict");
    }
    return {};
}

// How a foreign key is written: on the column through Field(foreign_key=...), or in
// __table_args__ as a ForeignKeyConstraint (composite keys, ON UPDATE, other actions, names).
bool fkInField(const ForeignKey &fk)
{
    static const QStringList fieldActions = {QString(), QStringLiteral("CASCADE"),
                                             QStringLiteral("SET NULL"), QStringLiteral("RESTRICT")};
    return fk.columns.size() == 1 && fk.onUpdate.isEmpty() && fieldActions.contains(fk.onDelete)
           && fk.name.isEmpty();
}

QString qualifiedTableName(const Table &t)
{
    return t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
}

struct FieldLine
{
    QString attr;
    QString annotation;
    Expr value;      // Field(...) call, or an atom default
    bool hasValue = true;
};

enum class FieldRole { Table, Base, Update };

QString numberLiteral(double v)
{
    if (v == double(qint64(v)) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return Python::floatLiteral(v);
}

// Pydantic constraints: gt/ge/lt/le/multiple_of, min_length/max_length and the pattern
// (through schema_extra: SQLModel's Field has no `pattern`, and `regex` is ignored by
// pydantic 2). max_length also sizes a VARCHAR in SQLModel, so when the constraint differs from
// the declared length the column type is given explicitly.
void addConstraints(ModuleWriter &w, const Column &c, Expr &call, QString *saType)
{
    const ColumnConstraints &k = c.constraints;
    auto number = [&](const char *name, const std::optional<double> &v) {
        if (v)
            call.kwarg(QLatin1String(name), Expr::atom(numberLiteral(*v)));
    };
    number("gt", k.gt);
    number("ge", k.ge);
    number("lt", k.lt);
    number("le", k.le);
    number("multiple_of", k.multipleOf);
    if (k.minLength)
        call.kwarg(QStringLiteral("min_length"), Expr::atom(QString::number(*k.minLength)));
    const bool sized = c.type.kind == TypeKind::String && c.type.length > 0 && !c.type.array;
    if (k.maxLength) {
        call.kwarg(QStringLiteral("max_length"), Expr::atom(QString::number(*k.maxLength)));
        if (sized && *k.maxLength != c.type.length && saType && saType->isEmpty()) {
            w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
            *saType = QStringLiteral("sa.String(%1)").arg(c.type.length);
        }
    } else if (sized) {
        call.kwarg(QStringLiteral("max_length"), Expr::atom(QString::number(c.type.length)));
    }
    if (!k.pattern.isEmpty()) {
        Expr extra = Expr::dict();
        extra.entry(QStringLiteral("\"pattern\""), Expr::atom(stringLiteral(k.pattern)));
        call.kwarg(QStringLiteral("schema_extra"), extra);
    }
}

FieldLine columnField(const Plan &plan, ModuleWriter &w, const Table &t, const Column &c,
                      FieldRole role)
{
    FieldLine f;
    f.attr = plan.attr(t.id, c.id);
    const QString pyType = pythonType(w, c);
    const bool generated = isGeneratedKey(c);
    Expr call = Expr::call(QStringLiteral("Field"));

    if (role == FieldRole::Update) {
        f.annotation = pyType + QLatin1String(" | None");
        call.kwarg(QStringLiteral("default"), Expr::atom(QStringLiteral("None")));
        addConstraints(w, c, call, nullptr);
        if (c.type.kind == TypeKind::Numeric && c.type.precision > 0 && !c.type.array) {
            call.kwarg(QStringLiteral("max_digits"), Expr::atom(QString::number(c.type.precision)));
            call.kwarg(QStringLiteral("decimal_places"), Expr::atom(QString::number(c.type.scale)));
        }
        if (call.items.size() == 1) {
            f.value = Expr::atom(QStringLiteral("None"));
        } else {
            f.value = call;
        }
        return f;
    }

    // Python-side default and nullability of the annotation.
    QString defaultExpr = defaultLiteral(w, c);
    if (c.type.kind == TypeKind::Enum && std::holds_alternative<QString>(c.defaultValue))
        defaultExpr = plan.enumMember(c.type.enumId, std::get<QString>(c.defaultValue));
    const QString factory = defaultFactoryExpr(w, c.defaultFactory);
    bool optional = c.nullable && !c.primaryKey;
    bool explicitNotNull = false;
    if (generated && factory.isEmpty()) {
        optional = true; // `id: int | None = Field(default=None, primary_key=True)`
        defaultExpr = QStringLiteral("None");
    } else if (!c.nullable && defaultExpr.isEmpty() && factory.isEmpty()
               && (!c.serverDefault.isEmpty() || (c.autoincrement && !c.primaryKey))) {
        // The database fills it in: optional in Python, NOT NULL in SQL. SQLAlchemy leaves a None
        // out of the INSERT for a column with a server default.
        optional = true;
        defaultExpr = QStringLiteral("None");
        explicitNotNull = true;
    } else if (optional && defaultExpr.isEmpty() && factory.isEmpty()) {
        defaultExpr = QStringLiteral("None");
    }
    f.annotation = optional ? pyType + QLatin1String(" | None") : pyType;

    if (!factory.isEmpty())
        call.kwarg(QStringLiteral("default_factory"), Expr::atom(factory));
    else if (!defaultExpr.isEmpty())
        call.kwarg(QStringLiteral("default"), Expr::atom(defaultExpr));
    if (c.primaryKey)
        call.kwarg(QStringLiteral("primary_key"), Expr::atom(QStringLiteral("True")));
    QString onDelete;
    for (const ForeignKey &fk : t.foreignKeys) {
        if (!fkInField(fk) || fk.columns.front() != c.id)
            continue;
        const Table *ref = plan.table(fk.refTable);
        const Column *refCol = ref ? ref->column(fk.refColumns.value(0)) : nullptr;
        if (!ref || !refCol)
            continue;
        call.kwarg(QStringLiteral("foreign_key"),
                   Expr::atom(stringLiteral(qualifiedTableName(*ref) + u'.' + refCol->name)));
        onDelete = fk.onDelete;
        break;
    }
    if (c.unique)
        call.kwarg(QStringLiteral("unique"), Expr::atom(QStringLiteral("True")));
    if (c.index)
        call.kwarg(QStringLiteral("index"), Expr::atom(QStringLiteral("True")));
    if (!onDelete.isEmpty())
        call.kwarg(QStringLiteral("ondelete"), Expr::atom(stringLiteral(onDelete)));
    if (explicitNotNull)
        call.kwarg(QStringLiteral("nullable"), Expr::atom(QStringLiteral("False")));
    else if (c.nullable && !optional && !c.primaryKey)
        call.kwarg(QStringLiteral("nullable"), Expr::atom(QStringLiteral("True")));
    QString saType = sqlAlchemyType(w, t, c);
    addConstraints(w, c, call, &saType);
    if (c.type.kind == TypeKind::Numeric && c.type.precision > 0 && !c.type.array) {
        call.kwarg(QStringLiteral("max_digits"), Expr::atom(QString::number(c.type.precision)));
        call.kwarg(QStringLiteral("decimal_places"), Expr::atom(QString::number(c.type.scale)));
    }
    if (!saType.isEmpty())
        call.kwarg(QStringLiteral("sa_type"), Expr::atom(saType));

    Expr kwargs = Expr::dict();
    if (f.attr != c.name)
        kwargs.entry(QStringLiteral("\"name\""), Expr::atom(stringLiteral(c.name)));
    if (!c.serverDefault.isEmpty()) {
        w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        kwargs.entry(QStringLiteral("\"server_default\""),
                     Expr::call(QStringLiteral("sa.text")).arg(Expr::atom(stringLiteral(c.serverDefault))));
    }
    if (c.primaryKey && isIntegerKind(c.type.kind)) {
        const bool single = t.primaryKey().size() == 1;
        // SQLAlchemy auto-increments a lone integer key by default and never a composite one.
        if (single && !c.autoincrement)
            kwargs.entry(QStringLiteral("\"autoincrement\""), Expr::atom(QStringLiteral("False")));
        else if (!single && c.autoincrement)
            kwargs.entry(QStringLiteral("\"autoincrement\""), Expr::atom(QStringLiteral("True")));
    }
    if (!c.comment.isEmpty())
        kwargs.entry(QStringLiteral("\"comment\""), Expr::atom(stringLiteral(c.comment)));
    if (c.autoincrement && !c.primaryKey) {
        // A numbered column outside the key: an identity column (PostgreSQL).
        w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        call.kwarg(QStringLiteral("sa_column_args"),
                   Expr::list().arg(Expr::atom(QStringLiteral("sa.Identity()"))));
    }
    if (!kwargs.isEmpty())
        call.kwarg(QStringLiteral("sa_column_kwargs"), kwargs);

    if (call.items.empty()) {
        f.hasValue = false;
    } else if (call.items.size() == 1 && call.items.front().first == QLatin1String("default=")) {
        f.value = call.items.front().second;
    } else {
        f.value = call;
    }
    Q_UNUSED(role);
    return f;
}

void emitField(QStringList &out, const FieldLine &f)
{
    const QString head = f.attr + QLatin1String(": ") + f.annotation;
    if (!f.hasValue)
        out << QLatin1String("    ") + head;
    else
        Python::layout(out, 4, head + QLatin1String(" = "), f.value);
}

// ---------------------------------------------------------------------------------------------
// Table-level constraints

QStringList columnNames(const Table &t, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        if (const Column *c = t.column(id))
            names << c->name;
    }
    return names;
}

Expr tableArgs(const Plan &plan, ModuleWriter &w, const Table &t, bool allForeignKeys = false)
{
    Expr args = Expr::tuple();
    auto sa = [&](const char *name) {
        w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        return Expr::call(QLatin1String("sa.") + QLatin1String(name));
    };
    for (const ForeignKey &fk : t.foreignKeys) {
        if (fkInField(fk) && !allForeignKeys)
            continue;
        const Table *ref = plan.table(fk.refTable);
        if (!ref)
            continue;
        Expr cols = Expr::list();
        for (const QString &n : columnNames(t, fk.columns))
            cols.arg(Expr::atom(stringLiteral(n)));
        Expr refs = Expr::list();
        for (const QString &n : columnNames(*ref, fk.refColumns))
            refs.arg(Expr::atom(stringLiteral(qualifiedTableName(*ref) + u'.' + n)));
        Expr call = sa("ForeignKeyConstraint");
        call.arg(cols).arg(refs);
        if (!fk.onDelete.isEmpty())
            call.kwarg(QStringLiteral("ondelete"), Expr::atom(stringLiteral(fk.onDelete)));
        if (!fk.onUpdate.isEmpty())
            call.kwarg(QStringLiteral("onupdate"), Expr::atom(stringLiteral(fk.onUpdate)));
        if (!fk.name.isEmpty())
            call.kwarg(QStringLiteral("name"), Expr::atom(stringLiteral(fk.name)));
        args.arg(call);
    }
    {
        // A key whose order is not the column order needs its own constraint.
        const std::vector<const Column *> pk = t.primaryKey();
        std::vector<const Column *> inColumnOrder;
        for (const Column &c : t.columns) {
            if (c.primaryKey)
                inColumnOrder.push_back(&c);
        }
        // SQLAlchemy also moves an autoincrement column to the front of an implicit key.
        const bool numbered = std::any_of(pk.begin(), pk.end(),
                                          [](const Column *c) { return c->autoincrement; });
        if (pk.size() > 1 && (pk != inColumnOrder || numbered)) {
            Expr call = sa("PrimaryKeyConstraint");
            for (const Column *c : pk)
                call.arg(Expr::atom(stringLiteral(c->name)));
            args.arg(call);
        }
    }
    for (const UniqueConstraint &u : t.uniques) {
        Expr call = sa("UniqueConstraint");
        for (const QString &n : columnNames(t, u.columns))
            call.arg(Expr::atom(stringLiteral(n)));
        if (!u.name.isEmpty())
            call.kwarg(QStringLiteral("name"), Expr::atom(stringLiteral(u.name)));
        args.arg(call);
    }
    for (const Index &i : t.indexes) {
        Expr call = sa("Index");
        // None lets the naming convention name it (and shorten it to the dialect's limit).
        call.arg(Expr::atom(i.name.isEmpty() ? QStringLiteral("None") : stringLiteral(i.name)));
        for (const QString &n : columnNames(t, i.columns))
            call.arg(Expr::atom(stringLiteral(n)));
        if (i.unique)
            call.kwarg(QStringLiteral("unique"), Expr::atom(QStringLiteral("True")));
        if (!i.where.isEmpty()) {
            // A partial index: the predicate is SQL, kept verbatim for both dialects.
            const Expr predicate = Expr::call(QStringLiteral("sa.text"))
                                       .arg(Expr::atom(stringLiteral(i.where)));
            call.kwarg(QStringLiteral("postgresql_where"), predicate);
            call.kwarg(QStringLiteral("sqlite_where"), predicate);
        }
        args.arg(call);
    }
    for (const CheckConstraint &ck : t.effectiveChecks()) {
        Expr call = sa("CheckConstraint");
        call.arg(Expr::atom(stringLiteral(ck.expression)));
        call.kwarg(QStringLiteral("name"), Expr::atom(stringLiteral(ck.name)));
        args.arg(call);
    }
    Expr options = Expr::dict();
    if (!t.schema.isEmpty())
        options.entry(QStringLiteral("\"schema\""), Expr::atom(stringLiteral(t.schema)));
    if (!t.comment.isEmpty())
        options.entry(QStringLiteral("\"comment\""), Expr::atom(stringLiteral(t.comment)));
    if (args.isEmpty())
        return options; // a dict, possibly empty
    if (!options.isEmpty())
        args.arg(options);
    return args;
}

// ---------------------------------------------------------------------------------------------
// Relationships

struct RelField
{
    QString attr;
    QString annotation;
    Expr call;
};

QString joinCondition(const Plan &plan, const Table &keyTable, const QStringList &keyColumns,
                      const Table &fkTable, const QStringList &fkColumns)
{
    QStringList parts;
    for (int i = 0; i < keyColumns.size() && i < fkColumns.size(); ++i) {
        parts << plan.className(keyTable.id) + u'.' + plan.attr(keyTable.id, keyColumns.at(i))
                     + QLatin1String(" == ") + plan.className(fkTable.id) + u'.'
                     + plan.attr(fkTable.id, fkColumns.at(i));
    }
    if (parts.size() == 1)
        return parts.front();
    return QLatin1String("and_(") + parts.join(QLatin1String(", ")) + u')';
}

QString attrList(const Plan &plan, const Table &t, const QStringList &columnIds)
{
    QStringList parts;
    for (const QString &id : columnIds)
        parts << plan.className(t.id) + u'.' + plan.attr(t.id, id);
    return u'[' + parts.join(QLatin1String(", ")) + u']';
}

// The relationship attributes that live on table `t`, in schema order.
std::vector<RelField> relationshipFields(const Plan &plan, ModuleWriter &w, const Table &t)
{
    std::vector<RelField> out;
    for (const Relationship *rp : plan.relationshipsOf(t.id)) {
        const Relationship &r = *rp;
        const auto [fkTable, fk] = plan.foreignKey(r.foreignKey);
        if (!fk)
            continue;
        const Table *parent = plan.table(fk->refTable);
        if (!parent)
            continue;
        if (r.kind == RelationshipKind::ManyToMany) {
            const ForeignKey *fk2 = plan.foreignKey(r.secondForeignKey).second;
            const Table *other = fk2 ? plan.table(fk2->refTable) : nullptr;
            if (!other)
                continue;
            // Ambiguous when the link reaches one end through more than one foreign key.
            const bool ambiguous = parent->id == other->id
                                   || plan.ambiguousJoin(fkTable->id, parent->id)
                                   || plan.ambiguousJoin(fkTable->id, other->id);
            const bool viewOnly = r.viewOnly || plan.relationshipsOnForeignKey(fk->id) > 1
                                  || plan.relationshipsOnForeignKey(fk2->id) > 1;
            auto side = [&](const Table &self, const QString &attr, const Table &target,
                            const QString &backAttr, const ForeignKey &selfFk, const ForeignKey &targetFk) {
                if (attr.isEmpty() || self.id != t.id)
                    return;
                RelField f;
                f.attr = attr;
                bool quoted = false;
                const QString ref = w.classRef(target.id, &quoted);
                f.annotation = quoted ? QString(QLatin1String("list[\"") + ref + QLatin1String("\"]"))
                                      : QString(QLatin1String("list[") + ref + u']');
                f.call = Expr::call(QStringLiteral("Relationship"));
                if (!backAttr.isEmpty())
                    f.call.kwarg(QStringLiteral("back_populates"), Expr::atom(stringLiteral(backAttr)));
                f.call.kwarg(QStringLiteral("link_model"), Expr::atom(w.runtimeClass(fkTable->id)));
                Expr kw = Expr::dict();
                if (ambiguous) {
                    kw.entry(QStringLiteral("\"primaryjoin\""),
                             Expr::atom(stringLiteral(joinCondition(plan, self, selfFk.refColumns, *fkTable, selfFk.columns))));
                    kw.entry(QStringLiteral("\"secondaryjoin\""),
                             Expr::atom(stringLiteral(joinCondition(plan, target, targetFk.refColumns, *fkTable, targetFk.columns))));
                }
                if (!r.lazy.isEmpty())
                    kw.entry(QStringLiteral("\"lazy\""), Expr::atom(stringLiteral(r.lazy)));
                if (viewOnly)
                    kw.entry(QStringLiteral("\"viewonly\""), Expr::atom(QStringLiteral("True")));
                if (!kw.isEmpty())
                    f.call.kwarg(QStringLiteral("sa_relationship_kwargs"), kw);
                out.push_back(std::move(f));
            };
            side(*parent, r.parentAttribute, *other, r.childAttribute, *fk, *fk2);
            side(*other, r.childAttribute, *parent, r.parentAttribute, *fk2, *fk);
            continue;
        }

        const bool selfRef = parent->id == fkTable->id;
        const bool ambiguous = plan.ambiguousJoin(fkTable->id, parent->id);
        const bool oneToOne = r.kind == RelationshipKind::OneToOne;
        // Parent side: a collection (or a scalar for one-to-one).
        if (!r.parentAttribute.isEmpty() && parent->id == t.id) {
            RelField f;
            f.attr = r.parentAttribute;
            bool quoted = false;
            const QString ref = w.classRef(fkTable->id, &quoted);
            if (oneToOne) {
                if (quoted) {
                    w.imports.add(QStringLiteral("typing"), QStringLiteral("Optional"));
                    f.annotation = QLatin1String("Optional[\"") + ref + QLatin1String("\"]");
                } else {
                    f.annotation = ref + QLatin1String(" | None");
                }
            } else {
                f.annotation = quoted ? QString(QLatin1String("list[\"") + ref + QLatin1String("\"]"))
                                      : QString(QLatin1String("list[") + ref + u']');
            }
            f.call = Expr::call(QStringLiteral("Relationship"));
            if (!r.childAttribute.isEmpty())
                f.call.kwarg(QStringLiteral("back_populates"), Expr::atom(stringLiteral(r.childAttribute)));
            if (r.cascadeDelete)
                f.call.kwarg(QStringLiteral("cascade_delete"), Expr::atom(QStringLiteral("True")));
            if (r.passiveDeletes == QLatin1String("true"))
                f.call.kwarg(QStringLiteral("passive_deletes"), Expr::atom(QStringLiteral("True")));
            else if (r.passiveDeletes == QLatin1String("all"))
                f.call.kwarg(QStringLiteral("passive_deletes"), Expr::atom(QStringLiteral("\"all\"")));
            Expr kw = Expr::dict();
            if (ambiguous)
                kw.entry(QStringLiteral("\"foreign_keys\""),
                         Expr::atom(stringLiteral(attrList(plan, *fkTable, fk->columns))));
            if (oneToOne)
                kw.entry(QStringLiteral("\"uselist\""), Expr::atom(QStringLiteral("False")));
            if (!r.lazy.isEmpty())
                kw.entry(QStringLiteral("\"lazy\""), Expr::atom(stringLiteral(r.lazy)));
            if (r.viewOnly)
                kw.entry(QStringLiteral("\"viewonly\""), Expr::atom(QStringLiteral("True")));
            if (!kw.isEmpty())
                f.call.kwarg(QStringLiteral("sa_relationship_kwargs"), kw);
            out.push_back(std::move(f));
        }
        // Child side: the scalar reference to the parent.
        if (!r.childAttribute.isEmpty() && fkTable->id == t.id) {
            RelField f;
            f.attr = r.childAttribute;
            bool nullable = false;
            for (const QString &id : fk->columns) {
                if (const Column *c = fkTable->column(id); c && c->nullable)
                    nullable = true;
            }
            bool quoted = false;
            const QString ref = w.classRef(parent->id, &quoted);
            if (nullable) {
                if (quoted) {
                    w.imports.add(QStringLiteral("typing"), QStringLiteral("Optional"));
                    f.annotation = QLatin1String("Optional[\"") + ref + QLatin1String("\"]");
                } else {
                    f.annotation = ref + QLatin1String(" | None");
                }
            } else {
                f.annotation = quoted ? QString(u'"' + ref + u'"') : ref;
            }
            f.call = Expr::call(QStringLiteral("Relationship"));
            if (!r.parentAttribute.isEmpty())
                f.call.kwarg(QStringLiteral("back_populates"), Expr::atom(stringLiteral(r.parentAttribute)));
            Expr kw = Expr::dict();
            if (ambiguous || selfRef)
                kw.entry(QStringLiteral("\"foreign_keys\""),
                         Expr::atom(stringLiteral(attrList(plan, *fkTable, fk->columns))));
            if (selfRef) {
                QString remote = attrList(plan, *parent, fk->refColumns);
                if (fk->refColumns.size() == 1)
                    remote = remote.mid(1, remote.size() - 2);
                kw.entry(QStringLiteral("\"remote_side\""), Expr::atom(stringLiteral(remote)));
            }
            if (!r.lazy.isEmpty())
                kw.entry(QStringLiteral("\"lazy\""), Expr::atom(stringLiteral(r.lazy)));
            if (r.viewOnly)
                kw.entry(QStringLiteral("\"viewonly\""), Expr::atom(QStringLiteral("True")));
            if (!kw.isEmpty())
                f.call.kwarg(QStringLiteral("sa_relationship_kwargs"), kw);
            out.push_back(std::move(f));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Classes

void emitClassBody(QStringList &out, const QStringList &lines)
{
    if (lines.isEmpty())
        out << QStringLiteral("    pass");
    else
        out << lines;
}

// ---------------------------------------------------------------------------------------------
// Validators

// The user's body, re-indented to the method level; blank lines stay blank.
QStringList indentBody(const QString &body, int indent)
{
    QStringList lines = body.split(u'\n');
    for (QString &l : lines) {
        l.replace(u'\t', QLatin1String("    "));
        if (l.endsWith(u'\r'))
            l.chop(1);
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    qsizetype common = -1;
    for (const QString &l : lines) {
        if (l.isEmpty())
            continue;
        qsizetype n = 0;
        while (n < l.size() && l.at(n) == u' ')
            ++n;
        common = common < 0 ? n : std::min(common, n);
    }
    const QString pad(indent, u' ');
    QStringList out;
    for (const QString &l : lines)
        out << (l.isEmpty() ? QString() : pad + l.mid(std::max<qsizetype>(common, 0)));
    return out;
}

// The validators of a table's input models: those its column constraints need (allowed values,
// formats other than email) and the user's own. `update`: for XUpdate, where every field is
// optional and model validators do not apply.
QStringList validatorMethods(const Plan &plan, ModuleWriter &w, const Table &t, bool update)
{
    QStringList out;
    QSet<QString> taken;
    for (const Column &c : t.columns)
        taken.insert(plan.attr(t.id, c.id));
    for (const Validator &v : t.validators)
        taken.insert(v.name);
    auto fieldDecorator = [&](const QStringList &attrs, const QString &mode) {
        w.imports.add(QStringLiteral("pydantic"), QStringLiteral("field_validator"));
        Expr deco = Expr::call(QStringLiteral("@field_validator"));
        for (const QString &a : attrs)
            deco.arg(Expr::atom(stringLiteral(a)));
        if (!mode.isEmpty())
            deco.kwarg(QStringLiteral("mode"), Expr::atom(stringLiteral(mode)));
        out << QString();
        Python::layout(out, 4, QString(), deco);
        out << QStringLiteral("    @classmethod");
    };
    auto valueType = [&](const Column &c) {
        QString type = pythonType(w, c);
        if (update || (c.nullable && !c.primaryKey))
            type += QLatin1String(" | None");
        return type;
    };
    // Built-in checks from the constraints.
    for (const Column &c : t.columns) {
        const ColumnConstraints &k = c.constraints;
        const QString attr = plan.attr(t.id, c.id);
        const bool mayBeNone = update || (c.nullable && !c.primaryKey);
        // `checks` writes the test at the given indent; None passes when the field may be None.
        auto method = [&](const QString &suffix, const std::function<void(int)> &checks) {
            const QString name = unique(attr + suffix, taken);
            fieldDecorator({attr}, {});
            const QString type = valueType(c);
            out << QStringLiteral("    def %1(cls, value: %2) -> %2:").arg(name, type);
            if (mayBeNone) {
                out << QStringLiteral("        if value is not None:");
                checks(12);
            } else {
                checks(8);
            }
            out << QStringLiteral("        return value");
        };
        auto raise = [&](int indent, const QString &message) {
            Python::layout(out, indent, QStringLiteral("raise "),
                           Expr::call(QStringLiteral("ValueError")).arg(Expr::atom(stringLiteral(message))));
        };
        if (!k.allowedValues.isEmpty()) {
            Expr set = Expr::tuple();
            const bool numeric = c.type.kind == TypeKind::Integer || c.type.kind == TypeKind::BigInteger
                                 || c.type.kind == TypeKind::SmallInteger || c.type.kind == TypeKind::Float
                                 || c.type.kind == TypeKind::Numeric;
            for (const QString &v : k.allowedValues) {
                if (!numeric) {
                    set.arg(Expr::atom(stringLiteral(v)));
                } else if (c.type.kind == TypeKind::Numeric) {
                    w.imports.add(QStringLiteral("decimal"), QStringLiteral("Decimal"));
                    set.arg(Expr::atom(QLatin1String("Decimal(") + stringLiteral(v) + u')'));
                } else if (c.type.kind == TypeKind::Float) {
                    set.arg(Expr::atom(Python::floatLiteral(v.toDouble())));
                } else {
                    set.arg(Expr::atom(QString::number(qint64(v.toDouble()))));
                }
            }
            method(QStringLiteral("_allowed"), [&](int indent) {
                Python::layout(out, indent, QStringLiteral("if value not in "), set, QStringLiteral(":"));
                raise(indent + 4, QLatin1String("must be one of: ") + k.allowedValues.join(QLatin1String(", ")));
            });
        }
        if (k.format == QLatin1String("url")) {
            w.imports.add(QStringLiteral("urllib.parse"), QStringLiteral("urlsplit"));
            method(QStringLiteral("_is_url"), [&](int indent) {
                const QString pad(indent, u' ');
                out << pad + QStringLiteral("url = urlsplit(value)")
                    << pad + QStringLiteral("if url.scheme not in (\"http\", \"https\") or not url.netloc:");
                raise(indent + 4, QStringLiteral("must be an http or https URL"));
            });
        } else if (k.format == QLatin1String("uuid")) {
            w.imports.addModule(QStringLiteral("uuid"));
            method(QStringLiteral("_is_uuid"), [&](int indent) {
                const QString pad(indent, u' ');
                out << pad + QStringLiteral("try:") << pad + QStringLiteral("    uuid.UUID(value)")
                    << pad + QStringLiteral("except ValueError:");
                Python::layout(out, indent + 4, QStringLiteral("raise "),
                               Expr::call(QStringLiteral("ValueError"))
                                   .arg(Expr::atom(stringLiteral(QStringLiteral("must be a UUID")))),
                               QStringLiteral(" from None"));
            });
        } else if (k.format == QLatin1String("slug")) {
            w.imports.addModule(QStringLiteral("re"));
            method(QStringLiteral("_is_slug"), [&](int indent) {
                const QString pad(indent, u' ');
                out << pad + QStringLiteral("if not re.fullmatch(r\"[a-z0-9]+(?:-[a-z0-9]+)*\", value):");
                raise(indent + 4, QStringLiteral("must be a slug: lower-case letters and digits "
                                                 "joined by hyphens"));
            });
        }
    }
    // The user's validators.
    for (const Validator &v : t.validators) {
        if (v.model) {
            if (update)
                continue;
            w.imports.add(QStringLiteral("pydantic"), QStringLiteral("model_validator"));
            out << QString();
            const QString mode = v.mode.isEmpty() ? QStringLiteral("after") : v.mode;
            out << QStringLiteral("    @model_validator(mode=%1)").arg(stringLiteral(mode));
            if (mode == QLatin1String("after")) {
                w.imports.add(QStringLiteral("typing_extensions"), QStringLiteral("Self"));
                out << QStringLiteral("    def %1(self) -> Self:").arg(v.name);
            } else if (mode == QLatin1String("before")) {
                w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
                out << QStringLiteral("    @classmethod")
                    << QStringLiteral("    def %1(cls, data: Any) -> Any:").arg(v.name);
            } else {
                w.imports.add(QStringLiteral("typing_extensions"), QStringLiteral("Self"));
                w.imports.add(QStringLiteral("pydantic"), QStringLiteral("ModelWrapValidatorHandler"));
                w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
                out << QStringLiteral("    @classmethod");
                Expr def = Expr::call(QLatin1String("def ") + v.name);
                def.arg(Expr::atom(QStringLiteral("cls")))
                    .arg(Expr::atom(QStringLiteral("data: Any")))
                    .arg(Expr::atom(QStringLiteral("handler: ModelWrapValidatorHandler[Self]")));
                Python::layout(out, 4, QString(), def, QStringLiteral(" -> Self:"));
            }
            out << indentBody(v.body, 8);
            continue;
        }
        QStringList attrs;
        QStringList types;
        for (const QString &id : v.columns) {
            if (const Column *c = t.column(id)) {
                attrs << plan.attr(t.id, c->id);
                types << valueType(*c);
            }
        }
        types.removeDuplicates();
        fieldDecorator(attrs, v.mode);
        if (v.mode.isEmpty()) {
            QString type = types.size() == 1 ? types.front() : QString();
            if (type.isEmpty()) {
                w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
                type = QStringLiteral("Any");
            }
            out << QStringLiteral("    def %1(cls, value: %2) -> %2:").arg(v.name, type);
            if (update && type.endsWith(QLatin1String(" | None"))) {
                out << QStringLiteral("        if value is None:")
                    << QStringLiteral("            return value");
            }
        } else if (v.mode == QLatin1String("wrap")) {
            w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
            w.imports.add(QStringLiteral("pydantic"), QStringLiteral("ValidatorFunctionWrapHandler"));
            Expr def = Expr::call(QLatin1String("def ") + v.name);
            def.arg(Expr::atom(QStringLiteral("cls")))
                .arg(Expr::atom(QStringLiteral("value: Any")))
                .arg(Expr::atom(QStringLiteral("handler: ValidatorFunctionWrapHandler")));
            Python::layout(out, 4, QString(), def, QStringLiteral(" -> Any:"));
        } else {
            w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
            out << QStringLiteral("    def %1(cls, value: Any) -> Any:").arg(v.name);
        }
        out << indentBody(v.body, 8);
    }
    return out;
}

// The full SQLAlchemy type of a column, for a Core table (where nothing infers it).
QString coreType(ModuleWriter &w, const Table &t, const Column &c)
{
    QString type = sqlAlchemyType(w, t, c);
    if (!type.isEmpty())
        return type.endsWith(u')') ? type : type + QLatin1String("()");
    w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
    switch (c.type.kind) {
    case TypeKind::Integer: return QStringLiteral("sa.Integer()");
    case TypeKind::String:
        return c.type.length > 0 ? QStringLiteral("sa.String(%1)").arg(c.type.length)
                                 : QStringLiteral("sa.String()");
    case TypeKind::Boolean: return QStringLiteral("sa.Boolean()");
    case TypeKind::Float: return QStringLiteral("sa.Float()");
    case TypeKind::Numeric:
        return c.type.precision > 0
                   ? QStringLiteral("sa.Numeric(%1, %2)").arg(c.type.precision).arg(c.type.scale)
                   : QStringLiteral("sa.Numeric()");
    case TypeKind::Date: return QStringLiteral("sa.Date()");
    case TypeKind::Time: return QStringLiteral("sa.Time()");
    case TypeKind::DateTime: return QStringLiteral("sa.DateTime(timezone=True)");
    case TypeKind::Interval: return QStringLiteral("sa.Interval()");
    case TypeKind::Uuid: return QStringLiteral("sa.Uuid()");
    case TypeKind::LargeBinary: return QStringLiteral("sa.LargeBinary()");
    default: return QStringLiteral("sa.String()");
    }
}

// A table without a primary key cannot be a SQLModel table model: it becomes a Core table on
// the same metadata, so that create_all and Alembic still see it.
void emitCoreTable(const Plan &plan, ModuleWriter &w, const Table &t)
{
    w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
    QStringList &out = w.body;
    blankLines(out, 2);
    out << QStringLiteral("# No primary key, so no model class: a Core table on the same metadata.");
    Expr call = Expr::call(QStringLiteral("sa.Table"));
    call.arg(Expr::atom(stringLiteral(t.name)));
    call.arg(Expr::atom(QStringLiteral("SQLModel.metadata")));
    for (const Column &c : t.columns) {
        Expr col = Expr::call(QStringLiteral("sa.Column"));
        col.arg(Expr::atom(stringLiteral(c.name)));
        col.arg(Expr::atom(coreType(w, t, c)));
        if (c.autoincrement && !c.primaryKey)
            col.arg(Expr::atom(QStringLiteral("sa.Identity()")));
        col.kwarg(QStringLiteral("nullable"),
                  Expr::atom(c.nullable ? QStringLiteral("True") : QStringLiteral("False")));
        const QString def = defaultLiteral(w, c);
        if (!def.isEmpty() && c.type.kind != TypeKind::Enum)
            col.kwarg(QStringLiteral("default"), Expr::atom(def));
        if (!c.serverDefault.isEmpty()) {
            col.kwarg(QStringLiteral("server_default"),
                      Expr::call(QStringLiteral("sa.text")).arg(Expr::atom(stringLiteral(c.serverDefault))));
        }
        if (c.unique)
            col.kwarg(QStringLiteral("unique"), Expr::atom(QStringLiteral("True")));
        if (c.index)
            col.kwarg(QStringLiteral("index"), Expr::atom(QStringLiteral("True")));
        if (!c.comment.isEmpty())
            col.kwarg(QStringLiteral("comment"), Expr::atom(stringLiteral(c.comment)));
        call.arg(col);
    }
    // Foreign keys, uniques, indexes and checks as for a model; the options become keywords.
    const Expr args = tableArgs(plan, w, t, /*allForeignKeys=*/true);
    // Dict entries are keyed `"schema": `; they become `schema=`.
    auto options = [&](const Expr &dict) {
        for (const auto &[key, value] : dict.items)
            call.kwarg(key.mid(1, key.indexOf(u'"', 1) - 1), value);
    };
    if (args.kind == Expr::Kind::Dict) {
        options(args);
    } else {
        for (const auto &[key, a] : args.items) {
            if (a.kind == Expr::Kind::Dict)
                options(a);
            else
                call.arg(a);
        }
    }
    Python::layout(out, 0, plan.className(t.id) + QLatin1String(" = "), call);
}

void emitTableFamily(const Plan &plan, ModuleWriter &w, const Table &t)
{
    if (t.primaryKey().empty()) {
        emitCoreTable(plan, w, t);
        return;
    }
    QStringList &out = w.body;
    const bool multi = plan.options().multipleModels;
    const QString cls = plan.className(t.id);

    // XBase: the data fields shared by the table model, XCreate and XPublic.
    if (multi) {
        blankLines(out, 2);
        out << QLatin1String("class ") + plan.family(t.id, "Base") + QLatin1String("(SQLModel):");
        QStringList lines;
        for (const Column &c : t.columns) {
            if (!isGeneratedKey(c))
                emitField(lines, columnField(plan, w, t, c, FieldRole::Base));
        }
        lines << validatorMethods(plan, w, t, false);
        emitClassBody(out, lines);
        w.defined.insert(plan.family(t.id, "Base"));
    }

    blankLines(out, 2);
    out << QLatin1String("class ") + cls + u'('
               + (multi ? plan.family(t.id, "Base") : QStringLiteral("SQLModel"))
               + QLatin1String(", table=True):");
    QStringList lines;
    lines << QLatin1String("    __tablename__ = ") + stringLiteral(t.name);
    const Expr args = tableArgs(plan, w, t);
    if (!args.isEmpty())
        Python::layout(lines, 4, QStringLiteral("__table_args__ = "), args);
    for (const Column &c : t.columns) {
        if (!multi || isGeneratedKey(c))
            emitField(lines, columnField(plan, w, t, c, FieldRole::Table));
    }
    for (const RelField &f : relationshipFields(plan, w, t))
        Python::layout(lines, 4, f.attr + QLatin1String(": ") + f.annotation + QLatin1String(" = "), f.call);
    if (!multi)
        lines << validatorMethods(plan, w, t, false);
    out << lines;
    w.defined.insert(cls);

    if (!multi)
        return;

    blankLines(out, 2);
    out << QLatin1String("class ") + plan.family(t.id, "Create") + u'(' + plan.family(t.id, "Base")
               + QLatin1String("):") << QStringLiteral("    pass");
    w.defined.insert(plan.family(t.id, "Create"));

    blankLines(out, 2);
    out << QLatin1String("class ") + plan.family(t.id, "Public") + u'(' + plan.family(t.id, "Base")
               + QLatin1String("):");
    lines.clear();
    for (const Column &c : t.columns) {
        if (isGeneratedKey(c))
            lines << QLatin1String("    ") + plan.attr(t.id, c.id) + QLatin1String(": ") + pythonType(w, c);
    }
    emitClassBody(out, lines);
    w.defined.insert(plan.family(t.id, "Public"));

    // XUpdate: every non-key field, optional. A table of keys only (a plain link) has none.
    lines.clear();
    for (const Column &c : t.columns) {
        if (!c.primaryKey)
            emitField(lines, columnField(plan, w, t, c, FieldRole::Update));
    }
    if (lines.isEmpty())
        return;
    {
        // Field validators of primary-key columns do not apply: XUpdate has no key fields.
        Table updatable = t;
        std::erase_if(updatable.validators, [&](const Validator &v) {
            return std::any_of(v.columns.begin(), v.columns.end(), [&](const QString &id) {
                const Column *c = t.column(id);
                return c && c->primaryKey;
            });
        });
        for (Column &c : updatable.columns) {
            if (c.primaryKey)
                c.constraints = {};
        }
        lines << validatorMethods(plan, w, updatable, true);
    }
    blankLines(out, 2);
    out << QLatin1String("class ") + plan.family(t.id, "Update") + QLatin1String("(SQLModel):");
    out << lines;
    w.defined.insert(plan.family(t.id, "Update"));
}

void emitNamingConvention(QStringList &out)
{
    Expr conv = Expr::dict();
    for (const auto &pair : kNamingConvention)
        conv.entry(stringLiteral(QLatin1String(pair[0])), Expr::atom(stringLiteral(QLatin1String(pair[1]))));
    out << QStringLiteral("# Constraint names that Alembic can find again: set before any table model.");
    Python::layout(out, 0, QStringLiteral("SQLModel.metadata.naming_convention = "), conv);
}

void emitEnums(const Plan &plan, ModuleWriter &w)
{
    QStringList &out = w.body;
    for (const EnumType &e : plan.schema().enums) {
        w.imports.addModule(QStringLiteral("enum"));
        w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        blankLines(out, 2);
        const QString cls = plan.enumClass(e.id);
        out << QLatin1String("class ") + cls + QLatin1String("(str, enum.Enum):");
        const QStringList members = plan.enumMembers(e);
        for (int i = 0; i < e.values.size(); ++i)
            out << QLatin1String("    ") + members.at(i) + QLatin1String(" = ") + stringLiteral(e.values.at(i));
        w.defined.insert(cls);
        blankLines(out, 2);
        Expr type = Expr::call(QStringLiteral("sa.Enum"));
        type.arg(Expr::atom(cls));
        const QString sqlName = e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
        type.kwarg(QStringLiteral("name"), Expr::atom(stringLiteral(sqlName)));
        if (!e.schema.isEmpty())
            type.kwarg(QStringLiteral("schema"), Expr::atom(stringLiteral(e.schema)));
        // Store the values, not the member names.
        type.kwarg(QStringLiteral("values_callable"),
                   Expr::atom(QStringLiteral("lambda e: [m.value for m in e]")));
        Python::layout(out, 0, plan.enumTypeVar(e.id) + QLatin1String(" = "), type);
    }
}

void emitSqlTypeHelper(ModuleWriter &w)
{
    w.imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
    w.imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
    blankLines(w.body, 2);
    w.body << QStringLiteral("class SqlType(sa.types.UserDefinedType[Any]):")
           << QStringLiteral("    \"\"\"A database type kept verbatim from the design.\"\"\"")
           << QString()
           << QStringLiteral("    cache_ok = True")
           << QString()
           << QStringLiteral("    def __init__(self, spec: str) -> None:")
           << QStringLiteral("        self.spec = spec")
           << QString()
           << QStringLiteral("    def get_col_spec(self, **kw: Any) -> str:")
           << QStringLiteral("        return self.spec");
}

bool usesDialectType(const Schema &s)
{
    for (const Table &t : s.tables) {
        for (const Column &c : t.columns) {
            if (c.type.kind == TypeKind::Dialect)
                return true;
        }
    }
    return false;
}

QString header(const Schema &s)
{
    return Python::generatedHeader(QStringLiteral("SQLModel models"), s.name);
}

GeneratedFile generateModule(const Plan &plan)
{
    ModuleWriter w(plan, false);
    w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("SQLModel"));
    for (const Table &t : plan.schema().tables)
        w.localTables.insert(t.id);
    const auto &tables = plan.schema().tables;
    if (std::any_of(tables.begin(), tables.end(), [](const Table &t) { return !t.primaryKey().empty(); })) {
        w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("Field"));
        if (!plan.schema().relationships.empty())
            w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("Relationship"));
    }
    emitNamingConvention(w.body);
    emitEnums(plan, w);
    if (usesDialectType(plan.schema()))
        emitSqlTypeHelper(w);
    for (const Table *t : plan.orderedTables())
        emitTableFamily(plan, w, *t);
    return {plan.options().packageName + QLatin1String(".py"), assemble(header(plan.schema()), w.imports, w.body)};
}

std::vector<GeneratedFile> generatePackage(const Plan &plan)
{
    std::vector<GeneratedFile> files;
    const QString dir = plan.options().packageName + u'/';
    const Schema &s = plan.schema();
    const bool hasShared = !s.enums.empty() || usesDialectType(s);

    // __init__.py: the naming convention first, then every module, so that importing the package
    // registers every table before the mappers are configured.
    QStringList exported;
    {
        ModuleWriter naming(plan, true);
        naming.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("SQLModel"));
        emitNamingConvention(naming.body);
        files.push_back({dir + QLatin1String("_naming.py"), assemble(header(s), naming.imports, naming.body)});
    }
    if (hasShared) {
        ModuleWriter shared(plan, true);
        emitEnums(plan, shared);
        if (usesDialectType(s))
            emitSqlTypeHelper(shared);
        files.push_back({dir + QLatin1String("shared.py"), assemble(header(s), shared.imports, shared.body)});
    }
    Imports initImports;
    initImports.addLocal(QStringLiteral("."), QStringLiteral("_naming"));
    if (hasShared) {
        for (const EnumType &e : s.enums) {
            initImports.addLocal(QStringLiteral(".shared"), plan.enumClass(e.id));
            exported << plan.enumClass(e.id);
        }
        if (usesDialectType(s)) {
            initImports.addLocal(QStringLiteral(".shared"), QStringLiteral("SqlType"));
            exported << QStringLiteral("SqlType");
        }
    }
    for (const Table *t : plan.orderedTables()) {
        ModuleWriter w(plan, true);
        w.localTables.insert(t->id);
        w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("SQLModel"));
        if (!t->primaryKey().empty())
            w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("Field"));
        bool hasRel = false;
        for (const Relationship *rp : plan.relationshipsOf(t->id)) {
            const Relationship &r = *rp;
            const auto [ft, fk] = plan.foreignKey(r.foreignKey);
            const ForeignKey *fk2 = plan.foreignKey(r.secondForeignKey).second;
            if (!fk)
                continue;
            if (r.kind == RelationshipKind::ManyToMany) {
                if ((fk->refTable == t->id && !r.parentAttribute.isEmpty())
                    || (fk2 && fk2->refTable == t->id && !r.childAttribute.isEmpty()))
                    hasRel = true;
            } else if ((fk->refTable == t->id && !r.parentAttribute.isEmpty())
                       || (ft->id == t->id && !r.childAttribute.isEmpty())) {
                hasRel = true;
            }
        }
        if (hasRel)
            w.imports.add(QStringLiteral("sqlmodel"), QStringLiteral("Relationship"));
        emitTableFamily(plan, w, *t);
        const QString module = plan.moduleOf(t->id);
        files.push_back({dir + module + QLatin1String(".py"), assemble(header(s), w.imports, w.body)});
        QStringList names{plan.className(t->id)};
        if (plan.options().multipleModels) {
            for (const char *suffix : {"Base", "Create", "Public", "Update"}) {
                if (w.defined.contains(plan.family(t->id, suffix)))
                    names << plan.family(t->id, suffix);
            }
        }
        for (const QString &n : names) {
            initImports.addLocal(QLatin1String(".") + module, n);
            exported << n;
        }
    }
    QStringList body;
    Python::Expr all = Expr::list();
    std::sort(exported.begin(), exported.end());
    for (const QString &n : exported)
        all.arg(Expr::atom(stringLiteral(n)));
    Python::layout(body, 0, QStringLiteral("__all__ = "), all);
    QString init = assemble(header(s), initImports, body);
    // `_naming` is imported for its side effect only.
    init.replace(QLatin1String("from . import _naming\n"), QLatin1String("from . import _naming  # noqa: F401  (sets the naming convention first)\n"));
    files.insert(files.begin(), {dir + QLatin1String("__init__.py"), init});
    return files;
}

} // namespace

bool isGeneratedKey(const Column &c)
{
    if (!c.primaryKey)
        return false;
    if (c.autoincrement && isIntegerKind(c.type.kind))
        return true;
    if (c.defaultFactory == DefaultFactory::Uuid4)
        return true;
    return !c.serverDefault.isEmpty();
}

bool hasUpdateModel(const Table &t)
{
    return std::any_of(t.columns.begin(), t.columns.end(), [](const Column &c) { return !c.primaryKey; });
}

ModelNames modelNames(const Schema &schema, const GeneratorOptions &options)
{
    ModelNames n;
    QSet<QString> taken = moduleNames();
    for (const EnumType &e : schema.enums) {
        const QString cls = unique(e.name, taken);
        n.enumClass.insert(e.id, cls);
        n.enumTypeVar.insert(e.id, unique(snakeCase(cls).toUpper() + QLatin1String("_TYPE"), taken));
    }
    for (const Table &t : schema.tables) {
        // A table without a primary key is a module-level Core table, not a class.
        const QString name = t.primaryKey().empty()
                                 ? snakeCase(tableClassName(t)).toLower() + QLatin1String("_table")
                                 : tableClassName(t);
        n.tableClass.insert(t.id, unique(name, taken));
    }
    if (options.multipleModels) {
        for (const Table &t : schema.tables) {
            if (t.primaryKey().empty())
                continue;
            const QString cls = n.tableClass.value(t.id);
            n.baseClass.insert(t.id, unique(cls + QLatin1String("Base"), taken));
            n.createClass.insert(t.id, unique(cls + QLatin1String("Create"), taken));
            n.publicClass.insert(t.id, unique(cls + QLatin1String("Public"), taken));
            // The name is reserved even when the class is not written, so that adding a column
            // later does not rename other classes.
            const QString update = unique(cls + QLatin1String("Update"), taken);
            if (hasUpdateModel(t))
                n.updateClass.insert(t.id, update);
        }
    }
    n.moduleLevelNames = taken;
    QSet<QString> modules = {QStringLiteral("shared"), QStringLiteral("__init__"),
                             QStringLiteral("_naming")};
    for (const Table &t : schema.tables) {
        n.module.insert(t.id, unique(safeAttributeName(snakeCase(tableClassName(t)).toLower()), modules));
        QSet<QString> attrs = {QStringLiteral("metadata")};
        auto &columns = n.attribute[t.id];
        for (const Column &c : t.columns)
            columns.insert(c.id, unique(columnAttribute(c), attrs));
    }
    return n;
}

QStringList modelRequirements(const Schema &schema)
{
    QStringList out;
    for (const Table &t : schema.tables) {
        for (const Column &c : t.columns) {
            if (c.constraints.format == QLatin1String("email")
                && (c.type.kind == TypeKind::String || c.type.kind == TypeKind::Text)) {
                out << QStringLiteral("email-validator>=2.0");
                return out;
            }
        }
    }
    return out;
}

std::vector<GeneratedFile> generateSqlModel(const Schema &schema, const GeneratorOptions &options)
{
    const Plan plan(schema, options);
    std::vector<GeneratedFile> files = options.layout == GeneratorOptions::Layout::Package
                                           ? generatePackage(plan)
                                           : std::vector<GeneratedFile>{generateModule(plan)};
    const QStringList extra = modelRequirements(schema);
    if (!extra.isEmpty()) {
        QString text = QStringLiteral("# Python packages the generated models need; EmailStr needs "
                                      "email-validator.\nsqlmodel>=0.0.50\n");
        for (const QString &r : extra)
            text += r + u'\n';
        files.push_back({QStringLiteral("requirements.txt"), text});
    }
    return files;
}

} // namespace Core
