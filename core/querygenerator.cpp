// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querygenerator.h"

#include "naming.h"
#include "pyformat.h"
#include "pythonwriter.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Core {

namespace {

using Python::Expr;
using Python::Imports;
using Python::assemble;
using Python::blankLines;
using Section = Imports::Section;

QString unique(const QString &wanted, QSet<QString> &taken)
{
    QString n = wanted;
    while (taken.contains(n))
        n += u'_';
    taken.insert(n);
    return n;
}

// Whether a column's values can be compared in a WHERE clause and bound as a parameter.
bool filterable(const Column &c)
{
    if (c.type.array)
        return false;
    switch (c.type.kind) {
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::LargeBinary:
    case TypeKind::Dialect: return false;
    default: return true;
    }
}

// The column lists of the table's indexes, in their column order: explicit indexes, unique
// constraints, the primary key and single-column index/unique flags.
std::vector<QStringList> indexPrefixes(const Table &t)
{
    std::vector<QStringList> out;
    QStringList pk;
    for (const Column *c : t.primaryKey())
        pk << c->id;
    for (const Column &c : t.columns) {
        if (c.index || c.unique)
            out.push_back({c.id});
    }
    if (!pk.isEmpty())
        out.push_back(pk);
    for (const Index &i : t.indexes)
        out.push_back(i.columns);
    for (const UniqueConstraint &u : t.uniques)
        out.push_back(u.columns);
    return out;
}

// Whether some index starts with exactly these columns (in any order), so that it serves an
// equality condition on them.
bool leadsIndex(const Table &t, const QStringList &columns)
{
    if (columns.size() == 1) { // the common case, without building the lists (lint runs this)
        const QString &id = columns.front();
        const Column *c = t.column(id);
        if (c && (c->index || c->unique))
            return true;
        const auto pk = t.primaryKey();
        if (!pk.empty() && pk.front()->id == id)
            return true;
        const auto leads = [&](const QStringList &ix) { return !ix.isEmpty() && ix.front() == id; };
        return std::any_of(t.indexes.begin(), t.indexes.end(), [&](const Index &i) { return leads(i.columns); })
               || std::any_of(t.uniques.begin(), t.uniques.end(),
                              [&](const UniqueConstraint &u) { return leads(u.columns); });
    }
    const QSet<QString> wanted(columns.begin(), columns.end());
    for (const QStringList &ix : indexPrefixes(t)) {
        if (ix.size() < columns.size())
            continue;
        const QStringList head = ix.mid(0, columns.size());
        if (QSet<QString>(head.begin(), head.end()) == wanted)
            return true;
    }
    return false;
}

QSet<QString> foreignKeyColumns(const Table &t)
{
    QSet<QString> out;
    for (const ForeignKey &fk : t.foreignKeys) {
        for (const QString &id : fk.columns)
            out.insert(id);
    }
    return out;
}

// A string column named like what users look rows up by, whether or not it has an index: the
// cookbook writes that lookup anyway, and index advice (lint SMS124) asks for the index. Foreign
// key columns are left to SQM012.
bool lookupKey(const Column &c, const QSet<QString> &fkColumns)
{
    static const QSet<QString> names = {
        QStringLiteral("name"),     QStringLiteral("email"),    QStringLiteral("email_address"),
        QStringLiteral("slug"),     QStringLiteral("code"),     QStringLiteral("username"),
        QStringLiteral("user_name"), QStringLiteral("login"),   QStringLiteral("handle"),
        QStringLiteral("title"),    QStringLiteral("sku"),      QStringLiteral("isbn"),
    };
    return c.type.kind == TypeKind::String && !c.type.array && !c.primaryKey
           && !fkColumns.contains(c.id) && names.contains(c.name.toLower());
}

// The columns worth a find_<rows>_by_<column>: each one that leads an index, and each lookup
// key without one, except a single-column primary key (that is crud's get).
std::vector<const Column *> filterColumns(const Table &t)
{
    std::vector<const Column *> out;
    const auto pk = t.primaryKey();
    const QSet<QString> fkColumns = foreignKeyColumns(t);
    for (const Column &c : t.columns) {
        if (!filterable(c) || (c.primaryKey && pk.size() == 1))
            continue;
        if (leadsIndex(t, {c.id}) || lookupKey(c, fkColumns))
            out.push_back(&c);
    }
    return out;
}

// The date or datetime column that listings sort by, newest first: the first of the usual
// creation/modification names (an indexed one wins), or none.
const Column *recencyColumn(const Table &t)
{
    static const QStringList names = {
        QStringLiteral("created_at"),   QStringLiteral("created_on"), QStringLiteral("created"),
        QStringLiteral("inserted_at"),  QStringLiteral("published_at"), QStringLiteral("posted_at"),
        QStringLiteral("updated_at"),   QStringLiteral("updated_on"), QStringLiteral("modified_at"),
        QStringLiteral("updated"),      QStringLiteral("modified"),   QStringLiteral("date"),
        QStringLiteral("timestamp"),
    };
    const QSet<QString> fkColumns = foreignKeyColumns(t);
    const Column *best = nullptr;
    qsizetype bestRank = 0;
    for (const Column &c : t.columns) {
        if ((c.type.kind != TypeKind::Date && c.type.kind != TypeKind::DateTime) || c.type.array
            || c.primaryKey || fkColumns.contains(c.id))
            continue;
        qsizetype rank = names.indexOf(c.name.toLower());
        if (rank < 0)
            continue;
        if (!leadsIndex(t, {c.id}))
            rank += names.size();
        if (!best || rank < bestRank) {
            best = &c;
            bestRank = rank;
        }
    }
    return best;
}

bool singleUnique(const Table &t, const Column &c)
{
    if (c.unique || (c.primaryKey && t.primaryKey().size() == 1))
        return true;
    for (const Index &i : t.indexes) {
        if (i.unique && i.where.isEmpty() && i.columns == QStringList{c.id})
            return true;
    }
    for (const UniqueConstraint &u : t.uniques) {
        if (u.columns == QStringList{c.id})
            return true;
    }
    return false;
}

struct Rel
{
    QString attr;
    QString targetId;
    bool collection = false;
};

struct QTable
{
    const Table *table = nullptr;
    QString cls, snake, plural;
    QHash<QString, QString> attrOf;  // column id -> attribute
    std::vector<const Column *> pk; // in the mapper's primary-key order
    QStringList pkAttrs;
    std::vector<Rel> rels;
    std::vector<const Column *> filters;
    const Column *recency = nullptr; // the newest-first listing's column
};

class QueryPlan
{
public:
    QueryPlan(const Schema &schema, const QueryOptions &options)
        : m_schema(schema)
        , m_options(options)
    {
        const ModelNames names = Core::modelNames(schema, options.models);
        m_enumClass = names.enumClass;
        const bool multi = options.models.multipleModels;
        for (const Table &t : schema.tables) {
            if (t.primaryKey().empty())
                continue; // a Core table: the cookbook is about table models
            QTable q;
            q.table = &t;
            q.cls = names.tableClass.value(t.id);
            q.snake = snakeCase(q.cls);
            q.plural = pluralize(q.snake);
            q.attrOf = names.attribute.value(t.id);
            // The mapper's key order: an explicit PRIMARY KEY (b, a) gives it; otherwise the
            // table's column order, where with multiple models the generated keys come after
            // the inherited XBase fields.
            const bool explicitOrder = !t.primaryKeyOrder.isEmpty();
            if (explicitOrder)
                q.pk = t.primaryKey();
            for (int pass = 0; pass < 2 && !explicitOrder; ++pass) {
                for (const Column &c : t.columns) {
                    if (!c.primaryKey)
                        continue;
                    const bool late = multi && isGeneratedKey(c);
                    if ((pass == 1) == late)
                        q.pk.push_back(&c);
                }
            }
            for (const Column *c : q.pk)
                q.pkAttrs << q.attrOf.value(c->id);
            q.filters = filterColumns(t);
            q.recency = recencyColumn(t);
            m_tables.push_back(q);
        }
        for (const auto &[id, name] : m_enumClass.asKeyValueRange())
            m_modelNames.insert(name);
        for (const QTable &q : m_tables)
            m_modelNames.insert(q.cls);
        collectRelationships();
    }

    const Schema &schema() const { return m_schema; }
    const QueryOptions &options() const { return m_options; }
    const std::vector<QTable> &tables() const { return m_tables; }
    const QTable *byId(const QString &id) const
    {
        for (const QTable &q : m_tables) {
            if (q.table->id == id)
                return &q;
        }
        return nullptr;
    }
    QString enumClass(const QString &id) const { return m_enumClass.value(id); }
    const QSet<QString> &modelNames() const { return m_modelNames; }

    // A library name as this module may use it: aliased when a model has the same name.
    QString lib(Imports &imports, Section section, const QString &module, const QString &name) const
    {
        if (!m_modelNames.contains(name)) {
            imports.add(section, module, name);
            return name;
        }
        QString alias = name + QLatin1String("_");
        while (m_modelNames.contains(alias))
            alias += u'_';
        imports.add(section, module, name + QLatin1String(" as ") + alias);
        return alias;
    }

private:
    void collectRelationships()
    {
        auto add = [&](const QString &tableId, const QString &attr, const QString &target, bool collection) {
            if (attr.isEmpty() || !byId(target))
                return;
            for (QTable &q : m_tables) {
                if (q.table->id != tableId)
                    continue;
                for (const Rel &r : q.rels) {
                    if (r.attr == attr)
                        return;
                }
                q.rels.push_back({attr, target, collection});
            }
        };
        for (const Relationship &r : m_schema.relationships) {
            const Table *fkTable = m_schema.tableOfForeignKey(r.foreignKey);
            const ForeignKey *fk = fkTable ? fkTable->foreignKey(r.foreignKey) : nullptr;
            if (!fk)
                continue;
            if (r.kind == RelationshipKind::ManyToMany) {
                const ForeignKey *fk2 = fkTable->foreignKey(r.secondForeignKey);
                if (!fk2)
                    continue;
                add(fk->refTable, r.parentAttribute, fk2->refTable, true);
                add(fk2->refTable, r.childAttribute, fk->refTable, true);
            } else {
                add(fk->refTable, r.parentAttribute, fkTable->id, r.kind == RelationshipKind::OneToMany);
                add(fkTable->id, r.childAttribute, fk->refTable, false);
            }
        }
    }

    const Schema &m_schema;
    QueryOptions m_options;
    std::vector<QTable> m_tables;
    QHash<QString, QString> m_enumClass;
    QSet<QString> m_modelNames;
};

// The Python type of a column's values, for parameters and projections.
QString pythonType(const QueryPlan &plan, Imports &imports, const Column &c)
{
    QString base;
    switch (c.type.kind) {
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger: base = QStringLiteral("int"); break;
    case TypeKind::String:
    case TypeKind::Text:
    case TypeKind::Dialect: base = QStringLiteral("str"); break;
    case TypeKind::Boolean: base = QStringLiteral("bool"); break;
    case TypeKind::Float: base = QStringLiteral("float"); break;
    case TypeKind::Numeric: base = plan.lib(imports, Section::Std, QStringLiteral("decimal"), QStringLiteral("Decimal")); break;
    case TypeKind::Date: base = plan.lib(imports, Section::Std, QStringLiteral("datetime"), QStringLiteral("date")); break;
    case TypeKind::Time: base = plan.lib(imports, Section::Std, QStringLiteral("datetime"), QStringLiteral("time")); break;
    case TypeKind::DateTime:
        base = plan.lib(imports, Section::Std, QStringLiteral("datetime"), QStringLiteral("datetime"));
        break;
    case TypeKind::Interval:
        base = plan.lib(imports, Section::Std, QStringLiteral("datetime"), QStringLiteral("timedelta"));
        break;
    case TypeKind::Uuid:
        imports.addModule(Section::Std, QStringLiteral("uuid"));
        base = QStringLiteral("uuid.UUID");
        break;
    case TypeKind::Json:
    case TypeKind::Jsonb: {
        const QString any = plan.lib(imports, Section::Std, QStringLiteral("typing"), QStringLiteral("Any"));
        base = c.defaultFactory == DefaultFactory::EmptyList ? QLatin1String("list[") + any + u']'
                                                              : QLatin1String("dict[str, ") + any + u']';
        break;
    }
    case TypeKind::LargeBinary: base = QStringLiteral("bytes"); break;
    case TypeKind::Enum:
        base = plan.enumClass(c.type.enumId);
        imports.add(Section::First, plan.options().models.packageName, base);
        break;
    }
    if (c.type.array && c.type.kind != TypeKind::Json && c.type.kind != TypeKind::Jsonb)
        base = QLatin1String("list[") + base + u']';
    return base;
}

// The type an attribute has on the table model: optional when nullable, and for a key the
// database generates (None until the row is flushed).
QString attributeType(const QueryPlan &plan, Imports &imports, const Column &c)
{
    const QString base = pythonType(plan, imports, c);
    const bool generated = c.primaryKey && isGeneratedKey(c) && c.defaultFactory == DefaultFactory::None;
    if ((c.nullable && !c.primaryKey) || generated)
        return base + QLatin1String(" | None");
    return base;
}

void signature(QStringList &out, const QString &def, const QStringList &params, const QString &result)
{
    Expr call = Expr::call(def);
    for (const QString &p : params)
        call.arg(Expr::atom(p));
    Python::layout(out, 0, QString(), call, QLatin1String(" -> ") + result + u':');
}

QString docstring(const QString &text)
{
    return QLatin1String("    \"\"\"") + text + QLatin1String("\"\"\"");
}

QString colOf(const QString &cls, const QString &attr)
{
    return QLatin1String("col(") + cls + u'.' + attr + u')';
}

// One generated module: sync or async.
class ModuleWriter
{
public:
    ModuleWriter(const QueryPlan &plan, bool async)
        : m_plan(plan)
        , m_async(async)
    {
        m_functions = plan.modelNames();
        m_def = async ? QStringLiteral("async def ") : QStringLiteral("def ");
        m_sessionType = async ? lib(QStringLiteral("sqlmodel.ext.asyncio.session"), QStringLiteral("AsyncSession"))
                              : lib(QStringLiteral("sqlmodel"), QStringLiteral("Session"));
    }

    GeneratedFile write()
    {
        for (const QTable &q : m_plan.tables()) {
            if (!m_plan.options().tableId.isEmpty() && q.table->id != m_plan.options().tableId)
                continue;
            writeTable(q);
        }
        QStringList notes;
        notes << QStringLiteral("Import these with the output folder on sys.path, beside the models (`%1`).")
                     .arg(m_plan.options().models.packageName);
        notes << QStringLiteral(
            "Filters and orderings on a column without an index say so: the designer warns about "
            "them (SMS124) and adds the index. The load_ functions read a row with its related "
            "rows in a fixed number of statements (selectinload for collections, joinedload for "
            "parents); the _strict ones also forbid any other lazy load with raiseload(\"*\").");
        if (m_async) {
            notes << QStringLiteral(
                "With an AsyncSession a lazy load is implicit IO, which asyncio forbids "
                "(MissingGreenlet): load relationships with the load_ functions.");
        }
        const QString head = Python::generatedHeader(
            m_async ? QStringLiteral("Async query cookbook") : QStringLiteral("Query cookbook"),
            m_plan.schema().name, notes);
        return {m_async ? QStringLiteral("queries_async.py") : QStringLiteral("queries.py"),
                assemble(head, m_imports, m_body)};
    }

private:
    QString lib(const QString &module, const QString &name)
    {
        return m_plan.lib(m_imports, Imports::sectionOf(module), module, name);
    }
    QString fn(const QString &wanted) { return unique(wanted, m_functions); }
    QString session() const { return QLatin1String("session: ") + m_sessionType; }
    QString aw() const { return m_async ? QStringLiteral("await ") : QString(); }

    // `return <what>.all()` (or first(), one()) of executing `statement`.
    void execReturn(const QString &statement, const QString &method)
    {
        if (m_async) {
            Python::layout(m_body, 4, QStringLiteral("result = await "),
                           Expr::call(QStringLiteral("session.exec")).arg(Expr::atom(statement)));
            m_body << QLatin1String("    return result.") + method + QLatin1String("()");
        } else {
            Python::layout(m_body, 4, QStringLiteral("return "),
                           Expr::call(QStringLiteral("session.exec")).arg(Expr::atom(statement)),
                           u'.' + method + QLatin1String("()"));
        }
    }

    Expr orderByKey(const QString &callee, const QTable &q, const QString &cls,
                    const QTable *second = nullptr, const QString &secondCls = {})
    {
        Expr call = Expr::call(callee);
        for (const QString &a : q.pkAttrs)
            call.arg(Expr::atom(colOf(cls, a)));
        if (second) {
            for (const QString &a : second->pkAttrs)
                call.arg(Expr::atom(colOf(secondCls, a)));
        }
        return call;
    }

    QString pageParams() const { return QStringLiteral("offset: int = 0"); }

    // `statement = statement.<method>(args)`. The cookbook builds its statements one method per
    // line: ruff lays out a longer call chain in a style of its own (a parenthesized or fluent
    // chain), and the steps read as well.
    void step(const QString &method, const Expr &call, int indent = 4)
    {
        Expr c = call;
        c.text = QLatin1String("statement.") + method;
        Python::layout(m_body, indent, QStringLiteral("statement = "), c);
    }
    static Expr args(const QStringList &atoms)
    {
        Expr e = Expr::call(QString());
        for (const QString &a : atoms)
            e.arg(Expr::atom(a));
        return e;
    }

    void writeTable(const QTable &q)
    {
        const QString models = m_plan.options().models.packageName;
        m_imports.add(Section::First, models, q.cls);
        m_select = lib(QStringLiteral("sqlmodel"), QStringLiteral("select"));
        m_col = lib(QStringLiteral("sqlmodel"), QStringLiteral("col"));
        const QString sequence = lib(QStringLiteral("collections.abc"), QStringLiteral("Sequence"));
        const QString &cls = q.cls;
        const QString seqOf = sequence + u'[' + cls + u']';

        // Parameter names must not shadow what the bodies use.
        QSet<QString> reserved = m_plan.modelNames();
        reserved.unite({QStringLiteral("session"), QStringLiteral("statement"), QStringLiteral("result"),
                        QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("after"),
                        QStringLiteral("rows"), QStringLiteral("objects"), QStringLiteral("changes"),
                        QStringLiteral("target"), QStringLiteral("page"), QStringLiteral("key"), QStringLiteral("per_page"),
                        QStringLiteral("uuid"), m_select, m_col});
        QStringList keyParams, keyNames;
        {
            QSet<QString> taken = reserved;
            for (const Column *c : q.pk) {
                const QString name = unique(safeAttributeName(q.attrOf.value(c->id)), taken);
                keyNames << name;
                keyParams << name + QLatin1String(": ") + pythonType(m_plan, m_imports, *c);
            }
        }

        // joins along every relationship
        for (const Rel &r : q.rels) {
            const QTable *target = m_plan.byId(r.targetId);
            const bool self = target->table->id == q.table->id;
            const QString fnName = fn(QLatin1String("join_") + q.snake + u'_' + r.attr);
            blankLines(m_body, 2);
            signature(m_body, m_def + fnName, {session(), pageParams(), QStringLiteral("limit: int = 100")},
                      sequence + QLatin1String("[tuple[") + cls + QLatin1String(", ") + target->cls + QLatin1String("]]"));
            if (self) {
                const QString aliased = lib(QStringLiteral("sqlalchemy.orm"), QStringLiteral("aliased"));
                m_body << docstring(QStringLiteral("Each %1 with each of its %2 (a self reference: an alias).")
                                        .arg(cls, r.attr));
                m_body << QLatin1String("    target = ") + aliased + u'(' + cls + u')';
                Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(m_select).arg(Expr::atom(cls)).arg(Expr::atom(QStringLiteral("target"))));
                step(QStringLiteral("join"), args({QStringLiteral("target"), colOf(cls, r.attr)}));
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls, target, QStringLiteral("target")));
            } else {
                m_imports.add(Section::First, models, target->cls);
                m_body << docstring(QStringLiteral("Each %1 with each of its %2 (an inner join).").arg(cls, r.attr));
                Python::layout(m_body, 4, QStringLiteral("statement = "),
                               Expr::call(m_select).arg(Expr::atom(cls)).arg(Expr::atom(target->cls)));
                step(QStringLiteral("join"), args({colOf(cls, r.attr)}));
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls, target, target->cls));
            }
            execReturn(QStringLiteral("statement.offset(offset).limit(limit)"), QStringLiteral("all"));
        }

        // eager loading
        if (!q.rels.empty()) {
            const QString selectOf = lib(QStringLiteral("sqlmodel.sql.expression"), QStringLiteral("SelectOfScalar"));
            const QString raiseload = lib(QStringLiteral("sqlalchemy.orm"), QStringLiteral("raiseload"));
            const QString eagerFn = fn(QLatin1String("_select_") + q.snake + QLatin1String("_loaded"));
            blankLines(m_body, 2);
            m_body << QLatin1String("def ") + eagerFn + QLatin1String("() -> ") + selectOf + u'[' + cls
                          + QLatin1String("]:");
            m_body << docstring(QStringLiteral(
                "Children with selectinload (one SELECT ... IN per collection), parents with joinedload."));
            // The relationship attributes are annotated with their Python types (list[X],
            // X | None), which is not what the loader options are declared to take.
            m_body << QLatin1String("    return ") + m_select + u'(' + cls + QLatin1String(").options(");
            for (const Rel &r : q.rels) {
                const QString loader = lib(QStringLiteral("sqlalchemy.orm"),
                                           r.collection ? QStringLiteral("selectinload") : QStringLiteral("joinedload"));
                m_body << QLatin1String("        ") + loader + u'(' + cls + u'.' + r.attr
                              + QLatin1String("),  # type: ignore[arg-type]");
            }
            m_body << QStringLiteral("    )");

            for (const bool strict : {false, true}) {
                const QString name = fn(QLatin1String("load_") + q.plural + (strict ? QLatin1String("_strict") : QString()));
                blankLines(m_body, 2);
                signature(m_body, m_def + name, {session(), pageParams(), QStringLiteral("limit: int = 100")}, seqOf);
                m_body << docstring(strict ? QStringLiteral("As load_%1(), and any other lazy load raises instead of querying.").arg(q.plural)
                                           : QStringLiteral("A page of %1 with their relationships loaded eagerly.").arg(cls));
                m_body << QLatin1String("    statement = ") + eagerFn + QLatin1String("()");
                if (strict)
                    step(QStringLiteral("options"), args({raiseload + QLatin1String("(\"*\")")}));
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls));
                execReturn(QStringLiteral("statement.offset(offset).limit(limit)"), QStringLiteral("all"));
            }

            const QString getName = fn(QLatin1String("get_") + q.snake + QLatin1String("_loaded"));
            blankLines(m_body, 2);
            signature(m_body, m_def + getName, QStringList{session()} + keyParams, cls + QLatin1String(" | None"));
            m_body << docstring(QStringLiteral("One %1 by key with its relationships; nothing lazy-loads later.").arg(cls));
            // where() is typed loosely: the annotation keeps the result typed.
            m_body << QLatin1String("    statement: ") + selectOf + u'[' + cls + QLatin1String("] = ") + eagerFn
                          + QLatin1String("()");
            step(QStringLiteral("options"), args({raiseload + QLatin1String("(\"*\")")}));
            Expr where = Expr::call(QString());
            for (int i = 0; i < q.pkAttrs.size(); ++i)
                where.arg(Expr::atom(colOf(cls, q.pkAttrs.at(i)) + QLatin1String(" == ") + keyNames.at(i)));
            step(QStringLiteral("where"), where);
            execReturn(QStringLiteral("statement"), QStringLiteral("first"));
        }

        // filters on indexed columns and on lookup keys
        for (const Column *c : q.filters) {
            const QString attr = q.attrOf.value(c->id);
            const bool one = singleUnique(*q.table, *c);
            const bool indexed = leadsIndex(*q.table, {c->id});
            QSet<QString> taken = reserved;
            const QString param = unique(safeAttributeName(attr), taken);
            const QString type = pythonType(m_plan, m_imports, *c);
            const QString selectOf = lib(QStringLiteral("sqlmodel.sql.expression"), QStringLiteral("SelectOfScalar"));
            blankLines(m_body, 2);
            auto first = [&] {
                Python::layout(m_body, 4, QLatin1String("statement: ") + selectOf + u'[' + cls + QLatin1String("] = "),
                               Expr::call(m_select).arg(Expr::atom(cls)));
            };
            const Expr where = args({colOf(cls, attr) + QLatin1String(" == ") + param});
            if (one) {
                const QString name = fn(QLatin1String("get_") + q.snake + QLatin1String("_by_") + attr);
                signature(m_body, m_def + name, {session(), param + QLatin1String(": ") + type},
                          cls + QLatin1String(" | None"));
                m_body << docstring(QStringLiteral("The %1 with this %2 (unique, so indexed).").arg(cls, attr));
                first();
                step(QStringLiteral("where"), where);
                execReturn(QStringLiteral("statement"), QStringLiteral("first"));
            } else {
                const QString name = fn(QLatin1String("find_") + q.plural + QLatin1String("_by_") + attr);
                signature(m_body, m_def + name,
                          {session(), param + QLatin1String(": ") + type, pageParams(), QStringLiteral("limit: int = 100")},
                          seqOf);
                m_body << docstring(indexed ? QStringLiteral("The %1 rows with this %2 (indexed), in key order.").arg(cls, attr)
                                            : QStringLiteral("The %1 rows with this %2, in key order (no index yet: a full scan).")
                                                  .arg(cls, attr));
                first();
                step(QStringLiteral("where"), where);
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls));
                execReturn(QStringLiteral("statement.offset(offset).limit(limit)"), QStringLiteral("all"));
            }
        }

        // the newest rows first, by a creation or modification date
        if (q.recency) {
            const QString attr = q.attrOf.value(q.recency->id);
            const bool indexed = leadsIndex(*q.table, {q.recency->id});
            const QString name = fn(QLatin1String("latest_") + q.plural + QLatin1String("_by_") + attr);
            blankLines(m_body, 2);
            signature(m_body, m_def + name, {session(), pageParams(), QStringLiteral("limit: int = 100")}, seqOf);
            m_body << docstring(indexed ? QStringLiteral("%1 rows, newest %2 first (indexed), then in key order.").arg(cls, attr)
                                        : QStringLiteral("%1 rows, newest %2 first (no index yet: a full sort).").arg(cls, attr));
            Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(m_select).arg(Expr::atom(cls)));
            // NULLS LAST: PostgreSQL sorts NULL first in descending order, SQLite last.
            Expr order = Expr::call(QString());
            order.arg(Expr::atom(colOf(cls, attr) + QLatin1String(".desc()")
                                 + (q.recency->nullable ? QLatin1String(".nulls_last()") : QLatin1String())));
            for (const QString &a : q.pkAttrs)
                order.arg(Expr::atom(colOf(cls, a)));
            step(QStringLiteral("order_by"), order);
            execReturn(QStringLiteral("statement.offset(offset).limit(limit)"), QStringLiteral("all"));
        }

        // projection: the key and up to two plain columns
        {
            std::vector<const Column *> cols(q.pk.begin(), q.pk.end());
            QSet<QString> fkColumns;
            for (const ForeignKey &fk : q.table->foreignKeys) {
                for (const QString &id : fk.columns)
                    fkColumns.insert(id);
            }
            int extra = 0;
            for (const Column &c : q.table->columns) {
                if (extra < 2 && !c.primaryKey && filterable(c) && !fkColumns.contains(c.id)) {
                    cols.push_back(&c);
                    ++extra;
                }
            }
            if (extra > 0) {
                QStringList attrs, types;
                Expr sel = Expr::call(m_select);
                for (const Column *c : cols) {
                    attrs << q.attrOf.value(c->id);
                    types << attributeType(m_plan, m_imports, *c);
                    sel.arg(Expr::atom(colOf(cls, q.attrOf.value(c->id))));
                }
                const QString name = fn(QLatin1String("list_") + q.snake + u'_' + attrs.mid(q.pk.size()).join(QLatin1String("_and_")));
                blankLines(m_body, 2);
                signature(m_body, m_def + name, {session(), pageParams(), QStringLiteral("limit: int = 100")},
                          sequence + QLatin1String("[tuple[") + types.join(QLatin1String(", ")) + QLatin1String("]]"));
                m_body << docstring(QStringLiteral("Only the columns %1 of each %2: no objects, no other columns.")
                                        .arg(attrs.join(QLatin1String(", ")), cls));
                Python::layout(m_body, 4, QStringLiteral("statement = "), sel);
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls));
                execReturn(QStringLiteral("statement.offset(offset).limit(limit)"), QStringLiteral("all"));
            }
        }

        // count and exists
        {
            const QString func = lib(QStringLiteral("sqlmodel"), QStringLiteral("func"));
            const QString name = fn(QLatin1String("count_") + q.plural);
            blankLines(m_body, 2);
            signature(m_body, m_def + name, {session()}, QStringLiteral("int"));
            m_body << docstring(QStringLiteral("The number of %1 rows, counted by the database.").arg(cls));
            m_body << QLatin1String("    statement = ") + m_select + u'(' + func + QLatin1String(".count())");
            step(QStringLiteral("select_from"), args({cls}));
            execReturn(QStringLiteral("statement"), QStringLiteral("one"));

            const QString exists = lib(QStringLiteral("sqlmodel"), QStringLiteral("exists"));
            const QString existsName = fn(q.snake + QLatin1String("_exists"));
            blankLines(m_body, 2);
            signature(m_body, m_def + existsName, QStringList{session()} + keyParams, QStringLiteral("bool"));
            m_body << docstring(QStringLiteral("Whether a %1 with this key exists, without loading it.").arg(cls));
            Expr where = Expr::call(exists + QLatin1String("().where"));
            for (int i = 0; i < q.pkAttrs.size(); ++i)
                where.arg(Expr::atom(colOf(cls, q.pkAttrs.at(i)) + QLatin1String(" == ") + keyNames.at(i)));
            Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(m_select).arg(where));
            execReturn(QStringLiteral("statement"), QStringLiteral("one"));
        }

        // offset pagination
        {
            const QString name = fn(QLatin1String("page_") + q.plural);
            blankLines(m_body, 2);
            signature(m_body, m_def + name,
                      {session(), QStringLiteral("page: int = 0"), QStringLiteral("per_page: int = 50")}, seqOf);
            m_body << docstring(QStringLiteral(
                "Page `page` (from 0) in key order; the database still reads the rows it skips."));
            Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(m_select).arg(Expr::atom(cls)));
            step(QStringLiteral("order_by"), orderByKey(QString(), q, cls));
            execReturn(QStringLiteral("statement.offset(page * per_page).limit(per_page)"), QStringLiteral("all"));
        }

        // keyset pagination
        {
            const QString selectOf = lib(QStringLiteral("sqlmodel.sql.expression"), QStringLiteral("SelectOfScalar"));
            QStringList keyTypes;
            for (const Column *c : q.pk)
                keyTypes << pythonType(m_plan, m_imports, *c);
            const bool composite = q.pk.size() > 1;
            const QString afterType = composite ? QLatin1String("tuple[") + keyTypes.join(QLatin1String(", ")) + u']'
                                                : keyTypes.front();
            for (const bool rowValues : composite ? std::vector<bool>{false, true} : std::vector<bool>{false}) {
                const QString name = fn(QLatin1String("keyset_") + q.plural + (rowValues ? QLatin1String("_row_values") : QString()));
                blankLines(m_body, 2);
                signature(m_body, m_def + name,
                          {session(), QLatin1String("after: ") + afterType + QLatin1String(" | None = None"),
                           QStringLiteral("limit: int = 100")},
                          seqOf);
                if (!composite) {
                    m_body << docstring(QStringLiteral(
                        "The next `limit` rows after the key `after`: the index seeks, nothing is skipped."));
                } else if (rowValues) {
                    m_body << docstring(QStringLiteral(
                        "As keyset_%1(), with a row-value comparison (PostgreSQL, SQLite 3.15+).").arg(q.plural));
                } else {
                    m_body << docstring(QStringLiteral(
                        "The next `limit` rows after the composite key `after`, portable OR form."));
                }
                Python::layout(m_body, 4, QLatin1String("statement: ") + selectOf + u'[' + cls + QLatin1String("] = "),
                               Expr::call(m_select).arg(Expr::atom(cls)));
                m_body << QStringLiteral("    if after is not None:");
                if (!composite) {
                    step(QStringLiteral("where"), args({colOf(cls, q.pkAttrs.front()) + QLatin1String(" > after")}), 8);
                } else if (rowValues) {
                    const QString tuple = lib(QStringLiteral("sqlmodel"), QStringLiteral("tuple_"));
                    Expr lhs = Expr::call(tuple);
                    for (const QString &a : q.pkAttrs)
                        lhs.arg(Expr::atom(colOf(cls, a)));
                    Python::layout(m_body, 8, QStringLiteral("key = "), lhs);
                    step(QStringLiteral("where"), args({QLatin1String("key > ") + tuple + QLatin1String("(*after)")}), 8);
                } else {
                    const QString orFn = lib(QStringLiteral("sqlmodel"), QStringLiteral("or_"));
                    const QString andFn = lib(QStringLiteral("sqlmodel"), QStringLiteral("and_"));
                    Python::layout(m_body, 8, keyNames.join(QLatin1String(", ")) + QLatin1String(" = "), Expr::atom(QStringLiteral("after")));
                    Expr ors = Expr::call(orFn);
                    for (int i = 0; i < q.pkAttrs.size(); ++i) {
                        const QString gt = colOf(cls, q.pkAttrs.at(i)) + QLatin1String(" > ") + keyNames.at(i);
                        if (i == 0) {
                            ors.arg(Expr::atom(gt));
                            continue;
                        }
                        Expr ands = Expr::call(andFn);
                        for (int j = 0; j < i; ++j)
                            ands.arg(Expr::atom(colOf(cls, q.pkAttrs.at(j)) + QLatin1String(" == ") + keyNames.at(j)));
                        ands.arg(Expr::atom(gt));
                        ors.arg(ands);
                    }
                    step(QStringLiteral("where"), Expr::call(QString()).arg(ors), 8);
                }
                step(QStringLiteral("order_by"), orderByKey(QString(), q, cls));
                execReturn(QStringLiteral("statement.limit(limit)"), QStringLiteral("all"));
            }
        }

        // bulk insert
        {
            const QString name = fn(QLatin1String("add_all_") + q.plural);
            blankLines(m_body, 2);
            signature(m_body, m_def + name, {session(), QLatin1String("objects: ") + seqOf}, QStringLiteral("None"));
            m_body << docstring(QStringLiteral("Adds many %1 objects in one transaction (one commit).").arg(cls));
            m_body << QStringLiteral("    session.add_all(objects)")
                   << QLatin1String("    ") + aw() + QLatin1String("session.commit()");

            const QString insert = lib(QStringLiteral("sqlmodel"), QStringLiteral("insert"));
            const QString any = lib(QStringLiteral("typing"), QStringLiteral("Any"));
            const QString insertName = fn(QLatin1String("insert_") + q.plural);
            blankLines(m_body, 2);
            signature(m_body, m_def + insertName,
                      {session(), QLatin1String("rows: ") + sequence + QLatin1String("[dict[str, ") + any + QLatin1String("]]")},
                      QStringLiteral("None"));
            m_body << docstring(QStringLiteral(
                "Inserts many rows (dicts by attribute name) in one executemany and one commit."));
            Python::layout(m_body, 4, aw(),
                           Expr::call(QStringLiteral("session.exec"))
                               .arg(Expr::atom(insert + u'(' + cls + u')'))
                               .kwarg(QStringLiteral("params"), Expr::atom(QStringLiteral("rows"))));
            m_body << QLatin1String("    ") + aw() + QLatin1String("session.commit()");
        }

        // bulk update and delete by criteria
        {
            // An indexed filter column, else the first key column: bulk writes should not scan.
            const Column *criterion = q.pk.front();
            for (const Column *c : q.filters) {
                if (leadsIndex(*q.table, {c->id})) {
                    criterion = c;
                    break;
                }
            }
            const QString attr = q.attrOf.value(criterion->id);
            QSet<QString> taken = reserved;
            QString values = pluralize(safeAttributeName(attr));
            if (values == attr)
                values += QLatin1String("_values");
            values = unique(safeAttributeName(values), taken);
            const QString valuesParam = values + QLatin1String(": ") + sequence + u'[' + pythonType(m_plan, m_imports, *criterion) + u']';
            const QString any = lib(QStringLiteral("typing"), QStringLiteral("Any"));
            const Expr where = args({colOf(cls, attr) + QLatin1String(".in_(") + values + u')'});

            const QString update = lib(QStringLiteral("sqlmodel"), QStringLiteral("update"));
            const QString updateName = fn(QLatin1String("update_") + q.plural + QLatin1String("_by_") + attr);
            blankLines(m_body, 2);
            signature(m_body, m_def + updateName,
                      {session(), valuesParam, QLatin1String("changes: dict[str, ") + any + u']'}, QStringLiteral("int"));
            m_body << docstring(QStringLiteral(
                "One UPDATE for every %1 whose %2 is in the list; returns the number of rows.").arg(cls, attr));
            Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(update).arg(Expr::atom(cls)));
            step(QStringLiteral("where"), where);
            step(QStringLiteral("values"), args({QStringLiteral("changes")}));
            m_body << QLatin1String("    result = ") + aw() + QLatin1String("session.exec(statement)")
                   << QLatin1String("    ") + aw() + QLatin1String("session.commit()")
                   << QStringLiteral("    return result.rowcount");

            const QString del = lib(QStringLiteral("sqlmodel"), QStringLiteral("delete"));
            const QString deleteName = fn(QLatin1String("delete_") + q.plural + QLatin1String("_by_") + attr);
            blankLines(m_body, 2);
            signature(m_body, m_def + deleteName, {session(), valuesParam}, QStringLiteral("int"));
            m_body << docstring(QStringLiteral(
                "One DELETE for every %1 whose %2 is in the list; returns the number of rows.").arg(cls, attr));
            Python::layout(m_body, 4, QStringLiteral("statement = "), Expr::call(del).arg(Expr::atom(cls)));
            step(QStringLiteral("where"), where);
            m_body << QLatin1String("    result = ") + aw() + QLatin1String("session.exec(statement)")
                   << QLatin1String("    ") + aw() + QLatin1String("session.commit()")
                   << QStringLiteral("    return result.rowcount");
        }
    }

    const QueryPlan &m_plan;
    bool m_async;
    Imports m_imports;
    QStringList m_body;
    QSet<QString> m_functions;
    QString m_def, m_sessionType, m_select, m_col;
};

} // namespace

std::vector<QueryColumnUse> queryColumnUses(const Table &t)
{
    std::vector<QueryColumnUse> out;
    const auto pk = t.primaryKey();
    if (pk.empty())
        return out;
    for (const Column *c : filterColumns(t))
        out.push_back({t.id, c->id, QueryColumnUse::Kind::Filter, leadsIndex(t, {c->id})});
    for (const Column *c : pk)
        out.push_back({t.id, c->id, QueryColumnUse::Kind::Order, true});
    if (const Column *c = recencyColumn(t))
        out.push_back({t.id, c->id, QueryColumnUse::Kind::Order, leadsIndex(t, {c->id})});
    return out;
}

std::vector<QueryColumnUse> queryColumnUses(const Schema &schema)
{
    std::vector<QueryColumnUse> out;
    QHash<QString, const Table *> tableOfForeignKey;
    for (const Table &t : schema.tables) {
        for (const ForeignKey &fk : t.foreignKeys)
            tableOfForeignKey.insert(fk.id, &t);
        const std::vector<QueryColumnUse> own = queryColumnUses(t);
        out.insert(out.end(), own.begin(), own.end());
    }
    // The child side of every relationship's join: the foreign key columns.
    QSet<QString> joins;
    for (const Relationship &r : schema.relationships) {
        for (const QString &fkId : {r.foreignKey, r.secondForeignKey}) {
            const Table *t = fkId.isEmpty() ? nullptr : tableOfForeignKey.value(fkId);
            const ForeignKey *fk = t ? t->foreignKey(fkId) : nullptr;
            if (!fk || fk->columns.isEmpty())
                continue;
            const bool indexed = leadsIndex(*t, fk->columns);
            for (const QString &id : fk->columns) {
                // A set, not a search of `out`: lint runs this on every edit of large designs.
                const QString key = t->id + u'\n' + id + u'\n' + QChar(indexed ? u'1' : u'0');
                if (!joins.contains(key)) {
                    joins.insert(key);
                    out.push_back({t->id, id, QueryColumnUse::Kind::Join, indexed});
                }
            }
            if (r.kind != RelationshipKind::ManyToMany)
                break;
        }
    }
    return out;
}

std::vector<GeneratedFile> generateQueries(const Schema &schema, const QueryOptions &options)
{
    const QueryPlan plan(schema, options);
    bool any = false;
    for (const QTable &q : plan.tables())
        any = any || options.tableId.isEmpty() || q.table->id == options.tableId;
    if (!any)
        return {};
    std::vector<GeneratedFile> files;
    if (options.sync)
        files.push_back(ModuleWriter(plan, false).write());
    if (options.async)
        files.push_back(ModuleWriter(plan, true).write());
    return files;
}

} // namespace Core
