// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crudgenerator.h"

#include "naming.h"
#include "pyformat.h"
#include "pythonwriter.h"

#include <QHash>
#include <QSet>

#include <map>
#include <set>

namespace Core {

namespace {

using Python::Expr;
using Python::stringLiteral;

// The CRUD files import the models as a sibling top-level module (`from models import Hero`),
// so that they work with the output folder on sys.path. isort puts such an import in the
// first-party section, as ruff does when it runs from the output folder (its project root).
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

struct TableNames
{
    const Table *table = nullptr;
    QString cls, create, update, pub; // family names; empty when the models have none
    QString snake;                   // for variable names: db_<snake>, <snake>_in
    QString bare;                    // the object parameter without multiple models
    QString createFn, getFn, listFn, updateFn, deleteFn, selectFn;
    QString plural;       // the URL prefix and tag of the router
    QString routerModule; // routers/<module>.py
    std::vector<const Column *> pk; // in the mapper's primary-key order
    QStringList pkAttrs;            // the Python attributes of the key columns
    QStringList pkParams;           // parameter names for the key values
    QStringList relationships;      // relationship attributes of the table model
};

// Everything decided before writing text: the models' names (derived exactly as the models
// generator derives them) and the CRUD functions' names, deduplicated.
class CrudPlan
{
public:
    CrudPlan(const Schema &schema, const CrudOptions &options)
        : m_schema(schema)
        , m_options(options)
    {
        const bool multi = options.models.multipleModels;
        const ModelNames names = Core::modelNames(schema, options.models);
        m_enumClass = names.enumClass;
        for (const Table &t : schema.tables) {
            if (t.primaryKey().empty())
                continue; // a Core table: no model class to read or write through
            TableNames n;
            n.table = &t;
            n.cls = names.tableClass.value(t.id);
            n.create = names.createClass.value(t.id);
            n.pub = names.publicClass.value(t.id);
            n.update = names.updateClass.value(t.id);
            m_tables.push_back(n);
        }
        for (const auto &[id, name] : m_enumClass.asKeyValueRange())
            m_modelNames.insert(name);
        for (const TableNames &n : m_tables) {
            for (const QString &c : {n.cls, n.create, n.update, n.pub}) {
                if (!c.isEmpty())
                    m_modelNames.insert(c);
            }
        }

        // Function names: unique across the CRUD modules, and never one of the models' names.
        QSet<QString> functions = m_modelNames;
        functions.unite({QStringLiteral("make_async_session")});
        QSet<QString> modules = {QStringLiteral("__init__"), QStringLiteral("deps"),
                                 QStringLiteral("all_routers"), QStringLiteral("include_all")};
        for (TableNames &n : m_tables) {
            const Table &t = *n.table;
            n.snake = snakeCase(n.cls);
            n.createFn = unique(QLatin1String("create_") + n.snake, functions);
            n.getFn = unique(QLatin1String("get_") + n.snake, functions);
            n.listFn = unique(QLatin1String("list_") + pluralize(n.snake), functions);
            n.plural = n.listFn.mid(5);
            n.updateFn = unique(QLatin1String("update_") + n.snake, functions);
            n.deleteFn = unique(QLatin1String("delete_") + n.snake, functions);
            n.selectFn = unique(QLatin1String("_select_") + n.snake, functions);
            n.routerModule = unique(safeAttributeName(n.snake), modules);

            const QHash<QString, QString> attrOf = names.attribute.value(t.id);
            // SQLAlchemy orders the key by the table's columns; with multiple models the
            // generated keys sit on the table model, after the inherited XBase fields.
            for (int pass = 0; pass < 2; ++pass) {
                for (const Column &c : t.columns) {
                    if (!c.primaryKey)
                        continue;
                    const bool late = multi && isGeneratedKey(c);
                    if ((pass == 1) == late)
                        n.pk.push_back(&c);
                }
            }
            // Parameter names must not shadow what the function bodies use.
            QSet<QString> params = m_modelNames;
            params.unite({QStringLiteral("session"), QStringLiteral("statement"),
                          QStringLiteral("result"), QStringLiteral("col"), QStringLiteral("select"),
                          QStringLiteral("selectinload"), QStringLiteral("crud"),
                          QStringLiteral("router"), QStringLiteral("offset"), QStringLiteral("limit"),
                          QStringLiteral("changes"), QStringLiteral("uuid"),
                          QLatin1String("db_") + n.snake, n.snake + QLatin1String("_in")});
            for (const QString &f : {n.createFn, n.getFn, n.listFn, n.updateFn, n.deleteFn, n.selectFn})
                params.insert(f);
            for (const Column *c : n.pk) {
                n.pkAttrs << attrOf.value(c->id);
                n.pkParams << unique(safeAttributeName(attrOf.value(c->id)), params);
            }
            n.bare = unique(safeAttributeName(n.snake), params);
        }
        collectRelationships();
    }

    const Schema &schema() const { return m_schema; }
    const CrudOptions &options() const { return m_options; }
    bool multi() const { return m_options.models.multipleModels; }
    const std::vector<TableNames> &tables() const { return m_tables; }
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
    // The relationship attributes the models generator puts on each table model.
    void collectRelationships()
    {
        QHash<QString, std::pair<const Table *, const ForeignKey *>> fks;
        for (const Table &t : m_schema.tables) {
            for (const ForeignKey &fk : t.foreignKeys)
                fks.insert(fk.id, {&t, &fk});
        }
        QHash<QString, TableNames *> byId;
        for (TableNames &n : m_tables)
            byId.insert(n.table->id, &n);
        auto addTo = [&](const QString &tableId, const QString &attr) {
            if (attr.isEmpty())
                return;
            if (TableNames *n = byId.value(tableId); n && !n->relationships.contains(attr))
                n->relationships << attr;
        };
        for (const Relationship &r : m_schema.relationships) {
            const auto [fkTable, fk] = fks.value(r.foreignKey, {nullptr, nullptr});
            if (!fk || !byId.contains(fk->refTable))
                continue;
            if (r.kind == RelationshipKind::ManyToMany) {
                const ForeignKey *fk2 = fks.value(r.secondForeignKey, {nullptr, nullptr}).second;
                if (!fk2 || !byId.contains(fk2->refTable))
                    continue;
                addTo(fk->refTable, r.parentAttribute);
                addTo(fk2->refTable, r.childAttribute);
            } else {
                addTo(fk->refTable, r.parentAttribute);
                addTo(fkTable->id, r.childAttribute);
            }
        }
    }

    const Schema &m_schema;
    CrudOptions m_options;
    std::vector<TableNames> m_tables;
    QHash<QString, QString> m_enumClass;
    QSet<QString> m_modelNames;
};

// The Python type of a key value, for parameters.
QString pythonType(const CrudPlan &plan, Imports &imports, const Column &c)
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

// `def name(params) -> result:` laid out as ruff formats a signature.
void signature(QStringList &out, const QString &def, const QStringList &params, const QString &result)
{
    Expr call = Expr::call(def);
    for (const QString &p : params)
        call.arg(Expr::atom(p));
    Python::layout(out, 0, QString(), call, QLatin1String(" -> ") + result + u':');
}

QStringList keyParams(const CrudPlan &plan, Imports &imports, const TableNames &n)
{
    QStringList out;
    for (std::size_t i = 0; i < n.pk.size(); ++i)
        out << n.pkParams.at(int(i)) + QLatin1String(": ") + pythonType(plan, imports, *n.pk[i]);
    return out;
}

Expr orderBy(const QString &callee, const TableNames &n)
{
    Expr call = Expr::call(callee);
    for (const QString &a : n.pkAttrs)
        call.arg(Expr::atom(QLatin1String("col(") + n.cls + u'.' + a + u')'));
    return call;
}

// ---------------------------------------------------------------------------------------------
// crud.py and crud_async.py

GeneratedFile generateCrudModule(const CrudPlan &plan, bool async)
{
    Imports imports;
    QStringList body;
    const QString models = plan.options().models.packageName;
    const bool multi = plan.multi();
    const QString aw = async ? QStringLiteral("await ") : QString();
    const QString def = async ? QStringLiteral("async def ") : QStringLiteral("def ");

    const QString sessionType =
        async ? plan.lib(imports, Section::Third, QStringLiteral("sqlmodel.ext.asyncio.session"), QStringLiteral("AsyncSession"))
              : plan.lib(imports, Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("Session"));
    const QString session = QLatin1String("session: ") + sessionType;

    if (async) {
        const QString engine = plan.lib(imports, Section::Third, QStringLiteral("sqlalchemy.ext.asyncio"),
                                        QStringLiteral("AsyncEngine"));
        blankLines(body, 2);
        signature(body, QStringLiteral("def make_async_session"), {QLatin1String("engine: ") + engine}, sessionType);
        body << QStringLiteral("    \"\"\"A session for these functions: nothing expires on commit.\"\"\"")
             << QLatin1String("    return ") + sessionType + QLatin1String("(engine, expire_on_commit=False)");
    }

    for (const TableNames &n : plan.tables()) {
        const QString &cls = n.cls;
        imports.add(Section::First, models, cls);
        const QString db = QLatin1String("db_") + n.snake;
        const bool eager = async && !n.relationships.isEmpty();

        if (eager) {
            const QString selectOf = plan.lib(imports, Section::Third, QStringLiteral("sqlmodel.sql.expression"),
                                              QStringLiteral("SelectOfScalar"));
            imports.add(Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("select"));
            imports.add(Section::Third, QStringLiteral("sqlalchemy.orm"), QStringLiteral("selectinload"));
            blankLines(body, 2);
            body << QLatin1String("def ") + n.selectFn + QLatin1String("() -> ") + selectOf + u'[' + cls
                        + QLatin1String("]:");
            body << QStringLiteral("    \"\"\"Loads every relationship eagerly: nothing lazy-loads.\"\"\"");
            // The relationship attributes are annotated with their Python types (list[X],
            // X | None), which is not what selectinload() is declared to take.
            body << QLatin1String("    return select(") + cls + QLatin1String(").options(");
            for (const QString &rel : n.relationships)
                body << QLatin1String("        selectinload(") + cls + u'.' + rel
                            + QLatin1String("),  # type: ignore[arg-type]");
            body << QStringLiteral("    )");
        }

        // create
        blankLines(body, 2);
        if (multi) {
            const QString in = n.snake + QLatin1String("_in");
            imports.add(Section::First, models, n.create);
            signature(body, def + n.createFn, {session, in + QLatin1String(": ") + n.create}, cls);
            Python::layout(body, 4, db + QLatin1String(" = "),
                           Expr::call(cls + QLatin1String(".model_validate")).arg(Expr::atom(in)));
        } else {
            signature(body, def + n.createFn, {session, n.bare + QLatin1String(": ") + cls}, cls);
        }
        const QString obj = multi ? db : n.bare;
        body << QLatin1String("    session.add(") + obj + u')'
             << QLatin1String("    ") + aw + QLatin1String("session.commit()")
             << QLatin1String("    ") + aw + QLatin1String("session.refresh(") + obj + u')'
             << QLatin1String("    return ") + obj;

        // get
        blankLines(body, 2);
        QStringList params{session};
        params << keyParams(plan, imports, n);
        signature(body, def + n.getFn, params, cls + QLatin1String(" | None"));
        if (eager) {
            imports.add(Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("col"));
            Expr where = Expr::call(n.selectFn + QLatin1String("().where"));
            for (int i = 0; i < n.pkAttrs.size(); ++i)
                where.arg(Expr::atom(QLatin1String("col(") + cls + u'.' + n.pkAttrs.at(i) + QLatin1String(") == ")
                                     + n.pkParams.at(i)));
            // where() is typed loosely; the annotation keeps the result typed.
            const QString selectOf = plan.lib(imports, Section::Third, QStringLiteral("sqlmodel.sql.expression"),
                                              QStringLiteral("SelectOfScalar"));
            Python::layout(body, 4, QLatin1String("statement: ") + selectOf + u'[' + cls + QLatin1String("] = "), where);
            body << QStringLiteral("    result = await session.exec(statement)")
                 << QStringLiteral("    return result.first()");
        } else {
            Expr get = Expr::call(aw + QLatin1String("session.get"));
            get.arg(Expr::atom(cls));
            if (n.pkParams.size() == 1) {
                get.arg(Expr::atom(n.pkParams.front()));
            } else {
                Expr key = Expr::tuple();
                for (const QString &p : n.pkParams)
                    key.arg(Expr::atom(p));
                get.arg(key);
            }
            Python::layout(body, 4, QStringLiteral("return "), get);
        }

        // list
        blankLines(body, 2);
        const QString sequence = plan.lib(imports, Section::Std, QStringLiteral("collections.abc"), QStringLiteral("Sequence"));
        imports.add(Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("col"));
        signature(body, def + n.listFn,
                  {session, QStringLiteral("offset: int = 0"), QStringLiteral("limit: int = 100")},
                  sequence + u'[' + cls + u']');
        if (eager) {
            Python::layout(body, 4, QStringLiteral("statement = "), orderBy(n.selectFn + QLatin1String("().order_by"), n));
        } else {
            imports.add(Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("select"));
            Python::layout(body, 4, QStringLiteral("statement = "),
                           orderBy(QLatin1String("select(") + cls + QLatin1String(").order_by"), n));
        }
        if (async) {
            body << QStringLiteral("    result = await session.exec(statement.offset(offset).limit(limit))")
                 << QStringLiteral("    return result.all()");
        } else {
            body << QStringLiteral("    return session.exec(statement.offset(offset).limit(limit)).all()");
        }

        // update: only for tables with a column besides the key
        if (!multi || !n.update.isEmpty()) {
            bool updatable = multi;
            for (const Column &c : n.table->columns)
                updatable = updatable || !c.primaryKey;
            if (updatable) {
                blankLines(body, 2);
                if (multi) {
                    const QString in = n.snake + QLatin1String("_in");
                    imports.add(Section::First, models, n.update);
                    signature(body, def + n.updateFn,
                              {session, db + QLatin1String(": ") + cls, in + QLatin1String(": ") + n.update}, cls);
                    Python::layout(body, 4, QString(),
                                   Expr::call(db + QLatin1String(".sqlmodel_update"))
                                       .arg(Expr::atom(in + QLatin1String(".model_dump(exclude_unset=True)"))));
                } else {
                    const QString any = plan.lib(imports, Section::Std, QStringLiteral("typing"), QStringLiteral("Any"));
                    signature(body, def + n.updateFn,
                              {session, db + QLatin1String(": ") + cls,
                               QLatin1String("changes: dict[str, ") + any + u']'},
                              cls);
                    body << QLatin1String("    ") + db + QLatin1String(".sqlmodel_update(changes)");
                }
                body << QLatin1String("    session.add(") + db + u')'
                     << QLatin1String("    ") + aw + QLatin1String("session.commit()")
                     << QLatin1String("    ") + aw + QLatin1String("session.refresh(") + db + u')'
                     << QLatin1String("    return ") + db;
            }
        }

        // delete
        blankLines(body, 2);
        signature(body, def + n.deleteFn, {session, db + QLatin1String(": ") + cls}, QStringLiteral("None"));
        body << QLatin1String("    ") + aw + QLatin1String("session.delete(") + db + u')'
             << QLatin1String("    ") + aw + QLatin1String("session.commit()");
    }

    QStringList notes;
    notes << QStringLiteral("Import these with the output folder on sys.path, beside the models (`%1`).")
                 .arg(plan.options().models.packageName);
    if (async) {
        notes << QStringLiteral(
            "Create the AsyncSession with expire_on_commit=False, as make_async_session() does: "
            "after a commit SQLAlchemy would otherwise expire every attribute, and loading one again is "
            "implicit IO, which asyncio forbids (MissingGreenlet). For the same reason the get and list "
            "functions load every relationship with selectinload().");
    }
    const QString head = Python::generatedHeader(
        async ? QStringLiteral("Async CRUD functions") : QStringLiteral("CRUD functions"),
        plan.schema().name, notes);
    return {async ? QStringLiteral("crud_async.py") : QStringLiteral("crud.py"), assemble(head, imports, body)};
}

// ---------------------------------------------------------------------------------------------
// routers/

GeneratedFile generateDeps(const CrudPlan &plan)
{
    Imports imports;
    imports.add(Section::Std, QStringLiteral("collections.abc"), QStringLiteral("Iterator"));
    imports.add(Section::Std, QStringLiteral("typing"), QStringLiteral("Annotated"));
    imports.add(Section::Third, QStringLiteral("fastapi"), QStringLiteral("Depends"));
    imports.add(Section::Third, QStringLiteral("sqlalchemy"), QStringLiteral("Engine"));
    imports.add(Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("Session"));
    QStringList body;
    body << QStringLiteral("engine: Engine | None = None");
    blankLines(body, 2);
    body << QStringLiteral("def set_engine(new_engine: Engine) -> None:")
         << QStringLiteral("    \"\"\"Sets the engine that get_session() opens its sessions on.\"\"\"")
         << QStringLiteral("    global engine")
         << QStringLiteral("    engine = new_engine");
    blankLines(body, 2);
    body << QStringLiteral("def get_session() -> Iterator[Session]:")
         << QStringLiteral("    \"\"\"One session per request.\"\"\"")
         << QStringLiteral("    if engine is None:")
         << QStringLiteral("        raise RuntimeError(\"call routers.set_engine(engine) first\")")
         << QStringLiteral("    with Session(engine) as session:")
         << QStringLiteral("        yield session");
    blankLines(body, 2);
    body << QStringLiteral("SessionDep = Annotated[Session, Depends(get_session)]");
    const QString head = Python::generatedHeader(QStringLiteral("The database session of the FastAPI routers"), plan.schema().name,
                                {QStringLiteral("The application sets the engine once, before serving "
                                                "requests: `routers.set_engine(create_engine(url))`; or it "
                                                "overrides the dependency: "
                                                "`app.dependency_overrides[routers.get_session] = ...`.")});
    return {QStringLiteral("routers/deps.py"), assemble(head, imports, body)};
}

GeneratedFile generateRouter(const CrudPlan &plan, const TableNames &n)
{
    Imports imports;
    QStringList body;
    const QString models = plan.options().models.packageName;
    const bool multi = plan.multi();
    const QString &cls = n.cls;
    const QString apiRouter = plan.lib(imports, Section::Third, QStringLiteral("fastapi"), QStringLiteral("APIRouter"));
    const QString httpException =
        plan.lib(imports, Section::Third, QStringLiteral("fastapi"), QStringLiteral("HTTPException"));
    imports.addModule(Section::First, QStringLiteral("crud"));
    imports.add(Section::First, models, cls);
    imports.addLocal(QStringLiteral(".deps"), QStringLiteral("SessionDep"));
    const QString sessionDep = QStringLiteral("session: SessionDep");

    // Route function names: unique in this module.
    QSet<QString> taken = plan.modelNames();
    taken.unite({QStringLiteral("router"), QStringLiteral("crud"), QStringLiteral("SessionDep"),
                 QStringLiteral("APIRouter"), QStringLiteral("HTTPException"), QStringLiteral("Query"),
                 QStringLiteral("Annotated"), QStringLiteral("Sequence"), QStringLiteral("Session"),
                 QStringLiteral("Any")});
    const QString orFail = unique(QLatin1String("_get_") + n.snake + QLatin1String("_or_404"), taken);
    const QString createFn = unique(QLatin1String("create_") + n.snake, taken);
    const QString readAllFn = unique(QLatin1String("read_") + pluralize(n.snake), taken);
    const QString readFn = unique(QLatin1String("read_") + n.snake, taken);
    const QString updateFn = unique(QLatin1String("update_") + n.snake, taken);
    const QString deleteFn = unique(QLatin1String("delete_") + n.snake, taken);

    const QString response = multi ? n.pub : cls;
    if (multi)
        imports.add(Section::First, models, n.pub);
    Expr routerCall = Expr::call(apiRouter);
    routerCall.kwarg(QStringLiteral("prefix"), Expr::atom(stringLiteral(u'/' + n.plural)));
    routerCall.kwarg(QStringLiteral("tags"), Expr::atom(u'[' + stringLiteral(n.plural) + u']'));
    Python::layout(body, 0, QStringLiteral("router = "), routerCall);

    QString path;
    for (const QString &p : n.pkParams)
        path += QLatin1String("/{") + p + u'}';
    QStringList keyArgs = n.pkParams;

    // The lookup that every route by key shares.
    const QString sessionClass = plan.lib(imports, Section::Third, QStringLiteral("sqlmodel"), QStringLiteral("Session"));
    blankLines(body, 2);
    QStringList params{QLatin1String("session: ") + sessionClass};
    params << keyParams(plan, imports, n);
    signature(body, QLatin1String("def ") + orFail, params, cls);
    const QString db = QLatin1String("db_") + n.snake;
    Python::layout(body, 4, db + QLatin1String(" = "),
                   [&] {
                       Expr get = Expr::call(QLatin1String("crud.") + n.getFn);
                       get.arg(Expr::atom(QStringLiteral("session")));
                       for (const QString &k : keyArgs)
                           get.arg(Expr::atom(k));
                       return get;
                   }());
    body << QLatin1String("    if ") + db + QLatin1String(" is None:");
    Python::layout(body, 8, QStringLiteral("raise "),
                   Expr::call(httpException)
                       .kwarg(QStringLiteral("status_code"), Expr::atom(QStringLiteral("404")))
                       .kwarg(QStringLiteral("detail"), Expr::atom(stringLiteral(cls + QLatin1String(" not found")))));
    body << QLatin1String("    return ") + db;
    auto lookup = [&] {
        Expr call = Expr::call(orFail);
        call.arg(Expr::atom(QStringLiteral("session")));
        for (const QString &k : keyArgs)
            call.arg(Expr::atom(k));
        return call;
    };
    auto decorator = [&](const char *method, const QString &route, const QString &model) {
        Expr d = Expr::call(QLatin1String("@router.") + QLatin1String(method));
        d.arg(Expr::atom(stringLiteral(route)));
        if (!model.isEmpty())
            d.kwarg(QStringLiteral("response_model"), Expr::atom(model));
        Python::layout(body, 0, QString(), d);
    };

    // POST
    blankLines(body, 2);
    decorator("post", QStringLiteral("/"), response);
    const QString in = multi ? n.snake + QLatin1String("_in") : n.bare;
    signature(body, QLatin1String("def ") + createFn,
              {sessionDep, in + QLatin1String(": ") + (multi ? n.create : cls)}, cls);
    if (multi)
        imports.add(Section::First, models, n.create);
    Python::layout(body, 4, QStringLiteral("return "),
                   Expr::call(QLatin1String("crud.") + n.createFn).arg(Expr::atom(QStringLiteral("session"))).arg(Expr::atom(in)));

    // GET list
    blankLines(body, 2);
    const QString annotated = plan.lib(imports, Section::Std, QStringLiteral("typing"), QStringLiteral("Annotated"));
    const QString query = plan.lib(imports, Section::Third, QStringLiteral("fastapi"), QStringLiteral("Query"));
    const QString sequence = plan.lib(imports, Section::Std, QStringLiteral("collections.abc"), QStringLiteral("Sequence"));
    decorator("get", QStringLiteral("/"), QLatin1String("list[") + response + u']');
    signature(body, QLatin1String("def ") + readAllFn,
              {sessionDep, QStringLiteral("offset: %1[int, %2(ge=0)] = 0").arg(annotated, query),
               QStringLiteral("limit: %1[int, %2(ge=0, le=100)] = 100").arg(annotated, query)},
              sequence + u'[' + cls + u']');
    Python::layout(body, 4, QStringLiteral("return "),
                   Expr::call(QLatin1String("crud.") + n.listFn)
                       .arg(Expr::atom(QStringLiteral("session")))
                       .arg(Expr::atom(QStringLiteral("offset")))
                       .arg(Expr::atom(QStringLiteral("limit"))));

    // GET one
    QStringList keyed{sessionDep};
    keyed << keyParams(plan, imports, n);
    blankLines(body, 2);
    decorator("get", path, response);
    signature(body, QLatin1String("def ") + readFn, keyed, cls);
    Python::layout(body, 4, QStringLiteral("return "), lookup());

    // PATCH
    bool hasUpdate = multi ? !n.update.isEmpty() : false;
    if (!multi) {
        for (const Column &c : n.table->columns)
            hasUpdate = hasUpdate || !c.primaryKey;
    }
    if (hasUpdate) {
        blankLines(body, 2);
        decorator("patch", path, response);
        QStringList p = keyed;
        QString changes;
        if (multi) {
            imports.add(Section::First, models, n.update);
            changes = n.snake + QLatin1String("_in");
            p << changes + QLatin1String(": ") + n.update;
        } else {
            changes = QStringLiteral("changes");
            p << QLatin1String("changes: dict[str, ")
                     + plan.lib(imports, Section::Std, QStringLiteral("typing"), QStringLiteral("Any")) + u']';
        }
        signature(body, QLatin1String("def ") + updateFn, p, cls);
        Python::layout(body, 4, db + QLatin1String(" = "), lookup());
        Python::layout(body, 4, QStringLiteral("return "),
                       Expr::call(QLatin1String("crud.") + n.updateFn)
                           .arg(Expr::atom(QStringLiteral("session")))
                           .arg(Expr::atom(db))
                           .arg(Expr::atom(changes)));
    }

    // DELETE
    blankLines(body, 2);
    decorator("delete", path, QString());
    signature(body, QLatin1String("def ") + deleteFn, keyed, QStringLiteral("dict[str, bool]"));
    Python::layout(body, 4, QString(),
                   Expr::call(QLatin1String("crud.") + n.deleteFn).arg(Expr::atom(QStringLiteral("session"))).arg(lookup()));
    body << QStringLiteral("    return {\"ok\": True}");

    const QString head = Python::generatedHeader(QLatin1String("FastAPI routes for ") + cls, plan.schema().name);
    return {QLatin1String("routers/") + n.routerModule + QLatin1String(".py"), assemble(head, imports, body)};
}

GeneratedFile generateRoutersInit(const CrudPlan &plan)
{
    Imports imports;
    imports.add(Section::Third, QStringLiteral("fastapi"), QStringLiteral("APIRouter"));
    imports.add(Section::Third, QStringLiteral("fastapi"), QStringLiteral("FastAPI"));
    imports.addLocal(QStringLiteral(".deps"), QStringLiteral("SessionDep"));
    imports.addLocal(QStringLiteral(".deps"), QStringLiteral("get_session"));
    imports.addLocal(QStringLiteral(".deps"), QStringLiteral("set_engine"));
    Expr list = Expr::list();
    for (const TableNames &n : plan.tables()) {
        imports.addLocal(QStringLiteral("."), n.routerModule);
        list.arg(Expr::atom(n.routerModule + QLatin1String(".router")));
    }
    QStringList body;
    Expr all = Expr::list();
    for (const char *name : {"SessionDep", "all_routers", "get_session", "include_all", "set_engine"})
        all.arg(Expr::atom(stringLiteral(QLatin1String(name))));
    Python::layout(body, 0, QStringLiteral("__all__ = "), all);
    body << QString();
    Python::layout(body, 0, QStringLiteral("all_routers: list[APIRouter] = "), list);
    blankLines(body, 2);
    body << QStringLiteral("def include_all(app: FastAPI) -> None:")
         << QStringLiteral("    \"\"\"Adds the routes of every table to the application.\"\"\"")
         << QStringLiteral("    for router in all_routers:")
         << QStringLiteral("        app.include_router(router)");
    const QString head = Python::generatedHeader(
        QStringLiteral("FastAPI routers"), plan.schema().name,
        {QStringLiteral("Usage, with the output folder on sys.path: `routers.set_engine(engine)` "
                        "(an Engine from sqlmodel.create_engine), then `routers.include_all(app)` on "
                        "the FastAPI application, which creates it with a lifespan handler if it needs "
                        "one. Every route opens its own Session through the get_session dependency.")});
    return {QStringLiteral("routers/__init__.py"), assemble(head, imports, body)};
}

} // namespace

std::vector<GeneratedFile> generateCrud(const Schema &schema, const CrudOptions &options)
{
    const CrudPlan plan(schema, options);
    std::vector<GeneratedFile> files;
    if (options.sync || options.routers)
        files.push_back(generateCrudModule(plan, false));
    if (options.async)
        files.push_back(generateCrudModule(plan, true));
    // Request bodies must be data models: a table model does not validate (nor convert) what
    // FastAPI hands it, so the routers need the multiple-models pattern.
    if (options.routers && options.models.multipleModels) {
        files.push_back(generateRoutersInit(plan));
        files.push_back(generateDeps(plan));
        for (const TableNames &n : plan.tables())
            files.push_back(generateRouter(plan, n));
    }
    return files;
}

} // namespace Core
