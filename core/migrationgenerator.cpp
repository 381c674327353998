// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationgenerator.h"

#include "projectfile.h"
#include "pyformat.h"
#include "pythonwriter.h"
#include "schemadiff.h"

#include <QCryptographicHash>
#include <QSet>

namespace Core {

namespace {

using Python::Expr;
using Python::Imports;
using Python::stringLiteral;
using K = SchemaChange::Kind;

Expr atom(const QString &s) {
    return Expr::atom(s);
}
// op.f() marks a name as final: the naming convention of the models' metadata, which Alembic
// applies to the operations too, must not rename it again.
Expr finalName(const QString &target, const QString &name) {
    return Expr::call(target + QLatin1String("f")).arg(Expr::atom(stringLiteral(name)));
}
Expr str(const QString &s) {
    return Expr::atom(stringLiteral(s));
}

QString enumSqlName(const EnumType &e) {
    return e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
}

Expr stringList(const QStringList &items) {
    Expr list = Expr::list();
    for (const QString &s : items)
        list.arg(str(s));
    return list;
}

// A SQL string literal.
QString sqlLiteral(const QString &s) {
    QString q = s;
    q.replace(u'\'', QLatin1String("''"));
    return u'\'' + q + u'\'';
}

// Writes the steps of one direction (upgrade or downgrade) of a revision.
class Writer {
public:
    Writer(const Schema &from, const Schema &to, Imports &imports, bool alembicLocal)
        : m_from(from)
        , m_to(to)
        , m_imports(imports)
        , m_alembicLocal(alembicLocal) {}

    QStringList write(const std::vector<SchemaChange> &changes) {
        for (const SchemaChange &c : changes)
            step(c);
        closeBlock();
        if (m_out.isEmpty())
            m_out << QStringLiteral("    pass");
        return m_out;
    }

private:
    QString sa() {
        m_imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        return QStringLiteral("sa.");
    }
    QString pg() {
        m_imports.add(QStringLiteral("sqlalchemy.dialects"), QStringLiteral("postgresql"));
        return QStringLiteral("postgresql.");
    }
    void op() {
        m_imports.add(m_alembicLocal ? Imports::Section::First : Imports::Section::Third,
                      QStringLiteral("alembic"), QStringLiteral("op"));
    }

    Expr enumType(const EnumType &e, bool createType) {
        Expr call = Expr::call(pg() + QLatin1String("ENUM"));
        for (const QString &v : e.values)
            call.arg(str(v));
        call.kwarg(QStringLiteral("name"), str(enumSqlName(e)));
        if (!e.schema.isEmpty())
            call.kwarg(QStringLiteral("schema"), str(e.schema));
        if (!createType)
            call.kwarg(QStringLiteral("create_type"), atom(QStringLiteral("False")));
        return call;
    }

    QString scalarType(const Schema &s, const Table &t, const Column &c) {
        const QString p = sa();
        const auto ty = [&](const QString &name) {
            return QString(p + name);
        };
        const bool soleAutoKey = c.primaryKey && c.autoincrement && t.primaryKey().size() == 1;
        switch (c.type.kind) {
        case TypeKind::Integer:
            return ty(QLatin1String("Integer()"));
        case TypeKind::BigInteger:
            return soleAutoKey
                       ? ty(QLatin1String("BigInteger().with_variant(sa.Integer(), \"sqlite\")"))
                       : ty(QLatin1String("BigInteger()"));
        case TypeKind::SmallInteger:
            return soleAutoKey
                       ? ty(QLatin1String("SmallInteger().with_variant(sa.Integer(), \"sqlite\")"))
                       : ty(QLatin1String("SmallInteger()"));
        case TypeKind::String:
            return c.type.length > 0 ? ty(QStringLiteral("String(length=%1)").arg(c.type.length))
                                     : ty(QLatin1String("String()"));
        case TypeKind::Text:
            return ty(QLatin1String("Text()"));
        case TypeKind::Boolean:
            return ty(QLatin1String("Boolean()"));
        case TypeKind::Float:
            return ty(QLatin1String("Float()"));
        case TypeKind::Numeric:
            return c.type.precision > 0 ? ty(QStringLiteral("Numeric(precision=%1, scale=%2)")
                                                 .arg(c.type.precision)
                                                 .arg(c.type.scale))
                                        : ty(QLatin1String("Numeric()"));
        case TypeKind::Date:
            return ty(QLatin1String("Date()"));
        case TypeKind::Time:
            return c.type.timezone ? ty(QLatin1String("Time(timezone=True)"))
                                   : ty(QLatin1String("Time()"));
        case TypeKind::DateTime:
            return c.type.timezone ? ty(QLatin1String("DateTime(timezone=True)"))
                                   : ty(QLatin1String("DateTime()"));
        case TypeKind::Interval:
            return ty(QLatin1String("Interval()"));
        case TypeKind::Uuid:
            return ty(QLatin1String("Uuid()"));
        case TypeKind::Json:
            return ty(QLatin1String("JSON()"));
        case TypeKind::Jsonb:
            return ty(QLatin1String("JSON().with_variant(")) + pg()
                   + QLatin1String("JSONB(), \"postgresql\")");
        case TypeKind::LargeBinary:
            return ty(QLatin1String("LargeBinary()"));
        case TypeKind::Enum:
            if (const EnumType *e = s.enumType(c.type.enumId))
                return enumType(*e, false).flat();
            return ty(QLatin1String("String()"));
        case TypeKind::Dialect:
            m_usesSqlType = true;
            return QLatin1String("SqlType(") + stringLiteral(c.type.sql) + u')';
        }
        return ty(QLatin1String("String()"));
    }

    QString columnType(const Schema &s, const Table &t, const Column &c) {
        const QString scalar = scalarType(s, t, c);
        if (!c.type.array || c.type.kind == TypeKind::Json || c.type.kind == TypeKind::Jsonb)
            return scalar;
        return sa() + QLatin1String("JSON().with_variant(") + pg() + QLatin1String("ARRAY(")
               + scalar + QLatin1String("), \"postgresql\")");
    }

    // The PostgreSQL spelling of a column type, for ALTER ... USING casts.
    static QString pgTypeName(const Schema &s, const Column &c) {
        QString t;
        switch (c.type.kind) {
        case TypeKind::Integer:
            t = QStringLiteral("integer");
            break;
        case TypeKind::BigInteger:
            t = QStringLiteral("bigint");
            break;
        case TypeKind::SmallInteger:
            t = QStringLiteral("smallint");
            break;
        case TypeKind::String:
            t = c.type.length > 0 ? QStringLiteral("varchar(%1)").arg(c.type.length)
                                  : QStringLiteral("varchar");
            break;
        case TypeKind::Text:
            t = QStringLiteral("text");
            break;
        case TypeKind::Boolean:
            t = QStringLiteral("boolean");
            break;
        case TypeKind::Float:
            t = QStringLiteral("float");
            break;
        case TypeKind::Numeric:
            t = c.type.precision > 0
                    ? QStringLiteral("numeric(%1, %2)").arg(c.type.precision).arg(c.type.scale)
                    : QStringLiteral("numeric");
            break;
        case TypeKind::Date:
            t = QStringLiteral("date");
            break;
        case TypeKind::Time:
            t = c.type.timezone ? QStringLiteral("time with time zone") : QStringLiteral("time");
            break;
        case TypeKind::DateTime:
            t = c.type.timezone ? QStringLiteral("timestamp with time zone")
                                : QStringLiteral("timestamp");
            break;
        case TypeKind::Interval:
            t = QStringLiteral("interval");
            break;
        case TypeKind::Uuid:
            t = QStringLiteral("uuid");
            break;
        case TypeKind::Json:
            t = QStringLiteral("json");
            break;
        case TypeKind::Jsonb:
            t = QStringLiteral("jsonb");
            break;
        case TypeKind::LargeBinary:
            t = QStringLiteral("bytea");
            break;
        case TypeKind::Enum:
            if (const EnumType *e = s.enumType(c.type.enumId))
                t = enumSqlName(*e);
            break;
        case TypeKind::Dialect:
            t = c.type.sql;
            break;
        }
        if (c.type.array)
            t += QLatin1String("[]");
        return t;
    }

    // The SQL literal of the column's Python default, or empty.
    static QString defaultSql(const Column &c) {
        return std::visit(
            [&](const auto &v) -> QString {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, NoDefault>)
                    return {};
                else if constexpr (std::is_same_v<T, bool>)
                    return v ? QStringLiteral("true") : QStringLiteral("false");
                else if constexpr (std::is_same_v<T, qint64>)
                    return QString::number(v);
                else if constexpr (std::is_same_v<T, double>)
                    return Python::floatLiteral(v);
                else
                    return sqlLiteral(v);
            },
            c.defaultValue);
    }

    Expr serverDefault(const QString &sql) {
        return Expr::call(sa() + QLatin1String("text")).arg(str(sql));
    }

    Expr column(const Schema &s, const Table &t, const Column &c, bool forceNullable = false,
                const QString &extraServerDefault = {}) {
        Expr call = Expr::call(sa() + QLatin1String("Column"));
        call.arg(str(c.name)).arg(atom(columnType(s, t, c)));
        if (c.autoincrement && !c.primaryKey)
            call.arg(atom(sa() + QLatin1String("Identity()")));
        call.kwarg(
            QStringLiteral("nullable"),
            atom(c.nullable || forceNullable ? QStringLiteral("True") : QStringLiteral("False")));
        if (c.primaryKey && t.primaryKey().size() == 1 && !c.autoincrement
            && (c.type.kind == TypeKind::Integer || c.type.kind == TypeKind::BigInteger
                || c.type.kind == TypeKind::SmallInteger))
            call.kwarg(QStringLiteral("autoincrement"), atom(QStringLiteral("False")));
        if (!c.serverDefault.isEmpty())
            call.kwarg(QStringLiteral("server_default"), serverDefault(c.serverDefault));
        else if (!extraServerDefault.isEmpty())
            call.kwarg(QStringLiteral("server_default"), serverDefault(extraServerDefault));
        if (!c.comment.isEmpty())
            call.kwarg(QStringLiteral("comment"), str(c.comment));
        return call;
    }

    void line(int indent, const QString &text) { m_out << QString(indent, u' ') + text; }
    void comment(int indent, const QString &text) {
        Python::commentLines(m_out, indent, Python::commentText(text));
    }
    void emit(int indent, const Expr &e) { Python::layout(m_out, indent, QString(), e); }

    // Opens (or keeps open) `with op.batch_alter_table(<table>) as batch_op:`.
    void openBlock(const Table &t) {
        const QString key = t.schema + u'.' + t.name;
        if (m_block == key)
            return;
        closeBlock();
        op();
        Expr call = Expr::call(QStringLiteral("op.batch_alter_table")).arg(str(t.name));
        inSchema(call, t);
        Python::layout(m_out, 4, QStringLiteral("with "), call, QStringLiteral(" as batch_op:"));
        m_block = key;
    }
    // A column the database starts or stops numbering. PostgreSQL: a sequence owned by the
    // column, started after the largest value, as its default (SERIAL's parts); or the default
    // and the sequence dropped. SQLite numbers an INTEGER PRIMARY KEY (the rowid) either way.
    void numbering(const Table &t, const Column &c) {
        closeBlock();
        const QString table = (t.schema.isEmpty() ? QString() : u'"' + t.schema + QLatin1String("\".")) + u'"'
                              + t.name + u'"';
        const QString seqName = t.name + u'_' + c.name + QLatin1String("_seq");
        const QString seq = (t.schema.isEmpty() ? QString() : u'"' + t.schema + QLatin1String("\".")) + u'"'
                            + seqName + u'"';
        const QString column = u'"' + c.name + u'"';
        comment(4, c.autoincrement
                       ? QStringLiteral("%1.%2 is numbered by the database from now on.").arg(t.name, c.name)
                       : QStringLiteral("%1.%2 is no longer numbered by the database.").arg(t.name, c.name));
        pgOnly();
        const auto exec = [&](const QString &sql) {
            emit(8, Expr::call(QStringLiteral("op.execute")).arg(str(sql)));
        };
        if (c.autoincrement) {
            exec(QStringLiteral("CREATE SEQUENCE IF NOT EXISTS %1 OWNED BY %2.%3").arg(seq, table, column));
            exec(QStringLiteral("SELECT setval('%1', COALESCE((SELECT MAX(%2) FROM %3), 0) + 1, false)")
                     .arg(QString(seq).replace(u'\'', QLatin1String("''")), column, table));
            exec(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT nextval('%3')")
                     .arg(table, column, QString(seq).replace(u'\'', QLatin1String("''"))));
        } else {
            exec(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT").arg(table, column));
            exec(QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(seq));
        }
    }

    // `schema=` for a table outside the default schema (PostgreSQL).
    static void inSchema(Expr &call, const Table &t) {
        if (!t.schema.isEmpty())
            call.kwarg(QStringLiteral("schema"), str(t.schema));
    }
    // CREATE SCHEMA before the first table of a schema the database does not have yet.
    void ensureSchema(const Table &t) { ensureSchema(t.schema); }
    void ensureSchema(const QString &schema) {
        if (schema.isEmpty() || m_schemasReady.contains(schema))
            return;
        m_schemasReady.insert(schema);
        for (const Table &other : m_from.tables) {
            if (other.schema == schema)
                return; // it exists already
        }
        for (const EnumType &other : m_from.enums) {
            if (other.schema == schema)
                return;
        }
        pgOnly();
        emit(8, Expr::call(QStringLiteral("op.execute"))
                    .arg(str(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(schema))));
    }
    void closeBlock() {
        m_block.clear();
        const QStringList after = m_afterBlock;
        m_afterBlock.clear();
        m_out << after;
    }

    // `if op.get_bind().dialect.name == "postgresql":` around enum DDL.
    void pgOnly() {
        closeBlock();
        op();
        line(4, QStringLiteral("if op.get_bind().dialect.name == \"postgresql\":"));
    }

    const TableObject *object(const Schema &s, const Table &t, const QString &id) {
        m_objects = tableObjects(s, t);
        for (const TableObject &o : m_objects) {
            if (o.id == id)
                return &o;
        }
        return nullptr;
    }

    void createObject(const Table &t, const TableObject &o, int indent, bool batch) {
        const QString target = batch ? QStringLiteral("batch_op.") : QStringLiteral("op.");
        Expr call;
        switch (o.kind) {
        case TableObject::Kind::Index:
            call =
                Expr::call(target + QLatin1String("create_index")).arg(finalName(target, o.name));
            if (!batch)
                call.arg(str(t.name));
            call.arg(stringList(o.columns));
            if (!batch)
                inSchema(call, t);
            call.kwarg(QStringLiteral("unique"),
                       atom(o.unique ? QStringLiteral("True") : QStringLiteral("False")));
            if (!o.expression.isEmpty()) {
                const Expr predicate = Expr::call(sa() + QLatin1String("text")).arg(str(o.expression));
                call.kwarg(QStringLiteral("postgresql_where"), predicate);
                call.kwarg(QStringLiteral("sqlite_where"), predicate);
            }
            break;
        case TableObject::Kind::Unique:
            call = Expr::call(target + QLatin1String("create_unique_constraint"))
                       .arg(finalName(target, o.name));
            call.arg(stringList(o.columns));
            break;
        case TableObject::Kind::ForeignKey:
            call = Expr::call(target + QLatin1String("create_foreign_key"))
                       .arg(finalName(target, o.name));
            call.arg(str(o.refTable)).arg(stringList(o.columns)).arg(stringList(o.refColumns));
            if (!o.refSchema.isEmpty())
                call.kwarg(QStringLiteral("referent_schema"), str(o.refSchema));
            if (!o.onDelete.isEmpty())
                call.kwarg(QStringLiteral("ondelete"), str(o.onDelete));
            if (!o.onUpdate.isEmpty())
                call.kwarg(QStringLiteral("onupdate"), str(o.onUpdate));
            break;
        case TableObject::Kind::Check:
            call = Expr::call(target + QLatin1String("create_check_constraint"))
                       .arg(finalName(target, o.name));
            call.arg(str(o.expression));
            break;
        }
        emit(indent, call);
    }

    void dropObject(const TableObject &o) {
        Expr call;
        if (o.kind == TableObject::Kind::Index) {
            call = Expr::call(QStringLiteral("batch_op.drop_index"))
                       .arg(finalName(QStringLiteral("batch_op."), o.name));
        } else {
            const char *type = o.kind == TableObject::Kind::Unique       ? "unique"
                               : o.kind == TableObject::Kind::ForeignKey ? "foreignkey"
                                                                         : "check";
            call = Expr::call(QStringLiteral("batch_op.drop_constraint"))
                       .arg(finalName(QStringLiteral("batch_op."), o.name));
            call.kwarg(QStringLiteral("type_"), str(QLatin1String(type)));
        }
        emit(8, call);
    }

    void createTable(const Table &t, const QStringList &leftOut = {}) {
        closeBlock();
        op();
        ensureSchema(t);
        closeBlock();
        Expr call = Expr::call(QStringLiteral("op.create_table")).arg(str(t.name));
        for (const Column &c : t.columns)
            call.arg(column(m_to, t, c));
        const auto pk = t.primaryKey();
        if (!pk.empty()) {
            Expr pkc = Expr::call(sa() + QLatin1String("PrimaryKeyConstraint"));
            for (const Column *c : pk)
                pkc.arg(str(c->name));
            pkc.kwarg(QStringLiteral("name"),
                      finalName(QStringLiteral("op."), QLatin1String("pk_") + t.name));
            call.arg(pkc);
        }
        const std::vector<TableObject> objects = tableObjects(m_to, t);
        for (const TableObject &o : objects) {
            if (leftOut.contains(o.id))
                continue; // created after the table it references
            Expr c;
            switch (o.kind) {
            case TableObject::Kind::Index:
                continue;
            case TableObject::Kind::Unique:
                c = Expr::call(sa() + QLatin1String("UniqueConstraint"));
                for (const QString &n : o.columns)
                    c.arg(str(n));
                break;
            case TableObject::Kind::ForeignKey: {
                QStringList refs;
                for (const QString &n : o.refColumns)
                    refs << (o.refSchema.isEmpty() ? QString() : o.refSchema + u'.') + o.refTable
                                + u'.' + n;
                c = Expr::call(sa() + QLatin1String("ForeignKeyConstraint"));
                c.arg(stringList(o.columns)).arg(stringList(refs));
                if (!o.onDelete.isEmpty())
                    c.kwarg(QStringLiteral("ondelete"), str(o.onDelete));
                if (!o.onUpdate.isEmpty())
                    c.kwarg(QStringLiteral("onupdate"), str(o.onUpdate));
                break;
            }
            case TableObject::Kind::Check:
                c = Expr::call(sa() + QLatin1String("CheckConstraint")).arg(str(o.expression));
                break;
            }
            c.kwarg(QStringLiteral("name"), finalName(QStringLiteral("op."), o.name));
            call.arg(c);
        }
        if (!t.comment.isEmpty())
            call.kwarg(QStringLiteral("comment"), str(t.comment));
        inSchema(call, t);
        emit(4, call);
        for (const TableObject &o : objects) {
            if (o.kind == TableObject::Kind::Index)
                createObject(t, o, 4, false);
        }
    }

    void step(const SchemaChange &c) {
        const Table *ft = m_from.table(c.tableId); // before this revision
        const Table *tt = m_to.table(c.tableId);   // after it
        // SQLite batch mode loses a constraint created in the same batch as a rename of its
        // columns, so renames get a batch of their own.
        if (m_afterRename && c.kind != K::RenameColumn)
            closeBlock();
        m_afterRename = c.kind == K::RenameColumn;
        switch (c.kind) {
        case K::CreateEnum: {
            const EnumType *e = m_to.enumType(c.objectId);
            ensureSchema(e->schema);
            pgOnly();
            Expr full = Expr::call(enumType(*e, true).flat() + QLatin1String(".create"));
            full.arg(atom(QStringLiteral("op.get_bind()")));
            full.kwarg(QStringLiteral("checkfirst"), atom(QStringLiteral("True")));
            emit(8, full);
            break;
        }
        case K::AddEnumValues: {
            const EnumType *e = m_to.enumType(c.objectId);
            pgOnly();
            comment(8, QStringLiteral("ADD VALUE must be committed before the value is used."));
            line(8, QStringLiteral("with op.get_context().autocommit_block():"));
            for (const QString &v : c.values) {
                const QString sql = QStringLiteral("ALTER TYPE %1 ADD VALUE IF NOT EXISTS %2")
                                        .arg(enumSqlName(*e), sqlLiteral(v));
                emit(12, Expr::call(QStringLiteral("op.execute")).arg(str(sql)));
            }
            break;
        }
        case K::RecreateEnum: {
            const EnumType *oldE = m_from.enumType(c.objectId);
            const EnumType *e = m_to.enumType(c.objectId);
            const QString name = enumSqlName(*e);
            const QString old = enumSqlName(*oldE) + QLatin1String("_old");
            pgOnly();
            comment(8, QStringLiteral("DESTRUCTIVE: values of %1 were removed or it was renamed; "
                                      "the type is rebuilt and rows that hold a removed value "
                                      "make this step fail.")
                           .arg(name));
            emit(8, Expr::call(QStringLiteral("op.execute"))
                        .arg(str(QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                                     .arg(enumSqlName(*oldE), old))));
            Expr create = Expr::call(enumType(*e, true).flat() + QLatin1String(".create"));
            create.arg(atom(QStringLiteral("op.get_bind()")));
            emit(8, create);
            for (const Table &t : m_to.tables) {
                if (!m_from.table(t.id))
                    continue; // created later with the new type
                for (const Column &col : t.columns) {
                    if (col.type.kind != TypeKind::Enum || col.type.enumId != e->id)
                        continue;
                    const QString sql = QStringLiteral("ALTER TABLE \"%1\" ALTER COLUMN \"%2\" "
                                                       "TYPE %3 USING \"%2\"::text::%3")
                                            .arg(t.name, col.name, pgTypeName(m_to, col));
                    emit(8, Expr::call(QStringLiteral("op.execute")).arg(str(sql)));
                }
            }
            emit(8, Expr::call(QStringLiteral("op.execute"))
                        .arg(str(QLatin1String("DROP TYPE ") + old)));
            break;
        }
        case K::DropEnum: {
            const EnumType *e = m_from.enumType(c.objectId);
            pgOnly();
            Expr call = Expr::call(pg() + QLatin1String("ENUM"));
            call.kwarg(QStringLiteral("name"), str(enumSqlName(*e)));
            Expr full = Expr::call(call.flat() + QLatin1String(".drop"));
            full.arg(atom(QStringLiteral("op.get_bind()")));
            full.kwarg(QStringLiteral("checkfirst"), atom(QStringLiteral("True")));
            emit(8, full);
            break;
        }
        case K::DropForeignKey:
        case K::DropIndex:
        case K::DropUnique:
        case K::DropCheck: {
            const TableObject *o = object(m_from, *ft, c.objectId);
            openBlock(*ft);
            dropObject(*o);
            break;
        }
        case K::DropTable:
            closeBlock();
            op();
            comment(4, QStringLiteral("DESTRUCTIVE: drops table %1 and its rows.").arg(ft->name));
            {
                Expr drop = Expr::call(QStringLiteral("op.drop_table")).arg(str(ft->name));
                inSchema(drop, *ft);
                emit(4, drop);
            }
            break;
        case K::RenameTable:
            closeBlock();
            op();
            {
                Expr rename = Expr::call(QStringLiteral("op.rename_table"))
                                  .arg(str(ft->name))
                                  .arg(str(tt->name));
                inSchema(rename, *tt);
                emit(4, rename);
            }
            break;
        case K::ChangeTableComment: {
            pgOnly();
            Expr call;
            if (tt->comment.isEmpty()) {
                call = Expr::call(QStringLiteral("op.drop_table_comment")).arg(str(tt->name));
            } else {
                call = Expr::call(QStringLiteral("op.create_table_comment")).arg(str(tt->name));
                call.arg(str(tt->comment));
            }
            if (!ft->comment.isEmpty())
                call.kwarg(QStringLiteral("existing_comment"), str(ft->comment));
            inSchema(call, *tt);
            emit(8, call);
            break;
        }
        case K::RenameColumn: {
            const Column *fc = ft->column(c.objectId);
            const Column *tc = tt->column(c.objectId);
            openBlock(*tt);
            Expr call = Expr::call(QStringLiteral("batch_op.alter_column")).arg(str(fc->name));
            call.kwarg(QStringLiteral("new_column_name"), str(tc->name));
            call.kwarg(QStringLiteral("existing_type"), atom(columnType(m_from, *ft, *fc)));
            call.kwarg(QStringLiteral("existing_nullable"),
                       atom(fc->nullable ? QStringLiteral("True") : QStringLiteral("False")));
            emit(8, call);
            break;
        }
        case K::AddColumn: {
            const Column *col = tt->column(c.objectId);
            QString fill;
            bool forceNullable = false;
            openBlock(*tt);
            if (!col->nullable && col->serverDefault.isEmpty()) {
                fill = defaultSql(*col);
                if (!fill.isEmpty()) {
                    comment(8,
                            QStringLiteral("WARNING: %1.%2 is NOT NULL without a server default: "
                                           "existing rows get the design's Python default "
                                           "(%3), which is removed again afterwards.")
                                .arg(tt->name, col->name, fill));
                } else {
                    forceNullable = true;
                    comment(8, QStringLiteral("WARNING: %1.%2 is NOT NULL but has neither a server "
                                              "nor a Python default, so it is added as nullable: "
                                              "fill it in, then make it NOT NULL in a later "
                                              "revision.")
                                   .arg(tt->name, col->name));
                }
            }
            emit(8, Expr::call(QStringLiteral("batch_op.add_column"))
                        .arg(column(m_to, *tt, *col, forceNullable, fill)));
            if (!fill.isEmpty()) {
                // A block of its own: SQLite fills the rows by ADD COLUMN before the table is
                // rebuilt without the default.
                QStringList saved;
                std::swap(saved, m_out);
                op();
                Expr block = Expr::call(QStringLiteral("op.batch_alter_table")).arg(str(tt->name));
                inSchema(block, *tt);
                Python::layout(m_out, 4, QStringLiteral("with "), block,
                               QStringLiteral(" as batch_op:"));
                Expr alter =
                    Expr::call(QStringLiteral("batch_op.alter_column")).arg(str(col->name));
                alter.kwarg(QStringLiteral("existing_type"), atom(columnType(m_to, *tt, *col)));
                alter.kwarg(QStringLiteral("existing_nullable"), atom(QStringLiteral("False")));
                alter.kwarg(QStringLiteral("server_default"), atom(QStringLiteral("None")));
                emit(8, alter);
                std::swap(saved, m_out);
                m_afterBlock << saved;
            }
            break;
        }
        case K::AlterColumn: {
            const Column *fc = ft->column(c.objectId);
            const Column *tc = tt->column(c.objectId);
            if (!c.typeChanged && !c.nullableChanged && !c.serverDefaultChanged
                && !c.commentChanged) {
                numbering(*tt, *tc); // only the numbering changes
                break;
            }
            openBlock(*tt);
            if (c.typeChanged && isNarrowing(fc->type, tc->type)) {
                comment(8, QStringLiteral("DESTRUCTIVE: narrows %1.%2; values that do not fit make "
                                          "this step fail or are cut.")
                               .arg(tt->name, tc->name));
            }
            if (c.nullableChanged && !tc->nullable) {
                comment(8, QStringLiteral("WARNING: %1.%2 becomes NOT NULL; rows that hold NULL "
                                          "make this step fail.")
                               .arg(tt->name, tc->name));
            }
            Expr call = Expr::call(QStringLiteral("batch_op.alter_column")).arg(str(tc->name));
            call.kwarg(QStringLiteral("existing_type"), atom(columnType(m_from, *ft, *fc)));
            if (c.typeChanged)
                call.kwarg(QStringLiteral("type_"), atom(columnType(m_to, *tt, *tc)));
            call.kwarg(c.nullableChanged ? QStringLiteral("nullable")
                                         : QStringLiteral("existing_nullable"),
                       atom(tc->nullable ? QStringLiteral("True") : QStringLiteral("False")));
            if (c.serverDefaultChanged) {
                call.kwarg(QStringLiteral("server_default"),
                           tc->serverDefault.isEmpty() ? atom(QStringLiteral("None"))
                                                       : serverDefault(tc->serverDefault));
            } else if (!fc->serverDefault.isEmpty()) {
                call.kwarg(QStringLiteral("existing_server_default"),
                           serverDefault(fc->serverDefault));
            }
            if (c.commentChanged) {
                call.kwarg(QStringLiteral("comment"),
                           tc->comment.isEmpty() ? atom(QStringLiteral("None")) : str(tc->comment));
                if (!fc->comment.isEmpty())
                    call.kwarg(QStringLiteral("existing_comment"), str(fc->comment));
            }
            if (c.typeChanged) {
                const bool viaText =
                    fc->type.kind == TypeKind::Enum || tc->type.kind == TypeKind::Enum;
                const QString col = u'"' + tc->name + u'"';
                call.kwarg(QStringLiteral("postgresql_using"),
                           str(col + (viaText ? QStringLiteral("::text") : QString())
                               + QLatin1String("::") + pgTypeName(m_to, *tc)));
            }
            emit(8, call);
            if (c.autoincrementChanged)
                numbering(*tt, *tc);
            break;
        }
        case K::DropColumn: {
            const Column *fc = ft->column(c.objectId);
            openBlock(*tt);
            comment(8, QStringLiteral("DESTRUCTIVE: drops column %1.%2 and its data.")
                           .arg(tt->name, fc->name));
            emit(8, Expr::call(QStringLiteral("batch_op.drop_column")).arg(str(fc->name)));
            break;
        }
        case K::CreateTable:
            createTable(*tt, c.values);
            break;
        case K::DropPrimaryKey: {
            openBlock(*ft);
            Expr drop = Expr::call(QStringLiteral("batch_op.drop_constraint"))
                            .arg(finalName(QStringLiteral("batch_op."), QLatin1String("pk_") + ft->name));
            drop.kwarg(QStringLiteral("type_"), str(QStringLiteral("primary")));
            emit(8, drop);
            break;
        }
        case K::CreatePrimaryKey: {
            openBlock(*tt);
            QStringList names;
            for (const Column *col : tt->primaryKey())
                names << col->name;
            emit(8, Expr::call(QStringLiteral("batch_op.create_primary_key"))
                        .arg(finalName(QStringLiteral("batch_op."), QLatin1String("pk_") + tt->name))
                        .arg(stringList(names)));
            break;
        }
        case K::CreateIndex:
        case K::CreateUnique:
        case K::CreateCheck:
        case K::CreateForeignKey: {
            const TableObject *o = object(m_to, *tt, c.objectId);
            openBlock(*tt);
            createObject(*tt, *o, 8, true);
            break;
        }
        }
    }

    const Schema &m_from;
    const Schema &m_to;
    Imports &m_imports;
    bool m_alembicLocal;
    QStringList m_out;
    QString m_block;          // the table of the open batch block
    QStringList m_afterBlock; // lines written when the open block closes
    std::vector<TableObject> m_objects;
    bool m_afterRename = false;
    QSet<QString> m_schemasReady; // schemas created (or known to exist) in this revision

public:
    bool m_usesSqlType = false; // a verbatim SQL type was written: the revision defines SqlType
};

bool alembicIsLocal(const AlembicOptions &options) {
    return options.scriptFolder == QLatin1String("alembic");
}

QString slug(const QString &message) {
    QString out;
    for (QChar c : message.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
        if (out.size() >= 40)
            break;
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    return out;
}

// Text for the module docstring: one line, no quote or backslash that could end or escape it.
QString docText(const QString &s) {
    QString out = Python::commentText(s);
    out.replace(u'\\', u'/');
    out.replace(u'"', u'\'');
    return out;
}

} // namespace

Schema designOf(const Schema &schema) {
    Schema s;
    s.enums = schema.enums;
    s.tables = schema.tables;
    s.relationships = schema.relationships;
    return s;
}

Schema checkpointDesign(const Schema &schema) {
    Schema s;
    if (schema.migrations) {
        s.enums = schema.migrations->enums;
        s.tables = schema.migrations->tables;
        s.relationships = schema.migrations->relationships;
    }
    return s;
}

QString revisionId(const QString &parent, const QString &message, const Schema &after) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(parent.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(message.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(serializeProject(designOf(after)));
    return QString::fromLatin1(hash.result().toHex().left(12));
}

Revision generateRevision(const Schema &before, const Schema &after, const QString &parent,
                          const QString &message, const AlembicOptions &options) {
    const bool local = alembicIsLocal(options);
    Revision r;
    const std::vector<SchemaChange> up = diffSchemas(before, after);
    r.changes = int(up.size());
    if (up.empty())
        return r;
    const std::vector<SchemaChange> down = diffSchemas(after, before);
    r.id = revisionId(parent, message, after);
    const QString s = slug(message);
    r.fileName = r.id + (s.isEmpty() ? QString() : u'_' + s) + QLatin1String(".py");

    Imports imports;
    QStringList body;
    body << QStringLiteral("# revision identifiers, used by Alembic.")
         << QStringLiteral("revision: str = %1").arg(stringLiteral(r.id))
         << QStringLiteral("down_revision: str | None = %1")
                .arg(parent.isEmpty() ? QStringLiteral("None") : stringLiteral(parent))
         << QStringLiteral("branch_labels: str | Sequence[str] | None = None")
         << QStringLiteral("depends_on: str | Sequence[str] | None = None");
    imports.add(QStringLiteral("collections.abc"), QStringLiteral("Sequence"));
    Python::blankLines(body, 2);
    Writer upgrade(before, after, imports, local);
    const QStringList upLines = upgrade.write(up);
    Writer downgrade(after, before, imports, local);
    const QStringList downLines = downgrade.write(down);
    if (upgrade.m_usesSqlType || downgrade.m_usesSqlType) {
        // The design keeps some types verbatim; the revision renders them as they are, like
        // the models' own SqlType (env.py compares them by their SQL).
        imports.add(QStringLiteral("typing"), QStringLiteral("Any"));
        imports.addModule(QStringLiteral("sqlalchemy"), QStringLiteral("sa"));
        Python::blankLines(body, 2);
        body << QStringLiteral("class SqlType(sa.types.UserDefinedType[Any]):")
             << QStringLiteral("    \"\"\"A database type kept verbatim from the design.\"\"\"")
             << QString() << QStringLiteral("    cache_ok = True") << QString()
             << QStringLiteral("    def __init__(self, spec: str) -> None:")
             << QStringLiteral("        self.spec = spec") << QString()
             << QStringLiteral("    def get_col_spec(self, **kw: Any) -> str:")
             << QStringLiteral("        return self.spec");
    }
    Python::blankLines(body, 2);
    body << QStringLiteral("def upgrade() -> None:");
    body << upLines;
    Python::blankLines(body, 2);
    body << QStringLiteral("def downgrade() -> None:");
    body << downLines;

    QStringList head;
    head << QStringLiteral("\"\"\"%1")
                .arg(docText(message).isEmpty() ? QStringLiteral("Migration") : docText(message))
         << QString() << QStringLiteral("Revision ID: %1").arg(r.id)
         << QStringLiteral("Revises: %1").arg(parent.isEmpty() ? QStringLiteral("(none)") : parent)
         << QString()
         << QStringLiteral("Generated by SQLModel Studio from the design checkpoint; destructive")
         << QStringLiteral("steps are marked DESTRUCTIVE, risky ones WARNING.")
         << QStringLiteral("\"\"\"");
    r.content = Python::assemble(head.join(u'\n'), imports, body);
    return r;
}

std::vector<GeneratedFile> generateAlembicEnvironment(const AlembicOptions &options) {
    const QString folder = options.scriptFolder;
    std::vector<GeneratedFile> files;
    QString ini;
    ini += QStringLiteral(
        "# Alembic configuration, generated by SQLModel Studio.\n"
        "# The database URL is not kept here: env.py reads it from `-x url=...` or the\n"
        "# SQLALCHEMY_URL environment variable.\n"
        "\n"
        "[alembic]\n"
        "script_location = %(here)s/%1\n"
        "# the models module beside this file must be importable from env.py\n"
        "prepend_sys_path = %(here)s\n"
        "path_separator = os\n"
        "\n"
        "[loggers]\n"
        "keys = root,sqlalchemy,alembic\n"
        "\n"
        "[handlers]\n"
        "keys = console\n"
        "\n"
        "[formatters]\n"
        "keys = generic\n"
        "\n"
        "[logger_root]\n"
        "level = WARNING\n"
        "handlers = console\n"
        "qualname =\n"
        "\n"
        "[logger_sqlalchemy]\n"
        "level = WARNING\n"
        "handlers =\n"
        "qualname = sqlalchemy.engine\n"
        "\n"
        "[logger_alembic]\n"
        "level = INFO\n"
        "handlers =\n"
        "qualname = alembic\n"
        "\n"
        "[handler_console]\n"
        "class = StreamHandler\n"
        "args = (sys.stderr,)\n"
        "level = NOTSET\n"
        "formatter = generic\n"
        "\n"
        "[formatter_generic]\n"
        "format = %(levelname)-5.5s [%(name)s] %(message)s\n"
        "datefmt = %H:%M:%S\n");
    ini.replace(QLatin1String("%1"), folder);
    files.push_back({QStringLiteral("alembic.ini"), ini});

    QString env = QStringLiteral(
        "\"\"\"Alembic environment for the SQLModel models, generated by SQLModel Studio.\"\"\"\n"
        "\n"
        "import os\n"
        "from logging.config import fileConfig\n"
        "from typing import Any\n"
        "\n"
        "%2"
        "\n"
        "config = context.config\n"
        "if config.config_file_name is not None:\n"
        "    fileConfig(config.config_file_name)\n"
        "\n"
        "target_metadata = SQLModel.metadata\n"
        "\n"
        "\n"
        "def database_url() -> str:\n"
        "    url = context.get_x_argument(as_dictionary=True).get(\"url\")\n"
        "    url = url or os.environ.get(\"SQLALCHEMY_URL\")\n"
        "    if not url:\n"
        "        raise RuntimeError(\"set SQLALCHEMY_URL or pass -x url=... to alembic\")\n"
        "    return url\n"
        "\n"
        "\n"
        "# Spellings of the same type, as written in a design and as reflected from a database.\n"
        "SYNONYMS = (\n"
        "    (\"character varying\", \"varchar\"),\n"
        "    (\"character\", \"char\"),\n"
        "    (\"double precision\", \"float\"),\n"
        "    (\"timestamp without time zone\", \"timestamp\"),\n"
        "    (\"time without time zone\", \"time\"),\n"
        "    (\"integer\", \"int\"),\n"
        "    (\"boolean\", \"bool\"),\n"
        "    (\" without time zone\", \"\"),\n"
        ")\n"
        "\n"
        "\n"
        "def sql_type_text(text: str) -> str:\n"
        "    words = \" \".join(text.lower().replace('\"', \"\").split())\n"
        "    for long, short in SYNONYMS:\n"
        "        words = words.replace(long, short)\n"
        "    return words.replace(\" (\", \"(\").replace(\", \", \",\")\n"
        "\n"
        "\n"
        "def compare_type(\n"
        "    context: Any,\n"
        "    inspected_column: Any,\n"
        "    metadata_column: Any,\n"
        "    inspected_type: Any,\n"
        "    metadata_type: Any,\n"
        ") -> bool | None:\n"
        "    \"\"\"Types the design keeps verbatim (SqlType) compare by their SQL text.\"\"\"\n"
        "    spec = getattr(metadata_type, \"spec\", None)\n"
        "    if not isinstance(spec, str):\n"
        "        return None  # Alembic's own comparison\n"
        "    reflected = str(inspected_type.compile(dialect=context.dialect))\n"
        "    return sql_type_text(reflected) != sql_type_text(spec)\n"
        "\n"
        "\n"
        "def run_migrations_offline() -> None:\n"
        "    url = database_url()\n"
        "    context.configure(\n"
        "        url=url,\n"
        "        target_metadata=target_metadata,\n"
        "        literal_binds=True,\n"
        "        dialect_opts={\"paramstyle\": \"named\"},\n"
        "        compare_type=compare_type,\n"
        "        include_schemas=True,\n"
        "        render_as_batch=url.startswith(\"sqlite\"),\n"
        "    )\n"
        "    with context.begin_transaction():\n"
        "        context.run_migrations()\n"
        "\n"
        "\n"
        "def run_migrations_online() -> None:\n"
        "    engine = sa.create_engine(database_url(), poolclass=sa.pool.NullPool)\n"
        "    with engine.connect() as connection:\n"
        "        context.configure(\n"
        "            connection=connection,\n"
        "            target_metadata=target_metadata,\n"
        "            compare_type=compare_type,\n"
        "            include_schemas=True,\n"
        "            render_as_batch=connection.dialect.name == \"sqlite\",\n"
        "        )\n"
        "        with context.begin_transaction():\n"
        "            context.run_migrations()\n"
        "    engine.dispose()\n"
        "\n"
        "\n"
        "if context.is_offline_mode():\n"
        "    run_migrations_offline()\n"
        "else:\n"
        "    run_migrations_online()\n");
    // Seen from the folder that holds the models (ruff's project root, as for the models and
    // the CRUD files), a script folder named `alembic` makes isort count alembic as first party.
    const QString modelsImport = QStringLiteral("import %1  # noqa: F401  (registers every table "
                                                "on SQLModel.metadata)\n")
                                     .arg(options.modelsModule);
    QString imports = QStringLiteral("import sqlalchemy as sa\n");
    if (alembicIsLocal(options)) {
        imports += QStringLiteral("from sqlmodel import SQLModel\n\n") + modelsImport
                   + QStringLiteral("from alembic import context\n");
    } else {
        imports += QStringLiteral("from alembic import context\nfrom sqlmodel import SQLModel\n\n")
                   + modelsImport;
    }
    env.replace(QLatin1String("%2"), imports);
    files.push_back({folder + QLatin1String("/env.py"), env});

    const QString mako = QStringLiteral(
        "\"\"\"${message}\n"
        "\n"
        "Revision ID: ${up_revision}\n"
        "Revises: ${down_revision | comma,n}\n"
        "Create Date: ${create_date}\n"
        "\n"
        "\"\"\"\n"
        "\n"
        "from collections.abc import Sequence\n"
        "\n"
        "import sqlalchemy as sa\n"
        "import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)\n"
        "%3"
        "${imports if imports else \"\"}\n"
        "\n"
        "# revision identifiers, used by Alembic.\n"
        "revision: str = ${repr(up_revision)}\n"
        "down_revision: str | None = ${repr(down_revision)}\n"
        "branch_labels: str | Sequence[str] | None = ${repr(branch_labels)}\n"
        "depends_on: str | Sequence[str] | None = ${repr(depends_on)}\n"
        "\n"
        "\n"
        "def upgrade() -> None:\n"
        "    ${upgrades if upgrades else \"pass\"}\n"
        "\n"
        "\n"
        "def downgrade() -> None:\n"
        "    ${downgrades if downgrades else \"pass\"}\n");
    files.push_back({folder + QLatin1String("/script.py.mako"),
                     QString(mako).replace(QLatin1String("%3"),
                                           alembicIsLocal(options)
                                               ? QStringLiteral("\nfrom alembic import op\n")
                                               : QStringLiteral("from alembic import op\n"))});
    return files;
}

} // namespace Core
