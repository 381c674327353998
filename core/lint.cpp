// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lint.h"

#include "document.h"
#include "naming.h"
#include "querygenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <array>
#include <utility>

// The schema-decidable rules of the catalogue (sqlmodel-spec.md section 4, Det = S or S/C) and
// what this file does with each. "generator" means sqlmodelgenerator.cpp always emits the safe
// form, "validate" that validate() already refuses the design, "model" that the schema model has
// no way to express the condition.
//
//   SQM001 table-no-pk              validate: a table without a primary key column is refused.
//   SQM002 pk-not-optional          generator: every DB-generated key (autoincrement, uuid4,
//                                   server default) is `T | None = Field(default=None, ...)`.
//                                   The related design smell is SMS117 int-pk-not-generated.
//   SQM003 nullable-no-default      generator: nullable fields always get `= None`.
//   SQM004 nullability-mismatch     generator: the annotation follows `nullable`.
//   SQM005 sa-column-conflict       model: no sa_column.
//   SQM006 sa-column-shared         model: no sa_column.
//   SQM007 sa-column-bypass         model: no sa_column.
//   SQM008 ondelete-no-fk           model: ON DELETE is a property of a foreign key.
//   SQM009 set-null-not-nullable    validate: SET NULL on a NOT NULL column is refused.
//   SQM010 fk-unknown-target        validate: foreign keys reference existing tables/columns.
//   SQM011 fk-type-mismatch         implemented (type kind or array-ness differs).
//   SQM012 fk-no-index              implemented.
//   SQM013 relationship-no-fk       model: every relationship rides on a foreign key (validate).
//   SQM014 ambiguous-fks            model/generator: relationships name their foreign key and the
//                                   generator emits foreign_keys/primaryjoin when ambiguous.
//   SQM015 missing-back-populates   implemented (a relationship with one attribute).
//   SQM016 back-populates-mismatch  generator: back_populates comes from the attribute pair;
//                                   validate checks the names.
//   SQM017 relationship-annotation  generator.
//   SQM018 relationship-in-data-model  generator: relationships only on the table class.
//   SQM019 table-inherits-table     model: no inheritance.
//   SQM020 self-ref-no-remote-side  model/generator: remote_side is always emitted.
//   SQM021 link-model-pk            implemented (a link foreign key column outside the PK).
//   SQM022 link-model-fks           implemented as: the link's PK has columns that are not the
//                                   foreign keys to either side (validate already guarantees
//                                   both foreign keys exist on one link table).
//   SQM023 link-extra-fields-overlap  implemented.
//   SQM024 cascade-delete-wrong-side  validate (many-to-many) and generator (list side only).
//   SQM025 cascade-without-ondelete implemented.
//   SQM026 ondelete-vs-orm-default  implemented.
//   SQM027 passive-deletes-no-db-rule  implemented (passive_deletes True or "all").
//   SQM028 sqlite-fk-pragma         implemented as info: the target database is not in the model.
//   SQM029 unsupported-type         generator: every type kind has an sa_type.
//   SQM030 json-mutation            implemented as info on JSON and array columns.
//   SQM031 str-no-max-length        implemented.
//   SQM032 sa-type-drops-length     model: no sa_type; the generator never emits String().
//   SQM033 decimal-no-precision     implemented.
//   SQM034 float-money              implemented.
//   SQM035 naive-datetime           implemented.
//   SQM036 default-evaluated-once   model: defaults are literals or factories, never calls.
//   SQM038 enum-names-stored        generator: sa.Enum(..., values_callable=...) stores values.
//   SQM040 mutable-default          implemented as: a JSON column whose literal default is the
//                                   string "[]" / "{}" (the model has no list literal).
//   SQM041 reserved-name            implemented as info: the generator renames the attribute.
//   SQM042 underscore-field         implemented as info: the generator renames the attribute.
//   SQM043 python-keyword-name      implemented as info: the generator renames the attribute.
//   SQM044 sql-reserved-table       implemented for table and column names (SQLite and
//                                   PostgreSQL reserved words).
//   SQM045 tablename-case           model/generator: __tablename__ is always explicit
//                                   (mixed-case names: SMS111).
//   SQM046 unnamed-constraints      generator: the naming convention is always set.
//   SQM047 regex-ignored            model: no regex.
//   SQM048 v1-constraint-ignored    model: no pydantic v1 constraints.
//   SQM050 unquoted-forward-ref     generator: forward references are quoted.
//   SQM053 server-default-missing   needs a schema diff (migrations), not one design.
//   API006 update-model-required    generator: XUpdate is independent, every field `| None = None`.
//   API007 secret-in-public         implemented (the model cannot mark a column secret yet).
//   ASY006 sync-driver-async        model: no engine URL in the design.
//
// Project rules (SMS1xx), advice a careful reviewer gives on valid designs:
//   SMS101 class-name-case  SMS103 redundant-index  SMS104 duplicate-unique
//   SMS105 keys-only-table  SMS106 enum-member-name  SMS107 constraint-name-too-long
//   SMS108 constraint-name-collision  SMS109 fk-references-nullable  SMS110 check-unknown-column
//   SMS111 mixed-case-name  SMS112 orm-nulls-required-fk  SMS113 delete-options-ignored
//   SMS114 fk-type-params  SMS116 one-to-one-not-unique  SMS117 int-pk-not-generated
//   SMS118 duplicate-foreign-key  SMS119 attribute-renamed  SMS120 no-primary-key
//   SMS121 empty-constraint-range  SMS122 default-breaks-constraint
//   SMS123 length-above-declared  SMS124 query-column-unindexed
// (Nullable primary keys are refused by validate, so there is no lint rule for them.)

namespace Core {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

namespace {

constexpr int kMaxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1
constexpr int kDefaultStringLength = 255;
constexpr int kMoneyPrecision = 12;
constexpr int kMoneyScale = 2;

struct RuleInfo
{
    const char *id;
    const char *slug;
    Severity severity;
    const char *why;
};

// The reason of each rule, with its source (the catalogue's wording, shortened).
const RuleInfo kRules[] = {
    {"API007", "secret-in-public", Severity::Error,
     "The generator puts every non-generated column into XBase, so XCreate and XPublic carry it "
     "and API responses leak it (sqlmodel docs tutorial/fastapi/update-extra-data.md; the "
     "full-stack template keeps hashed_password on the table model only). The design cannot mark "
     "a column as secret yet: keep such a column out of the public models by hand, or store it "
     "in a separate table that no public model includes."},
    {"SQM011", "fk-type-mismatch", Severity::Error,
     "A foreign key column must have the type of the column it references: the database rejects "
     "the constraint or every join needs an implicit cast (the full-stack template's int to UUID "
     "migration d98dd8ec85a3 changes the FK and the PK together)."},
    {"SQM012", "fk-no-index", Severity::Warning,
     "SQLModel indexes are opt-in (release notes 0.0.6) and PostgreSQL does not index referencing "
     "columns: \"it is often a good idea to index the referencing columns too\" (PostgreSQL docs, "
     "ddl-constraints, foreign keys). Joins from the parent and ON DELETE checks scan the table."},
    {"SQM015", "missing-back-populates", Severity::Warning,
     "Only one side of the relationship exists, so nothing keeps the two directions in sync in "
     "memory and the other class cannot navigate back; SQLAlchemy may also warn about overlapping "
     "relationships (sqlalchemy orm/relationships.py). The docs always pair them with "
     "back_populates (tutorial/relationship-attributes/back-populates.md)."},
    {"SQM021", "link-model-pk", Severity::Error,
     "A link_model's foreign key columns must be its primary key: without it the mapper has no "
     "key for the link rows, and a surrogate key allows the same pair twice (sqlmodel docs, "
     "many-to-many create-models-with-link)."},
    {"SQM022", "link-model-fks", Severity::Error,
     "The link table's primary key should consist of the foreign keys to both sides: other key "
     "columns must be filled by every insert through the relationship, and a surrogate key allows "
     "duplicate links (sqlmodel docs, many-to-many create-models-with-link)."},
    {"SQM023", "link-extra-fields-overlap", Severity::Warning,
     "Writes through a link_model relationship insert only the two keys, so extra columns cannot "
     "be set, and when association relationships use the same foreign keys SQLAlchemy warns about "
     "overlaps and rows are written twice. The docs' extra-fields version uses only association "
     "relationships (tutorial/many-to-many/link-with-extra-fields.md)."},
    {"SQM025", "cascade-without-ondelete", Severity::Warning,
     "cascade_delete only acts inside the ORM; rows deleted by SQL or another client are not "
     "protected. The docs: \"use cascade_delete or ondelete? The answer is: both!\" "
     "(tutorial/relationship-attributes/cascade-delete-relationships.md)."},
    {"SQM026", "ondelete-vs-orm-default", Severity::Info,
     "By default the ORM loads the children and sets their foreign key to NULL before deleting the "
     "parent, so the database's ON DELETE rule never runs (and a NOT NULL key fails) "
     "(cascade-delete-relationships.md, passive_deletes)."},
    {"SQM027", "passive-deletes-no-db-rule", Severity::Error,
     "passive_deletes tells the ORM that the database handles the children, but the foreign key "
     "has no ON DELETE rule: children are left with dangling keys, or the delete fails "
     "(sqlalchemy orm/relationship passive_deletes; cascade-delete-relationships.md)."},
    {"SQM028", "sqlite-fk-pragma", Severity::Info,
     "SQLite ignores foreign key constraints and ON DELETE/ON UPDATE rules unless "
     "PRAGMA foreign_keys=ON is issued on every connection (sqlalchemy sqlite dialect docs, "
     "\"Foreign Key Support\"); use an @event.listens_for(engine, \"connect\") hook. Info only: "
     "the design does not say which database it targets."},
    {"SQM030", "json-mutation", Severity::Info,
     "In-place changes to a JSON or array value (obj.data[\"k\"] = v, obj.tags.append(x)) are "
     "not tracked, so they are not saved (sqlmodel#63). Assign a new object, or use "
     "MutableDict/MutableList.as_mutable."},
    {"SQM031", "str-no-max-length", Severity::Warning,
     "AutoString without a length is unbounded VARCHAR on PostgreSQL/SQLite but VARCHAR(255) on "
     "MySQL (sqlmodel/sql/sqltypes.py), and the API does not validate the length. The full-stack "
     "template added max_length=255 everywhere (9c0a54914c78). Use the text type for long text."},
    {"SQM033", "decimal-no-precision", Severity::Warning,
     "An unparameterised NUMERIC: MySQL/MariaDB default to DECIMAL(10,0) and round fractions "
     "away (MariaDB KB, DECIMAL), and the API does not validate digits "
     "(sqlmodel docs advanced/decimal.md: max_digits, decimal_places)."},
    {"SQM034", "float-money", Severity::Info,
     "Binary floating point cannot represent most decimal fractions, so money amounts drift when "
     "added up (sqlmodel docs advanced/decimal.md). Use Decimal with a precision."},
    {"SQM035", "naive-datetime", Severity::Warning,
     "A datetime without timezone=True maps to a naive DateTime (sqlmodel get_sqlalchemy_type), so "
     "aware values lose their offset; the full-stack template uses "
     "sa_type=DateTime(timezone=True). SQLite drops tzinfo anyway."},
    {"SQM040", "mutable-default", Severity::Info,
     "The default is the string \"[]\" / \"{}\", not an empty list or dict: every row starts "
     "with a JSON string. A list or dict default must come from default_factory so that rows do "
     "not share one object (pydantic Field default_factory)."},
    {"SQM041", "reserved-name", Severity::Info,
     "SQLAlchemy: \"Attribute name 'metadata' is reserved when using the Declarative API\" "
     "(orm/decl_base.py); pydantic reserves model_* (protected namespaces) and warns when a field "
     "shadows a BaseModel member (_internal/_fields.py). The generator keeps the column name and "
     "gives the Python attribute another name."},
    {"SQM042", "underscore-field", Severity::Info,
     "pydantic treats names starting with an underscore as private attributes, so no column "
     "would be created. The generator keeps the column name and strips the underscore from the "
     "Python attribute."},
    {"SQM043", "python-keyword-name", Severity::Info,
     "A Python keyword cannot be a class attribute name. The generator keeps the column name and "
     "appends an underscore to the Python attribute (sa_column_kwargs={\"name\": ...})."},
    {"SQM044", "sql-reserved-table", Severity::Info,
     "SQLAlchemy quotes reserved words, but raw SQL, migrations and database tools must quote "
     "them too (the full-stack template writes UPDATE \"user\", d98dd8ec85a3). Keyword lists: "
     "sqlite.org/lang_keywords.html and PostgreSQL appendix C (reserved)."},
    {"SMS101", "class-name-case", Severity::Warning,
     "Python class names that differ only in case are easy to confuse in relationship strings "
     "(resolved case-sensitively by the SQLAlchemy registry), and their package-layout modules "
     "(snake_case) collide on the file system, so the generator has to rename one."},
    {"SMS103", "redundant-index", Severity::Warning,
     "A B-tree index also serves lookups on any leading prefix of its columns (PostgreSQL docs, "
     "indexes-multicolumn; SQLite query planner), so this index only costs writes and space."},
    {"SMS104", "duplicate-unique", Severity::Warning,
     "The same columns are already unique through another constraint or unique index; the "
     "database builds and maintains a second identical index."},
    {"SMS105", "keys-only-table", Severity::Info,
     "The table has only key columns but is not a link table of a relationship: it stores no "
     "data of its own. Often a forgotten column, or a link table that lacks its second foreign "
     "key."},
    {"SMS106", "enum-member-name", Severity::Warning,
     "The generator turns enum values into Python member names (upper case, non-identifier "
     "characters to _); this value does not give a clean, unique member name, so the generated "
     "member gets a VALUE_ prefix or a trailing underscore."},
    {"SMS107", "constraint-name-too-long", Severity::Warning,
     "PostgreSQL truncates identifiers to 63 bytes; SQLAlchemy shortens convention names with a "
     "hash suffix, so the real name differs from what the naming convention (section 3.3) "
     "promises and hand-written migrations cannot guess it. Give the object an explicit name or "
     "shorten the table/column names."},
    {"SMS108", "constraint-name-collision", Severity::Error,
     "Index and key constraint names share one namespace per PostgreSQL schema with the tables, "
     "and constraint names must be unique per table: CREATE fails with \"relation already "
     "exists\". The name comes from the naming convention (section 3.3)."},
    {"SMS109", "fk-references-nullable", Severity::Warning,
     "The referenced key column allows NULL: a unique key with NULLs does not identify a row, and "
     "rows with a NULL key can never be referenced."},
    {"SMS110", "check-unknown-column", Severity::Warning,
     "The CHECK expression names an identifier that is not a column of its table: CREATE TABLE "
     "fails (\"no such column\" on SQLite, \"column does not exist\" on PostgreSQL), often after a "
     "column rename."},
    {"SMS111", "mixed-case-name", Severity::Info,
     "PostgreSQL folds unquoted identifiers to lower case, so a mixed-case name must be quoted in "
     "every raw SQL statement and migration (PostgreSQL docs, sql-syntax-lexical, identifiers)."},
    {"SMS112", "orm-nulls-required-fk", Severity::Warning,
     "Without cascade_delete or passive_deletes, deleting the parent makes the ORM set the "
     "children's foreign key to NULL first; the key is NOT NULL, so the delete fails with an "
     "IntegrityError about NULL instead of a clear foreign key error "
     "(cascade-delete-relationships.md)."},
    {"SMS113", "delete-options-ignored", Severity::Warning,
     "cascade_delete and passive_deletes belong on the parent's collection, but the relationship "
     "has no parent attribute, so the generator has nowhere to put them and they are ignored."},
    {"SMS114", "fk-type-params", Severity::Warning,
     "The foreign key column has the referenced column's type kind but other parameters (length, "
     "precision, time zone, enum): values valid in one column may not fit the other."},
    {"SMS116", "one-to-one-not-unique", Severity::Warning,
     "A one-to-one relationship needs a unique foreign key; otherwise the database accepts "
     "several children per parent and the scalar attribute picks one of them arbitrarily "
     "(SQLAlchemy uselist=False warns \"Multiple rows returned\")."},
    {"SMS117", "int-pk-not-generated", Severity::Info,
     "A lone integer primary key that the database does not generate: every insert must supply "
     "the id, and XCreate requires it. Usually autoincrement was intended (sqlmodel docs "
     "tutorial/automatic-id-none-refresh.md)."},
    {"SMS118", "duplicate-foreign-key", Severity::Warning,
     "Two foreign keys with the same columns and target: the database checks both and keeps "
     "two constraints to migrate."},
    {"SMS119", "attribute-renamed", Severity::Info,
     "The column name is not a Python identifier, so the generator derives another attribute "
     "name and maps it with sa_column_kwargs={\"name\": ...}."},
    {"SMS120", "no-primary-key", Severity::Warning,
     "A SQLModel table model needs a primary key, so the generator writes this table as a "
     "SQLAlchemy Core Table on the same metadata: it is created and migrated, but it has no "
     "model class, no CRUD functions and no relationships, and rows cannot be told apart for "
     "updates. Add a primary key (an autoincrement id, or the columns that are already unique)."},
    {"SMS121", "empty-constraint-range", Severity::Error,
     "The column's constraints contradict each other (a minimum above the maximum, an empty "
     "range, an allowed value outside the bounds), so no value, or not that value, can ever "
     "pass validation."},
    {"SMS122", "default-breaks-constraint", Severity::Error,
     "The column's default does not satisfy its own constraints. Pydantic does not validate "
     "defaults (validate_default is off), so rows get a value the API would refuse."},
    {"SMS123", "length-above-declared", Severity::Warning,
     "The length constraint allows longer strings than the column's declared VARCHAR length: "
     "validation passes and the database then refuses (PostgreSQL) or silently stores (SQLite) "
     "the longer value."},
    {"SMS124", "query-column-unindexed", Severity::Warning,
     "The query cookbook filters or sorts by this column because applications look rows up by "
     "it (find_<rows>_by_<column>, latest_<rows>_by_<column>), but no index serves it: every "
     "such query reads and sorts the whole table, and the cost grows with the row count "
     "(PostgreSQL docs, indexes-intro; SQLite query planner, WHERE clause and ORDER BY). "
     "SQLModel indexes are opt-in: Field(index=True). Joins on foreign keys are SQM012."},
};

const RuleInfo &ruleInfo(const char *id)
{
    for (const RuleInfo &r : kRules) {
        if (qstrcmp(r.id, id) == 0)
            return r;
    }
    Q_UNREACHABLE();
    return kRules[0];
}

// ---------------------------------------------------------------------------------------------
// Word lists

// SQLite keywords (sqlite.org/lang_keywords.html): all of them should be quoted as identifiers.
const QSet<QString> &sqliteKeywords()
{
    static const QSet<QString> set = {
        "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS",
        "ASC", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE",
        "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE",
        "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE",
        "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP",
        "EACH", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN",
        "FAIL", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL", "GENERATED",
        "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX",
        "INDEXED", "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL",
        "JOIN", "KEY", "LAST", "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED", "NATURAL", "NO",
        "NOT", "NOTHING", "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER",
        "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN", "PRAGMA", "PRECEDING", "PRIMARY", "QUERY",
        "RAISE", "RANGE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME",
        "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT",
        "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION",
        "TRIGGER", "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW",
        "VIRTUAL", "WHEN", "WHERE", "WINDOW", "WITH", "WITHOUT",
    };
    return set;
}

// PostgreSQL keywords that are reserved, or reserved except as function or type names
// (PostgreSQL docs appendix C; src/include/parser/kwlist.h RESERVED_KEYWORD and
// TYPE_FUNC_NAME_KEYWORD): they cannot be table or column names unquoted.
const QSet<QString> &postgresReserved()
{
    static const QSet<QString> set = {
        "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC",
        "AUTHORIZATION", "BINARY", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION",
        "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_CATALOG",
        "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP",
        "CURRENT_USER", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END",
        "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL", "GRANT", "GROUP",
        "HAVING", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTO", "IS", "ISNULL",
        "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
        "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER",
        "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT",
        "SESSION_USER", "SIMILAR", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE",
        "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC",
        "VERBOSE", "WHEN", "WHERE", "WINDOW", "WITH",
    };
    return set;
}

// Words in a CHECK expression that are not column references: operators, literals, type names.
const QSet<QString> &checkKeywords()
{
    static const QSet<QString> set = {
        "AND", "OR", "NOT", "NULL", "IS", "IN", "BETWEEN", "LIKE", "ILIKE", "GLOB", "REGEXP",
        "MATCH", "SIMILAR", "TO", "ESCAPE", "TRUE", "FALSE", "UNKNOWN", "CASE", "WHEN", "THEN",
        "ELSE", "END", "CAST", "AS", "COLLATE", "NOCASE", "RTRIM", "BINARY", "EXISTS", "ANY",
        "ALL", "SOME", "DISTINCT", "FROM", "ISNULL", "NOTNULL", "INTERVAL", "DATE", "TIME",
        "TIMESTAMP", "WITH", "WITHOUT", "ZONE", "CURRENT_DATE", "CURRENT_TIME",
        "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "ARRAY", "INTEGER", "INT", "BIGINT",
        "SMALLINT", "TEXT", "VARCHAR", "CHAR", "CHARACTER", "VARYING", "NUMERIC", "DECIMAL",
        "REAL", "DOUBLE", "PRECISION", "FLOAT", "BOOLEAN", "BOOL", "JSON", "JSONB", "UUID",
        "BYTEA", "BLOB", "GLOB", "ASC", "DESC", "OVERLAPS", "AT",
    };
    return set;
}

// Lower-case words of a name: `hashedPassword` and `hashed_password` both give
// ["hashed", "password"].
QStringList nameWords(const QString &name)
{
    QStringList words;
    QString current;
    for (QChar c : snakeCase(name).toLower()) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

bool isSecretName(const QString &name)
{
    static const char *const hints[] = {"pass", "secret", "token", "key", "pwd"};
    if (std::none_of(std::begin(hints), std::end(hints), [&](const char *h) {
            return name.contains(QLatin1String(h), Qt::CaseInsensitive);
        }))
        return false; // the common case, without splitting the name into words
    const QStringList w = nameWords(name);
    if (w.isEmpty())
        return false;
    static const QSet<QString> anywhere = {"password", "passwd", "passphrase", "apikey"};
    static const QSet<QString> last = {"secret", "token", "pwd"};
    static const QSet<QString> keyPrefixes = {"api", "private", "secret", "signing",
                                              "encryption", "access"};
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (anywhere.contains(w.at(i)))
            return true;
        if (i > 0 && w.at(i) == QLatin1String("key") && keyPrefixes.contains(w.at(i - 1)))
            return true;
    }
    return last.contains(w.last());
}

bool isMoneyName(const QString &name)
{
    static const QSet<QString> money = {
        "price", "prices", "amount", "amounts", "cost", "costs", "total", "totals", "subtotal",
        "balance", "balances", "money", "fee", "fees", "salary", "wage", "wages", "tax", "vat",
        "revenue", "income", "budget", "charge", "payment", "refund", "cash",
    };
    for (const QString &w : nameWords(name)) {
        if (money.contains(w))
            return true;
    }
    return false;
}

bool isIntegerKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger;
}

QString typeLabel(const ColumnType &t)
{
    QString s = typeKindName(t.kind);
    if (t.kind == TypeKind::String && t.length > 0)
        s += QStringLiteral("(%1)").arg(t.length);
    if (t.kind == TypeKind::Numeric && t.precision > 0)
        s += QStringLiteral("(%1, %2)").arg(t.precision).arg(t.scale);
    if ((t.kind == TypeKind::DateTime || t.kind == TypeKind::Time) && t.timezone)
        s += QLatin1String(" with time zone");
    if (t.kind == TypeKind::Dialect)
        s += QLatin1String(" \"") + t.sql + u'"';
    if (t.array)
        s += QLatin1String("[]");
    return s;
}

QString quoted(const QString &s) { return u'"' + s + u'"'; }

// The length the quick fix gives a string column: 255, or longer when the default needs it.
int fixedLength(const Column &c)
{
    int length = kDefaultStringLength;
    if (const QString *s = std::get_if<QString>(&c.defaultValue))
        length = std::max(length, int(s->size()));
    return length;
}

// The ON DELETE rule that suits passive deletes: CASCADE with cascade delete, else SET NULL when
// the key may be NULL, else RESTRICT.
QString passiveDeleteRule(const Relationship &r, bool allNullable)
{
    if (r.cascadeDelete)
        return QStringLiteral("CASCADE");
    return allNullable ? QStringLiteral("SET NULL") : QStringLiteral("RESTRICT");
}

// ---------------------------------------------------------------------------------------------
// Shared lookups: built once per lint or quick fix, so that the rules stay linear in the design.

struct KeyEntry
{
    enum Kind { PrimaryKey, ColumnIndex, ColumnUnique, UniqueConstraint, TableIndex };
    Kind kind;
    QStringList columns;
    bool unique = false;
    QString id;  // column, unique constraint or index id; empty for the primary key
    int ordinal; // position in the table's declaration order
};

// Everything in a table that the database backs with an index, in declaration order.
std::vector<KeyEntry> keyEntries(const Table &t)
{
    std::vector<KeyEntry> out;
    QStringList pk;
    for (const Column &c : t.columns) {
        if (c.primaryKey)
            pk << c.id;
    }
    if (!pk.isEmpty())
        out.push_back({KeyEntry::PrimaryKey, pk, true, QString(), int(out.size())});
    for (const Column &c : t.columns) {
        if (c.index)
            out.push_back({KeyEntry::ColumnIndex, {c.id}, c.unique, c.id, int(out.size())});
        else if (c.unique)
            out.push_back({KeyEntry::ColumnUnique, {c.id}, true, c.id, int(out.size())});
    }
    for (const UniqueConstraint &u : t.uniques)
        out.push_back({KeyEntry::UniqueConstraint, u.columns, true, u.id, int(out.size())});
    for (const Index &ix : t.indexes)
        out.push_back({KeyEntry::TableIndex, ix.columns, ix.unique, ix.id, int(out.size())});
    return out;
}

// columnAttribute() without its Unicode normalisation for the common plain names.
QString attributeOf(const Column &c)
{
    if (c.attribute.isEmpty() && isIdentifier(c.name) && !isReservedAttribute(c.name))
        return c.name;
    return columnAttribute(c);
}

QSet<QString> toSet(const QStringList &l) { return QSet<QString>(l.begin(), l.end()); }

// True when some index-backed entry starts with exactly these columns (in any order).
bool isIndexed(const std::vector<KeyEntry> &entries, const QStringList &columns)
{
    if (columns.size() == 1) {
        return std::any_of(entries.begin(), entries.end(), [&](const KeyEntry &e) {
            return !e.columns.isEmpty() && e.columns.front() == columns.front();
        });
    }
    const QSet<QString> wanted = toSet(columns);
    for (const KeyEntry &e : entries) {
        if (e.columns.size() >= columns.size()
            && toSet(e.columns.mid(0, columns.size())) == wanted)
            return true;
    }
    return false;
}

// True when these columns are unique together: some unique entry is a subset of them.
bool isUniqueSet(const std::vector<KeyEntry> &entries, const QStringList &columns)
{
    const QSet<QString> wanted = toSet(columns);
    for (const KeyEntry &e : entries) {
        if (e.unique && !e.columns.isEmpty() && wanted.contains(toSet(e.columns)))
            return true;
    }
    return false;
}

QStringList columnNames(const Table &t, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Column *c = t.column(id);
        names << (c ? c->name : id);
    }
    return names;
}

// Names as the naming convention of the generated code makes them (sqlmodelgenerator.cpp).
QString conventionName(const char *prefix, const Table &t, const QStringList &columnIds,
                       const QString &suffix = {})
{
    QString n = QLatin1String(prefix) + u'_' + t.name;
    const QStringList names = columnNames(t, columnIds);
    if (!names.isEmpty())
        n += u'_' + names.join(u'_');
    if (!suffix.isEmpty())
        n += u'_' + suffix;
    return n;
}

struct Model
{
    explicit Model(const Schema &schema)
        : s(schema)
    {
        for (std::size_t i = 0; i < s.tables.size(); ++i) {
            const Table &t = s.tables[i];
            tables.insert(t.id, &t);
            tableIndex.insert(t.id, int(i));
            for (const ForeignKey &fk : t.foreignKeys) {
                fks.insert(fk.id, {&t, &fk});
                ++referencedBy[fk.refTable];
            }
        }
        for (const Relationship &r : s.relationships) {
            relsByFk[r.foreignKey].push_back(&r);
            if (!r.secondForeignKey.isEmpty())
                relsByFk[r.secondForeignKey].push_back(&r);
        }
        for (const Relationship &r : s.relationships) {
            const Ends e = ends(r);
            if (e.parent && !r.parentAttribute.isEmpty())
                relationshipAttributes[e.parent->id].insert(r.parentAttribute);
            if (e.child && !r.childAttribute.isEmpty())
                relationshipAttributes[e.child->id].insert(r.childAttribute);
            if (r.kind == RelationshipKind::ManyToMany && e.fkTable)
                linkTables.insert(e.fkTable->id);
        }
    }

    const Table *table(const QString &id) const { return tables.value(id); }
    std::pair<const Table *, const ForeignKey *> foreignKey(const QString &id) const
    {
        return fks.value(id, {nullptr, nullptr});
    }

    // The tables a relationship touches: `parent` gets parentAttribute, `child` childAttribute.
    struct Ends
    {
        const Table *fkTable = nullptr; // owner of `fk` (the child, or the link table)
        const ForeignKey *fk = nullptr;
        const ForeignKey *fk2 = nullptr;
        const Table *parent = nullptr;
        const Table *child = nullptr;
    };
    Ends ends(const Relationship &r) const
    {
        Ends e;
        std::tie(e.fkTable, e.fk) = foreignKey(r.foreignKey);
        if (!e.fk)
            return e;
        e.parent = table(e.fk->refTable);
        if (r.kind == RelationshipKind::ManyToMany) {
            const auto [t2, fk2] = foreignKey(r.secondForeignKey);
            if (fk2 && t2 == e.fkTable) {
                e.fk2 = fk2;
                e.child = table(fk2->refTable);
            }
        } else {
            e.child = e.fkTable;
        }
        return e;
    }

    // The object path of a relationship: the table and attribute of its first named side.
    QString relationshipPath(const Relationship &r) const
    {
        const Ends e = ends(r);
        if (!r.parentAttribute.isEmpty() && e.parent)
            return e.parent->name + u'.' + r.parentAttribute;
        if (!r.childAttribute.isEmpty() && e.child)
            return e.child->name + u'.' + r.childAttribute;
        return QLatin1String("relationship:") + r.id;
    }

    QString foreignKeyName(const Table &t, const ForeignKey &fk) const
    {
        if (!fk.name.isEmpty())
            return fk.name;
        const Table *ref = table(fk.refTable);
        return conventionName("fk", t, fk.columns, ref ? ref->name : fk.refTable);
    }

    // A free attribute name for the missing side of a relationship, or empty when the
    // relationship is broken. `parentSide`: the name for parentAttribute.
    QString suggestAttribute(const Relationship &r, bool parentSide) const
    {
        const Ends e = ends(r);
        const Table *owner = parentSide ? e.parent : e.child;
        const Table *other = parentSide ? e.child : e.parent;
        if (!owner || !other)
            return {};
        const QString otherWord = singularize(snakeCase(other->name).toLower());
        QString base;
        QString stem; // from a `<stem>_id` foreign key column, to tell several keys apart
        if (e.fk->columns.size() == 1) {
            const Column *c = e.fkTable->column(e.fk->columns.front());
            if (c && c->name.size() > 3 && c->name.endsWith(QLatin1String("_id"), Qt::CaseInsensitive))
                stem = snakeCase(c->name.chopped(3)).toLower();
        }
        if (r.kind == RelationshipKind::ManyToMany)
            base = pluralize(otherWord);
        else if (!parentSide)
            base = stem.isEmpty() ? otherWord : stem;
        else if (r.kind == RelationshipKind::OneToOne)
            base = otherWord;
        else
            base = pluralize(otherWord);
        base = safeAttributeName(base);
        // Column attributes are only needed here, for the few relationships that lack a side.
        QSet<QString> taken = relationshipAttributes.value(owner->id);
        for (const Column &c : owner->columns)
            taken.insert(attributeOf(c));
        QStringList candidates{base};
        if (!stem.isEmpty() && parentSide)
            candidates << safeAttributeName(stem + u'_' + base);
        for (const QString &c : candidates) {
            if (!taken.contains(c))
                return c;
        }
        for (int i = 2;; ++i) {
            const QString c = base + u'_' + QString::number(i);
            if (!taken.contains(c))
                return c;
        }
    }

    const Schema &s;
    QHash<QString, const Table *> tables;
    QHash<QString, int> tableIndex;
    QHash<QString, std::pair<const Table *, const ForeignKey *>> fks;
    QHash<QString, std::vector<const Relationship *>> relsByFk;
    QHash<QString, int> referencedBy;       // table id -> foreign keys that reference it
    QHash<QString, QSet<QString>> relationshipAttributes; // table id -> relationship attributes
    QSet<QString> linkTables;               // link tables of many-to-many relationships
};

// The Python member names of an enum's values, as the generator makes them (Plan::enumMembers).
QStringList enumMembers(const EnumType &e)
{
    QStringList out;
    QSet<QString> taken = {QStringLiteral("MRO")};
    for (const QString &v : e.values) {
        QString n = safeAttributeName(v).toUpper();
        if (n.endsWith(u'_') && !v.endsWith(u'_'))
            n.chop(1);
        if (n.isEmpty() || !isIdentifier(n) || isPythonKeyword(n))
            n = QLatin1String("VALUE_") + n;
        while (taken.contains(n))
            n += u'_';
        taken.insert(n);
        out << n;
    }
    return out;
}

// Identifiers that a CHECK expression uses as column references: string literals, numbers,
// function names, type casts, qualifiers and SQL words are skipped.
struct CheckIdentifier
{
    QString name;
    bool quoted = false;
};

std::vector<CheckIdentifier> checkIdentifiers(const QString &expr)
{
    std::vector<CheckIdentifier> out;
    const qsizetype n = expr.size();
    auto isIdentStart = [](QChar c) { return c.isLetter() || c == u'_'; };
    auto isIdentPart = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; };
    auto nextNonSpace = [&](qsizetype i) {
        while (i < n && expr.at(i).isSpace())
            ++i;
        return i < n ? expr.at(i) : QChar();
    };
    auto prevNonSpace = [&](qsizetype i) {
        while (i > 0 && expr.at(i - 1).isSpace())
            --i;
        return i > 0 ? i - 1 : qsizetype(-1);
    };
    auto afterCast = [&](qsizetype start) {
        const qsizetype p = prevNonSpace(start);
        return p >= 1 && expr.at(p) == u':' && expr.at(p - 1) == u':';
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = expr.at(i);
        if (c == u'\'') {
            ++i;
            while (i < n) {
                if (expr.at(i) == u'\'' && i + 1 < n && expr.at(i + 1) == u'\'') {
                    i += 2;
                } else if (expr.at(i) == u'\'') {
                    ++i;
                    break;
                } else {
                    ++i;
                }
            }
        } else if (c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            const qsizetype start = i;
            QString name;
            ++i;
            while (i < n) {
                if (expr.at(i) == close && i + 1 < n && expr.at(i + 1) == close && close != u']') {
                    name += close;
                    i += 2;
                } else if (expr.at(i) == close) {
                    ++i;
                    break;
                } else {
                    name += expr.at(i++);
                }
            }
            const QChar next = nextNonSpace(i);
            if (next != u'(' && next != u'.' && !afterCast(start))
                out.push_back({name, true});
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && expr.at(i + 1).isDigit())) {
            while (i < n) {
                const QChar d = expr.at(i);
                if (d.isLetterOrNumber() || d == u'.' || d == u'_') {
                    ++i;
                } else if ((d == u'+' || d == u'-') && (expr.at(i - 1) == u'e' || expr.at(i - 1) == u'E')) {
                    ++i;
                } else {
                    break;
                }
            }
        } else if (isIdentStart(c)) {
            const qsizetype start = i;
            while (i < n && isIdentPart(expr.at(i)))
                ++i;
            const QString word = expr.mid(start, i - start);
            if (i < n && expr.at(i) == u'\'')
                continue; // a string prefix: E'...', X'...', B'...'
            const QChar next = nextNonSpace(i);
            if (next == u'(' || next == u'.' || afterCast(start))
                continue;
            if (checkKeywords().contains(word.toUpper()))
                continue;
            out.push_back({word, false});
        } else {
            ++i;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The linter

class Linter
{
public:
    explicit Linter(const Schema &schema)
        : m_s(schema)
        , m(schema)
    {}

    using Key = std::array<int, 4>;
    struct Ranked
    {
        Key key;
        Finding finding;
    };
    // One name a table's key, index or constraint gets in the database, for the name clash
    // checks; computed per table (and kept per table by IncrementalLint).
    struct ConstraintNote
    {
        QString name;
        bool explicitName = false;
        bool relation = false;   // shares the schema's namespace of tables and indexes
        bool constraint = false; // shares the table's namespace of constraints
        int part = 0;            // Part
        int index = 0;
        QString objectId;
        QString what; // "pk", "ix", "uq", "fk", "ck"
    };

    std::vector<Finding> run()
    {
        runBeforeTables();
        for (std::size_t i = 0; i < m_s.tables.size(); ++i)
            runTable(int(i));
        runAfterTables();
        return sorted(std::move(m_out));
    }

    // The parts of run(), for IncrementalLint: what a table's own checks find depends on the
    // table and its neighbours only; the rest is re-run whole. Each part's findings are taken
    // with take().
    void runBeforeTables()
    {
        checkClassNames();
        for (std::size_t i = 0; i < m_s.enums.size(); ++i)
            checkEnum(m_s.enums[i], int(i));
    }
    void runTable(int index) { checkTable(m_s.tables[std::size_t(index)], index); }
    void runAfterTables(const std::function<const std::vector<ConstraintNote> &(int)> &notesOf = {})
    {
        std::vector<ConstraintNote> scratch;
        checkConstraintNames(notesOf ? notesOf : [&](int ti) -> const std::vector<ConstraintNote> & {
            scratch = constraintNotes(m_s.tables[std::size_t(ti)]);
            return scratch;
        });
        for (std::size_t i = 0; i < m_s.relationships.size(); ++i)
            checkRelationship(m_s.relationships[i], int(i));
        checkDesign();
    }
    std::vector<Ranked> take() { return std::exchange(m_out, {}); }

    // Findings in their deterministic order: by object (document order), then rule id; equal
    // ones keep the order the checks found them in.
    static std::vector<Finding> sorted(std::vector<Ranked> all)
    {
        std::stable_sort(all.begin(), all.end(), [](const Ranked &a, const Ranked &b) {
            if (a.key != b.key)
                return a.key < b.key;
            return a.finding.rule < b.finding.rule;
        });
        std::vector<Finding> out;
        out.reserve(all.size());
        for (Ranked &r : all)
            out.push_back(std::move(r.finding));
        return out;
    }

    static constexpr int TableKeyTag = 1; // Key[0] of everything a table's checks find

private:

    static Key tableKey(int t, int part = 0, int index = 0) { return {TableKeyTag, t, part, index}; }
    enum Part { TablePart, ColumnPart, ForeignKeyPart, IndexPart, UniquePart, CheckPart };

    void add(const Key &key, const char *rule, const QString &object, const QString &tableId,
             const QString &objectId, const QString &text, const QString &fix = {},
             const QString &extraWhy = {})
    {
        const RuleInfo &info = ruleInfo(rule);
        Finding f;
        f.rule = QLatin1String(info.id);
        f.name = QLatin1String(info.slug);
        f.severity = info.severity;
        f.message = object + QLatin1String(": ") + text;
        f.why = QLatin1String(info.why);
        if (!extraWhy.isEmpty())
            f.why += u' ' + extraWhy;
        f.object = object;
        f.tableId = tableId;
        f.objectId = objectId;
        f.fix = fix;
        m_out.push_back({key, std::move(f)});
    }

    int columnIndex(const Table &t, const QString &columnId) const
    {
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].id == columnId)
                return int(i);
        }
        return -1;
    }

    // --- classes ---------------------------------------------------------------------------

    void checkClassNames()
    {
        QHash<QString, QString> seen; // lower-cased class name -> "Class (table x)"
        for (std::size_t i = 0; i < m_s.enums.size(); ++i) {
            const EnumType &e = m_s.enums[i];
            noteClass(e.name, QLatin1String("enum ") + e.name, {0, int(i), 0, 0},
                      QLatin1String("enum:") + e.name, QString(), e.id, seen);
        }
        for (std::size_t i = 0; i < m_s.tables.size(); ++i) {
            const Table &t = m_s.tables[i];
            noteClass(tableClassName(t), QLatin1String("table ") + t.name, tableKey(int(i)),
                      t.name, t.id, t.id, seen);
        }
    }

    void noteClass(const QString &cls, const QString &label, const Key &key, const QString &object,
                   const QString &tableId, const QString &objectId, QHash<QString, QString> &seen)
    {
        if (cls.isEmpty())
            return;
        const QString folded = cls.toLower();
        const auto it = seen.constFind(folded);
        if (it == seen.constEnd()) {
            seen.insert(folded, cls + QLatin1String(" (") + label + u')');
            return;
        }
        if (it->startsWith(cls + QLatin1String(" (")))
            return; // an exact duplicate: validate() reports it
        add(key, "SMS101", object, tableId, objectId,
            QLatin1String("Python class name ") + quoted(cls)
                + QLatin1String(" differs only in case from ") + *it);
    }

    // --- enums -------------------------------------------------------------------------------

    void checkEnum(const EnumType &e, int index)
    {
        const QStringList members = enumMembers(e);
        for (qsizetype i = 0; i < e.values.size() && i < members.size(); ++i) {
            const QString &v = e.values.at(i);
            const QString &member = members.at(i);
            if (member == v.toUpper())
                continue;
            QString natural = safeAttributeName(v).toUpper();
            if (natural.endsWith(u'_') && !v.endsWith(u'_'))
                natural.chop(1);
            QString why;
            if (member.startsWith(QLatin1String("VALUE_")) && !v.toUpper().startsWith(QLatin1String("VALUE_")))
                why = QStringLiteral("it is not a valid Python identifier");
            else if (member != natural)
                why = QStringLiteral("it collides with another value after conversion");
            else
                continue; // a clean conversion such as "in-progress" -> IN_PROGRESS
            add({0, index, 1, int(i)}, "SMS106", QLatin1String("enum:") + e.name, QString(), e.id,
                QLatin1String("value ") + quoted(v) + QLatin1String(" becomes the member ")
                    + member + QLatin1String(" because ") + why);
        }
    }

    // --- tables ------------------------------------------------------------------------------

    void checkTable(const Table &t, int ti)
    {
        const std::vector<KeyEntry> entries = keyEntries(t);
        QSet<QString> fkColumns;
        for (const ForeignKey &fk : t.foreignKeys) {
            for (const QString &id : fk.columns)
                fkColumns.insert(id);
        }

        // Table name.
        checkReservedWord(t.name, tableKey(ti), t.name, t.id, t.id, QStringLiteral("table name"));
        if (t.name != t.name.toLower())
            checkMixedCaseTable(t, ti);

        if (!t.columns.empty() && t.primaryKey().empty()) {
            add(tableKey(ti), "SMS120", t.name, t.id, t.id,
                QStringLiteral("table has no primary key: it is generated as a Core table "
                               "without a model class"));
        }

        // Keys-only tables.
        if (!t.columns.empty() && t.foreignKeys.size() < 2 && !m.linkTables.contains(t.id)) {
            const bool keysOnly = std::all_of(t.columns.begin(), t.columns.end(), [&](const Column &c) {
                return c.primaryKey || fkColumns.contains(c.id);
            });
            if (keysOnly) {
                add(tableKey(ti), "SMS105", t.name, t.id, t.id,
                    QStringLiteral("table has only key columns and is not the link table of a "
                                   "many-to-many relationship"));
            }
        }

        // A lone integer key that nothing generates.
        const std::vector<const Column *> pk = t.primaryKey();
        if (pk.size() == 1) {
            const Column &c = *pk.front();
            if (isIntegerKind(c.type.kind) && !c.type.array && !c.autoincrement
                && c.serverDefault.isEmpty() && std::holds_alternative<NoDefault>(c.defaultValue)
                && c.defaultFactory == DefaultFactory::None && !fkColumns.contains(c.id)) {
                add(tableKey(ti, ColumnPart, columnIndex(t, c.id)), "SMS117",
                    t.name + u'.' + c.name, t.id, c.id,
                    QStringLiteral("integer primary key is not generated by the database; every "
                                   "insert must supply it"),
                    QStringLiteral("Make %1.%2 autoincrement").arg(t.name, c.name));
            }
        }

        for (std::size_t ci = 0; ci < t.columns.size(); ++ci)
            checkColumn(t, ti, t.columns[ci], int(ci));

        for (std::size_t fi = 0; fi < t.foreignKeys.size(); ++fi)
            checkForeignKey(t, ti, t.foreignKeys[fi], int(fi), entries);

        checkRedundantIndexes(t, ti, entries);

        for (std::size_t ki = 0; ki < t.checks.size(); ++ki)
            checkCheck(t, ti, t.checks[ki], int(ki));

        checkQueryColumns(t, ti);
    }

    void checkReservedWord(const QString &name, const Key &key, const QString &object,
                           const QString &tableId, const QString &objectId, const QString &what)
    {
        const QString upper = name.toUpper();
        const bool sqlite = sqliteKeywords().contains(upper);
        const bool postgres = postgresReserved().contains(upper);
        if (!sqlite && !postgres)
            return;
        const QString where = sqlite && postgres ? QStringLiteral("SQLite and PostgreSQL")
                              : sqlite           ? QStringLiteral("SQLite")
                                                 : QStringLiteral("PostgreSQL");
        add(key, "SQM044", object, tableId, objectId,
            what + u' ' + quoted(name) + QLatin1String(" is a reserved word in ") + where
                + QLatin1String("; raw SQL and migrations must quote it"));
    }

    void checkMixedCaseTable(const Table &t, int ti)
    {
        const QString wanted = snakeCase(t.name).toLower();
        bool free = isIdentifier(wanted) && wanted.toUtf8().size() <= kMaxNameBytes;
        for (const Table &o : m_s.tables) {
            if (&o != &t && o.schema.toLower() == t.schema.toLower() && o.name.toLower() == wanted)
                free = false;
        }
        for (const EnumType &e : m_s.enums) {
            const QString sqlName = e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
            if (t.schema.isEmpty() && sqlName.toLower() == wanted)
                free = false;
        }
        add(tableKey(ti), "SMS111", t.name, t.id, t.id,
            QStringLiteral("mixed-case table name must be quoted in SQL on PostgreSQL"),
            free ? QStringLiteral("Rename table %1 to %2 (the Python class keeps its name)")
                       .arg(t.name, wanted)
                 : QString());
    }

    // Whether a value (as text, for allowed values and defaults) satisfies the column's
    // constraints; `why` says which one it breaks.
    static bool satisfies(const ColumnConstraints &k, const QVariant &value, QString *why)
    {
        if (value.typeId() == QMetaType::QString) {
            const QString v = value.toString();
            if (k.minLength && v.size() < *k.minLength) {
                *why = QStringLiteral("is shorter than minLength %1").arg(*k.minLength);
                return false;
            }
            if (k.maxLength && v.size() > *k.maxLength) {
                *why = QStringLiteral("is longer than maxLength %1").arg(*k.maxLength);
                return false;
            }
            if (!k.pattern.isEmpty()) {
                const QRegularExpression re(k.pattern);
                if (re.isValid() && !re.match(v).hasMatch()) {
                    *why = QStringLiteral("does not match the pattern");
                    return false;
                }
            }
            if (!k.allowedValues.isEmpty() && !k.allowedValues.contains(v)) {
                *why = QStringLiteral("is not one of the allowed values");
                return false;
            }
            return true;
        }
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            return true;
        if ((k.gt && !(d > *k.gt)) || (k.ge && !(d >= *k.ge)) || (k.lt && !(d < *k.lt))
            || (k.le && !(d <= *k.le))) {
            *why = QStringLiteral("is outside the bounds");
            return false;
        }
        if (k.multipleOf && *k.multipleOf > 0) {
            const double q = d / *k.multipleOf;
            if (std::abs(q - std::round(q)) > 1e-9) {
                *why = QStringLiteral("is not a multiple of %1").arg(*k.multipleOf);
                return false;
            }
        }
        if (!k.allowedValues.isEmpty()) {
            bool found = false;
            for (const QString &a : k.allowedValues)
                found = found || a.toDouble() == d;
            if (!found) {
                *why = QStringLiteral("is not one of the allowed values");
                return false;
            }
        }
        return true;
    }

    void checkConstraints(const Table &t, const Column &c, const Key &key, const QString &object)
    {
        const ColumnConstraints &k = c.constraints;
        if (k.isEmpty())
            return;
        // Empty ranges.
        const std::optional<double> low = k.gt ? k.gt : k.ge;
        const std::optional<double> high = k.lt ? k.lt : k.le;
        if (low && high && (*low > *high || (*low == *high && (k.gt || k.lt)))) {
            add(key, "SMS121", object, t.id, c.id,
                QStringLiteral("no number satisfies the bounds (lower %1, upper %2)")
                    .arg(*low)
                    .arg(*high));
        }
        if (k.minLength && k.maxLength && *k.minLength > *k.maxLength) {
            add(key, "SMS121", object, t.id, c.id,
                QStringLiteral("minLength %1 is above maxLength %2").arg(*k.minLength).arg(*k.maxLength));
        }
        const bool numeric = isIntegerKind(c.type.kind) || c.type.kind == TypeKind::Float
                             || c.type.kind == TypeKind::Numeric;
        for (const QString &v : k.allowedValues) {
            QString why;
            const QVariant value = numeric ? QVariant(v.toDouble()) : QVariant(v);
            ColumnConstraints others = k;
            others.allowedValues.clear();
            if (!satisfies(others, value, &why)) {
                add(key, "SMS121", object, t.id, c.id,
                    QStringLiteral("allowed value %1 %2, so it can never be stored").arg(v, why));
            }
        }
        // The default.
        QVariant def;
        if (const auto *i = std::get_if<qint64>(&c.defaultValue))
            def = double(*i);
        else if (const auto *d = std::get_if<double>(&c.defaultValue))
            def = *d;
        else if (const auto *str = std::get_if<QString>(&c.defaultValue))
            def = numeric ? QVariant(str->toDouble()) : QVariant(*str);
        QString why;
        if (def.isValid() && !satisfies(k, def, &why)) {
            add(key, "SMS122", object, t.id, c.id, QStringLiteral("the default ") + why);
        }
        // Lengths against the declared VARCHAR length.
        if (c.type.kind == TypeKind::String && c.type.length > 0) {
            const int declared = c.type.length;
            if ((k.maxLength && *k.maxLength > declared) || (k.minLength && *k.minLength > declared)) {
                add(key, "SMS123", object, t.id, c.id,
                    QStringLiteral("length constraint allows more than the declared length %1")
                        .arg(declared));
            }
        }
    }

    void checkColumn(const Table &t, int ti, const Column &c, int ci)
    {
        const Key key = tableKey(ti, ColumnPart, ci);
        const QString object = t.name + u'.' + c.name;
        const ColumnType &type = c.type;

        checkConstraints(t, c, key, object);

        checkReservedWord(c.name, key, object, t.id, c.id, QStringLiteral("column name"));
        if (c.name != c.name.toLower() && !c.name.isEmpty()) {
            add(key, "SMS111", object, t.id, c.id,
                QStringLiteral("mixed-case column name must be quoted in SQL on PostgreSQL"));
        }

        // Python attribute names.
        if (c.attribute.isEmpty() && !c.name.isEmpty()) {
            const QString attr = attributeOf(c);
            const QString fix = QStringLiteral("Set the attribute of %1 to %2 explicitly").arg(object, attr);
            const QString becomes = QLatin1String("; the Python attribute becomes ") + attr;
            if (c.name.startsWith(u'_')) {
                add(key, "SQM042", object, t.id, c.id,
                    QStringLiteral("column name starts with an underscore") + becomes, fix);
            } else if (isPythonKeyword(c.name)) {
                add(key, "SQM043", object, t.id, c.id,
                    QStringLiteral("column name is a Python keyword") + becomes, fix);
            } else if (isReservedAttribute(c.name)) {
                add(key, "SQM041", object, t.id, c.id,
                    QStringLiteral("column name is reserved by SQLAlchemy, pydantic or SQLModel")
                        + becomes,
                    fix);
            } else if (attr != c.name) {
                add(key, "SMS119", object, t.id, c.id,
                    QStringLiteral("column name is not a Python identifier") + becomes, fix);
            }
        }

        if (isSecretName(c.name) && !(c.primaryKey && (c.autoincrement || c.defaultFactory == DefaultFactory::Uuid4))) {
            add(key, "API007", object, t.id, c.id,
                QStringLiteral("secret-like column lands in %1Base, %1Create and %1Public")
                    .arg(tableClassName(t)));
        }

        switch (type.kind) {
        case TypeKind::String:
            if (type.length == 0) {
                add(key, "SQM031", object, t.id, c.id,
                    QStringLiteral("string column has no maximum length"),
                    QStringLiteral("Set the length of %1 to %2").arg(object).arg(fixedLength(c)));
            }
            break;
        case TypeKind::Numeric:
            if (type.precision == 0) {
                add(key, "SQM033", object, t.id, c.id,
                    QStringLiteral("numeric column has no precision and scale"),
                    QStringLiteral("Set %1 to numeric(%2, %3)")
                        .arg(object)
                        .arg(kMoneyPrecision)
                        .arg(kMoneyScale));
            }
            break;
        case TypeKind::Float:
            if (isMoneyName(c.name)) {
                add(key, "SQM034", object, t.id, c.id,
                    QStringLiteral("money-like column is a float"),
                    QStringLiteral("Make %1 numeric(%2, %3)")
                        .arg(object)
                        .arg(kMoneyPrecision)
                        .arg(kMoneyScale));
            }
            break;
        case TypeKind::DateTime:
            if (!type.timezone) {
                add(key, "SQM035", object, t.id, c.id,
                    QStringLiteral("datetime column has no time zone"),
                    QStringLiteral("Store %1 with time zone").arg(object));
            }
            break;
        case TypeKind::Json:
        case TypeKind::Jsonb:
            if (const QString *s = std::get_if<QString>(&c.defaultValue)) {
                const QString v = s->trimmed();
                if (v.startsWith(u'[') || v.startsWith(u'{')) {
                    QString compact = v;
                    compact.remove(u' ');
                    const bool empty = compact == QLatin1String("[]") || compact == QLatin1String("{}");
                    const bool list = v.startsWith(u'[');
                    add(key, "SQM040", object, t.id, c.id,
                        QLatin1String("default is the string ") + quoted(*s)
                            + QLatin1String(", not an empty ")
                            + (list ? QLatin1String("list") : QLatin1String("dict")),
                        empty && !type.array
                            ? QStringLiteral("Use the %1 default factory for %2")
                                  .arg(list ? QStringLiteral("emptyList") : QStringLiteral("emptyDict"),
                                       object)
                            : QString());
                }
            }
            break;
        default: break;
        }
        if (type.kind == TypeKind::Json || type.kind == TypeKind::Jsonb || type.array) {
            add(key, "SQM030", object, t.id, c.id,
                QLatin1String(type.array ? "array" : "JSON")
                    + QLatin1String(" column: in-place changes are not saved; assign a new value"));
        }
    }

    void checkForeignKey(const Table &t, int ti, const ForeignKey &fk, int fi,
                         const std::vector<KeyEntry> &entries)
    {
        const Table *ref = m.table(fk.refTable);
        const QString fkObject = t.name + QLatin1String(".fk:") + m.foreignKeyName(t, fk);
        const Key fkKey = tableKey(ti, ForeignKeyPart, fi);

        // Index on the referencing columns.
        if (!fk.columns.isEmpty() && !isIndexed(entries, fk.columns)) {
            if (fk.columns.size() == 1) {
                const Column *c = t.column(fk.columns.front());
                if (c) {
                    add(tableKey(ti, ColumnPart, columnIndex(t, c->id)), "SQM012",
                        t.name + u'.' + c->name, t.id, fk.id,
                        QStringLiteral("foreign key column is not indexed"),
                        QStringLiteral("Index %1.%2").arg(t.name, c->name));
                }
            } else {
                const QString cols = columnNames(t, fk.columns).join(QLatin1String(", "));
                add(fkKey, "SQM012", fkObject, t.id, fk.id,
                    QStringLiteral("foreign key columns (%1) are not indexed").arg(cols),
                    QStringLiteral("Add an index on %1 (%2)").arg(t.name, cols));
            }
        }

        // Duplicate foreign keys.
        for (const ForeignKey &other : t.foreignKeys) {
            if (&other == &fk)
                break;
            if (other.columns == fk.columns && other.refTable == fk.refTable
                && other.refColumns == fk.refColumns) {
                const bool used = m.relsByFk.contains(fk.id);
                add(fkKey, "SMS118", fkObject, t.id, fk.id,
                    QLatin1String("duplicates the foreign key ") + m.foreignKeyName(t, other),
                    used ? QString()
                         : QStringLiteral("Remove the foreign key %1").arg(m.foreignKeyName(t, fk)));
                break;
            }
        }

        if (!ref)
            return;
        QStringList nullableRefs;
        for (qsizetype i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i) {
            const Column *c = t.column(fk.columns.at(i));
            const Column *rc = ref->column(fk.refColumns.at(i));
            if (!c || !rc)
                continue;
            if (rc->nullable)
                nullableRefs << ref->name + u'.' + rc->name;
            const Key key = tableKey(ti, ColumnPart, columnIndex(t, c->id));
            const QString object = t.name + u'.' + c->name;
            const QString refName = ref->name + u'.' + rc->name;
            if (c->type.kind != rc->type.kind || c->type.array != rc->type.array) {
                add(key, "SQM011", object, t.id, c->id,
                    QStringLiteral("type %1 differs from the referenced %2 (%3)")
                        .arg(typeLabel(c->type), refName, typeLabel(rc->type)),
                    QStringLiteral("Give %1 the type of %2").arg(object, refName));
            } else if (c->type != rc->type) {
                add(key, "SMS114", object, t.id, c->id,
                    QStringLiteral("type %1 differs from the referenced %2 (%3)")
                        .arg(typeLabel(c->type), refName, typeLabel(rc->type)),
                    QStringLiteral("Give %1 the type of %2").arg(object, refName));
            }
        }
        if (!nullableRefs.isEmpty()) {
            add(fkKey, "SMS109", fkObject, t.id, fk.id,
                QLatin1String("references the nullable column ") + nullableRefs.join(QLatin1String(", ")),
                QStringLiteral("Make %1 NOT NULL").arg(nullableRefs.join(QLatin1String(", "))));
        }
    }

    void checkRedundantIndexes(const Table &t, int ti, const std::vector<KeyEntry> &entries)
    {
        auto keyOf = [&](const KeyEntry &e) -> Key {
            switch (e.kind) {
            case KeyEntry::PrimaryKey: return tableKey(ti);
            case KeyEntry::ColumnIndex:
            case KeyEntry::ColumnUnique: return tableKey(ti, ColumnPart, columnIndex(t, e.id));
            case KeyEntry::UniqueConstraint: {
                for (std::size_t i = 0; i < t.uniques.size(); ++i) {
                    if (t.uniques[i].id == e.id)
                        return tableKey(ti, UniquePart, int(i));
                }
                break;
            }
            case KeyEntry::TableIndex: {
                for (std::size_t i = 0; i < t.indexes.size(); ++i) {
                    if (t.indexes[i].id == e.id)
                        return tableKey(ti, IndexPart, int(i));
                }
                break;
            }
            }
            return tableKey(ti);
        };
        auto describe = [&](const KeyEntry &e) -> QString {
            const QString cols = u'(' + columnNames(t, e.columns).join(QLatin1String(", ")) + u')';
            switch (e.kind) {
            case KeyEntry::PrimaryKey: return QLatin1String("the primary key ") + cols;
            case KeyEntry::ColumnIndex:
                return QLatin1String(e.unique ? "the unique index of column " : "the index of column ")
                       + columnNames(t, e.columns).value(0);
            case KeyEntry::ColumnUnique: return QLatin1String("the unique column ") + columnNames(t, e.columns).value(0);
            case KeyEntry::UniqueConstraint: return QLatin1String("the unique constraint ") + cols;
            case KeyEntry::TableIndex:
                return QLatin1String(e.unique ? "the unique index " : "the index ") + cols;
            }
            return cols;
        };
        auto objectOf = [&](const KeyEntry &e) -> QString {
            switch (e.kind) {
            case KeyEntry::ColumnIndex:
            case KeyEntry::ColumnUnique:
            case KeyEntry::PrimaryKey: return t.name + u'.' + columnNames(t, e.columns).value(0);
            case KeyEntry::UniqueConstraint:
                for (const UniqueConstraint &u : t.uniques) {
                    if (u.id == e.id)
                        return t.name + QLatin1String(".uq:")
                               + (u.name.isEmpty() ? conventionName("uq", t, u.columns) : u.name);
                }
                break;
            case KeyEntry::TableIndex:
                for (const Index &ix : t.indexes) {
                    if (ix.id == e.id)
                        return t.name + QLatin1String(".ix:")
                               + (ix.name.isEmpty() ? conventionName("ix", t, ix.columns) : ix.name);
                }
                break;
            }
            return t.name;
        };

        for (const KeyEntry &e : entries) {
            if (e.kind == KeyEntry::PrimaryKey || e.columns.isEmpty())
                continue;
            const QString object = objectOf(e);
            if (!e.unique) {
                // A plain index that a longer (or earlier, equal) index already covers.
                for (const KeyEntry &f : entries) {
                    if (&f == &e || f.columns.size() < e.columns.size()
                        || f.columns.mid(0, e.columns.size()) != e.columns)
                        continue;
                    if (f.columns.size() == e.columns.size() && !f.unique && f.ordinal > e.ordinal)
                        continue;
                    add(keyOf(e), "SMS103", object, t.id, e.id,
                        describe(e) + QLatin1String(" is redundant with ") + describe(f),
                        QLatin1String("Remove ") + describe(e));
                    break;
                }
            } else {
                const QSet<QString> mine = toSet(e.columns);
                for (const KeyEntry &f : entries) {
                    if (&f == &e || !f.unique || toSet(f.columns) != mine)
                        continue;
                    if (f.kind != KeyEntry::PrimaryKey && f.ordinal > e.ordinal)
                        continue;
                    add(keyOf(e), "SMS104", object, t.id, e.id,
                        describe(e) + QLatin1String(" duplicates ") + describe(f),
                        QLatin1String("Remove ") + describe(e));
                    break;
                }
            }
        }
    }

    void checkCheck(const Table &t, int ti, const CheckConstraint &ck, int ki)
    {
        QStringList unknown;
        for (const CheckIdentifier &id : checkIdentifiers(ck.expression)) {
            bool found = false;
            for (const Column &c : t.columns) {
                if (id.quoted ? c.name == id.name : c.name.compare(id.name, Qt::CaseInsensitive) == 0) {
                    found = true;
                    break;
                }
            }
            if (!found && !unknown.contains(id.name))
                unknown << id.name;
        }
        if (unknown.isEmpty())
            return;
        QStringList q;
        for (const QString &u : unknown)
            q << quoted(u);
        add(tableKey(ti, CheckPart, ki), "SMS110", t.name + QLatin1String(".ck:") + ck.name, t.id, ck.id,
            QLatin1String("check expression refers to ") + q.join(QLatin1String(", "))
                + QLatin1String(unknown.size() == 1 ? ", which is not a column of "
                                                    : ", which are not columns of ")
                + t.name);
    }

    // --- constraint and index names -------------------------------------------------------

    struct NamedObject
    {
        QString label;
        bool explicitName;
    };

public:
    std::vector<ConstraintNote> constraintNotes(const Table &t) const
    {
        std::vector<ConstraintNote> out;
        if (!t.primaryKey().empty())
            out.push_back({QLatin1String("pk_") + t.name, false, true, true, TablePart, 0, t.id,
                           QStringLiteral("pk")});
        for (std::size_t ci = 0; ci < t.columns.size(); ++ci) {
            const Column &c = t.columns[ci];
            if (c.index)
                out.push_back({conventionName("ix", t, {c.id}), false, true, false, ColumnPart,
                               int(ci), c.id, QStringLiteral("ix")});
            else if (c.unique)
                out.push_back({conventionName("uq", t, {c.id}), false, true, true, ColumnPart,
                               int(ci), c.id, QStringLiteral("uq")});
        }
        for (std::size_t ui = 0; ui < t.uniques.size(); ++ui) {
            const UniqueConstraint &u = t.uniques[ui];
            out.push_back({u.name.isEmpty() ? conventionName("uq", t, u.columns) : u.name,
                           !u.name.isEmpty(), true, true, UniquePart, int(ui), u.id, QStringLiteral("uq")});
        }
        for (std::size_t ii = 0; ii < t.indexes.size(); ++ii) {
            const Index &ix = t.indexes[ii];
            out.push_back({ix.name.isEmpty() ? conventionName("ix", t, ix.columns) : ix.name,
                           !ix.name.isEmpty(), true, false, IndexPart, int(ii), ix.id, QStringLiteral("ix")});
        }
        for (std::size_t fi = 0; fi < t.foreignKeys.size(); ++fi) {
            const ForeignKey &fk = t.foreignKeys[fi];
            out.push_back({m.foreignKeyName(t, fk), !fk.name.isEmpty(), false, true, ForeignKeyPart,
                           int(fi), fk.id, QStringLiteral("fk")});
        }
        for (std::size_t ki = 0; ki < t.checks.size(); ++ki) {
            const CheckConstraint &ck = t.checks[ki];
            // The ck convention wraps the given name: ck_<table>_<name>.
            out.push_back({QLatin1String("ck_") + t.name + u'_' + ck.name, false, false, true,
                           CheckPart, int(ki), ck.id, QStringLiteral("ck")});
        }
        return out;
    }

    // Names too long for PostgreSQL, and names that collide: in the schema's namespace of
    // relations (tables, primary keys, indexes, unique constraints) or in a table's namespace of
    // constraints. `notesOf(ti)` gives table ti's constraintNotes().
    void checkConstraintNames(const std::function<const std::vector<ConstraintNote> &(int)> &notesOf)
    {
        QHash<QString, NamedObject> relations; // schema \x1f lower name -> owner
        relations.reserve(qsizetype(m_s.tables.size()) * 4);
        for (const Table &t : m_s.tables)
            relations.insert(t.schema.toLower() + u'\x1f' + t.name.toLower(),
                             {QLatin1String("table ") + t.name, true});

        for (std::size_t ti = 0; ti < m_s.tables.size(); ++ti) {
            const Table &t = m_s.tables[ti];
            QHash<QString, NamedObject> constraints; // lower name -> owner, per table
            const QString ns = t.schema.toLower() + u'\x1f';
            for (const ConstraintNote &n : notesOf(int(ti))) {
                const Key key = tableKey(int(ti), n.part, n.index);
                const QString object = t.name + u'.' + n.what + u':' + n.name;
                if (!n.explicitName && n.name.toUtf8().size() > kMaxNameBytes) {
                    add(key, "SMS107", object, t.id, n.objectId,
                        QStringLiteral("generated name is %1 bytes long; PostgreSQL allows %2")
                            .arg(n.name.toUtf8().size())
                            .arg(kMaxNameBytes));
                }
                const QString lower = n.name.toLower();
                const NamedObject mine{object, n.explicitName};
                auto clash = [&](QHash<QString, NamedObject> &hash, const QString &k) {
                    const auto it = hash.constFind(k);
                    if (it == hash.constEnd()) {
                        hash.insert(k, mine);
                        return false;
                    }
                    if (it->explicitName && n.explicitName)
                        return true; // validate() compares explicit names
                    add(key, "SMS108", object, t.id, n.objectId,
                        QLatin1String("name ") + quoted(n.name) + QLatin1String(" is also used by ")
                            + it->label);
                    return true;
                };
                if (n.relation && clash(relations, ns + lower))
                    continue;
                if (n.constraint)
                    clash(constraints, lower);
            }
        }
    }

private:
    // --- relationships -----------------------------------------------------------------------

    void checkRelationship(const Relationship &r, int ri)
    {
        const Model::Ends e = m.ends(r);
        if (!e.fk || !e.fkTable || !e.parent)
            return;
        const Key key{2, ri, 0, 0};
        const QString object = m.relationshipPath(r);
        const ForeignKey &fk = *e.fk;
        const Table &fkTable = *e.fkTable;

        // One side only.
        if (r.parentAttribute.isEmpty() != r.childAttribute.isEmpty()) {
            const bool parentMissing = r.parentAttribute.isEmpty();
            const Table *owner = parentMissing ? e.parent : e.child;
            const QString name = m.suggestAttribute(r, parentMissing);
            if (owner) {
                add(key, "SQM015", object, fkTable.id, r.id,
                    QLatin1String("relationship has no attribute on ") + tableClassName(*owner)
                        + QLatin1String(", so there is no back_populates"),
                    name.isEmpty() ? QString()
                                   : QStringLiteral("Add the attribute %1 on %2")
                                         .arg(name, tableClassName(*owner)));
            }
        }

        if (r.kind == RelationshipKind::ManyToMany) {
            checkManyToMany(r, e, key, object);
            return;
        }

        bool notNull = false;
        bool allNullable = true;
        for (const QString &id : fk.columns) {
            if (const Column *c = fkTable.column(id)) {
                notNull = notNull || !c->nullable;
                allNullable = allNullable && c->nullable;
            }
        }
        const QString fkName = fkTable.name + QLatin1String(".fk:") + m.foreignKeyName(fkTable, fk);

        // Delete options without a parent collection.
        if (r.parentAttribute.isEmpty() && (r.cascadeDelete || !r.passiveDeletes.isEmpty())) {
            const QString name = m.suggestAttribute(r, true);
            add(key, "SMS113", object, fkTable.id, r.id,
                QStringLiteral("cascadeDelete/passiveDeletes are set but the relationship has no "
                               "attribute on %1, so they are ignored")
                    .arg(tableClassName(*e.parent)),
                name.isEmpty() ? QString()
                               : QStringLiteral("Add the attribute %1 on %2")
                                     .arg(name, tableClassName(*e.parent)));
        }

        if (r.cascadeDelete && fk.onDelete != QLatin1String("CASCADE")) {
            add(key, "SQM025", object, fkTable.id, r.id,
                QLatin1String("cascade delete is set but ") + fkName
                    + (fk.onDelete.isEmpty() ? QStringLiteral(" has no ON DELETE rule")
                                             : QString(QLatin1String(" has ON DELETE ") + fk.onDelete)),
                QStringLiteral("Set ON DELETE CASCADE on %1").arg(fkName));
        }

        const bool parentCollection = !r.parentAttribute.isEmpty() && !r.viewOnly;
        if (parentCollection && !r.cascadeDelete && r.passiveDeletes.isEmpty()
            && (fk.onDelete == QLatin1String("CASCADE") || fk.onDelete == QLatin1String("SET NULL"))) {
            const bool cascade = fk.onDelete == QLatin1String("CASCADE");
            QString text;
            if (!cascade)
                text = QStringLiteral("the ORM loads the children and sets their key to NULL itself, "
                                      "so ON DELETE SET NULL is never used");
            else if (notNull)
                text = QStringLiteral("ON DELETE CASCADE never runs: the ORM first sets the children's "
                                      "NOT NULL key to NULL, so deleting a parent with children fails");
            else
                text = QStringLiteral("ON DELETE CASCADE never runs: the ORM first sets the children's "
                                      "key to NULL, so they are orphaned instead of deleted");
            add(key, "SQM026", object, fkTable.id, r.id, text,
                cascade ? QStringLiteral("Set cascade delete on %1").arg(object)
                        : QStringLiteral("Set passive deletes \"all\" on %1").arg(object));
        }

        if (!r.passiveDeletes.isEmpty() && fk.onDelete.isEmpty()) {
            add(key, "SQM027", object, fkTable.id, r.id,
                QLatin1String("passive deletes \"") + r.passiveDeletes + QLatin1String("\" but ")
                    + fkName + QLatin1String(" has no ON DELETE rule"),
                QStringLiteral("Set ON DELETE %1 on %2")
                    .arg(passiveDeleteRule(r, allNullable), fkName));
        }

        if (parentCollection && !r.cascadeDelete && r.passiveDeletes.isEmpty() && notNull
            && fk.onDelete != QLatin1String("CASCADE") && fk.onDelete != QLatin1String("SET NULL")) {
            add(key, "SMS112", object, fkTable.id, r.id,
                QLatin1String("deleting a ") + tableClassName(*e.parent)
                    + QLatin1String(" with children fails: the ORM sets the NOT NULL key ") + fkName
                    + QLatin1String(" to NULL"),
                QStringLiteral("Set passive deletes \"all\" on %1%2")
                    .arg(object, fk.onDelete.isEmpty() ? QString(QStringLiteral(" and ON DELETE RESTRICT on ") + fkName)
                                                       : QString()));
        }

        if (r.kind == RelationshipKind::OneToOne) {
            const std::vector<KeyEntry> entries = keyEntries(fkTable);
            if (!isUniqueSet(entries, fk.columns)) {
                const QString cols = columnNames(fkTable, fk.columns).join(QLatin1String(", "));
                add(key, "SMS116", object, fkTable.id, r.id,
                    QStringLiteral("one-to-one relationship over %1.(%2), which is not unique")
                        .arg(fkTable.name, cols),
                    QStringLiteral("Make %1.(%2) unique").arg(fkTable.name, cols));
            }
        }
    }

    void checkManyToMany(const Relationship &r, const Model::Ends &e, const Key &key,
                         const QString &object)
    {
        if (!e.fk2)
            return;
        const Table &link = *e.fkTable;
        QStringList fkColumns = e.fk->columns;
        for (const QString &id : e.fk2->columns) {
            if (!fkColumns.contains(id))
                fkColumns << id;
        }
        QStringList outsidePk;  // foreign key columns that are not in the primary key
        QStringList extraPk;    // primary key columns that are not foreign key columns
        QStringList extra;      // other columns
        for (const Column &c : link.columns) {
            const bool inFk = fkColumns.contains(c.id);
            if (inFk && !c.primaryKey)
                outsidePk << c.name;
            else if (!inFk && c.primaryKey)
                extraPk << c.name;
            else if (!inFk)
                extra << c.name;
        }
        const bool fixable = !m.referencedBy.contains(link.id);
        const QString fix = fixable ? QStringLiteral("Make the foreign key columns the primary key of %1")
                                          .arg(link.name)
                                    : QString();
        if (!outsidePk.isEmpty()) {
            add(key, "SQM021", object, link.id, r.id,
                QStringLiteral("link table %1 has foreign key column(s) %2 outside its primary key")
                    .arg(link.name, outsidePk.join(QLatin1String(", "))),
                fix);
        }
        if (!extraPk.isEmpty()) {
            add(key, "SQM022", object, link.id, r.id,
                QStringLiteral("link table %1 has primary key column(s) %2 that are not foreign keys "
                               "to either side")
                    .arg(link.name, extraPk.join(QLatin1String(", "))),
                fix);
        }
        if (!r.viewOnly) {
            QStringList reasons;
            if (!extra.isEmpty()) {
                reasons << QStringLiteral("%1 has extra column(s) %2 that writes through it cannot set")
                               .arg(link.name, extra.join(QLatin1String(", ")));
            }
            QStringList others;
            for (const QString &fkId : {r.foreignKey, r.secondForeignKey}) {
                for (const Relationship *o : m.relsByFk.value(fkId)) {
                    if (o != &r && o->kind != RelationshipKind::ManyToMany) {
                        const QString p = m.relationshipPath(*o);
                        if (!others.contains(p))
                            others << p;
                    }
                }
            }
            if (!others.isEmpty()) {
                reasons << QStringLiteral("its foreign keys are also used by %1")
                               .arg(others.join(QLatin1String(", ")));
            }
            if (!reasons.isEmpty()) {
                add(key, "SQM023", object, link.id, r.id,
                    QLatin1String("writable many-to-many relationship, but ")
                        + reasons.join(QLatin1String("; and ")),
                    QStringLiteral("Make %1 view-only").arg(object));
            }
        }
    }

    // --- index advice for the query cookbook --------------------------------------------------

    // The cookbook's filters and orderings without an index (its joins are SQM012's).
    // The table's columns that the query cookbook filters or orders by without an index.
    void checkQueryColumns(const Table &t, int ti)
    {
        QSet<QString> seen; // column ids
        for (const QueryColumnUse &u : queryColumnUses(t)) {
            if (u.indexed || seen.contains(u.columnId))
                continue;
            const Column *c = t.column(u.columnId);
            if (!c)
                continue;
            seen.insert(u.columnId);
            const QString object = t.name + u'.' + c->name;
            const QString verb = u.kind == QueryColumnUse::Kind::Filter ? QStringLiteral("filter")
                                                                        : QStringLiteral("order by");
            add(tableKey(ti, ColumnPart, columnIndex(t, c->id)), "SMS124", object, t.id, c->id,
                QStringLiteral("queries %1 %2, which has no index").arg(verb, object),
                QStringLiteral("Add an index on %1").arg(object));
        }
    }

    // --- the design as a whole ---------------------------------------------------------------

    void checkDesign()
    {
        int rules = 0;
        for (const Table &t : m_s.tables) {
            for (const ForeignKey &fk : t.foreignKeys) {
                if (!fk.onDelete.isEmpty() || !fk.onUpdate.isEmpty())
                    ++rules;
            }
        }
        if (rules == 0)
            return;
        add({3, 0, 0, 0}, "SQM028", m_s.name.isEmpty() ? QStringLiteral("design") : m_s.name,
            QString(), QString(),
            QStringLiteral("%1 foreign key(s) have ON DELETE/ON UPDATE rules; SQLite enforces "
                           "them only with PRAGMA foreign_keys=ON on every connection")
                .arg(rules));
    }

    const Schema &m_s;
    Model m;
    std::vector<Ranked> m_out;
};

// ---------------------------------------------------------------------------------------------
// Quick fixes

class Fixer
{
public:
    Fixer(SchemaDocument *document, const Finding &finding)
        : m_doc(document)
        , m_f(finding)
        , m_s(document->schema())
        , m(m_s)
    {}

    bool apply()
    {
        const QString &rule = m_f.rule;
        const Table *t = m.table(m_f.tableId);
        if (rule == QLatin1String("SQM012"))
            return t && fixIndex(*t);
        if (rule == QLatin1String("SQM011") || rule == QLatin1String("SMS114"))
            return t && fixForeignKeyType(*t);
        if (rule == QLatin1String("SQM031") || rule == QLatin1String("SQM033")
            || rule == QLatin1String("SQM034") || rule == QLatin1String("SQM035")
            || rule == QLatin1String("SQM040") || rule == QLatin1String("SQM041")
            || rule == QLatin1String("SQM042") || rule == QLatin1String("SQM043")
            || rule == QLatin1String("SMS119") || rule == QLatin1String("SMS117")
            || rule == QLatin1String("SMS124"))
            return t && fixColumn(*t);
        if (rule == QLatin1String("SMS103") || rule == QLatin1String("SMS104"))
            return t && fixRedundant(*t);
        if (rule == QLatin1String("SMS109"))
            return t && fixReferencedNullable(*t);
        if (rule == QLatin1String("SMS111"))
            return t && fixTableName(*t);
        if (rule == QLatin1String("SMS118"))
            return t && fixDuplicateForeignKey(*t);
        const Relationship *r = m_s.relationship(m_f.objectId);
        if (!r)
            return false;
        if (rule == QLatin1String("SQM015") || rule == QLatin1String("SMS113"))
            return fixMissingAttribute(*r);
        if (rule == QLatin1String("SQM023")) {
            Relationship copy = *r;
            copy.viewOnly = true;
            return pushRelationship(copy, QStringLiteral("view-only %1").arg(m_f.object));
        }
        if (rule == QLatin1String("SQM026")) {
            Relationship copy = *r;
            const auto [fkTable, fk] = m.foreignKey(r->foreignKey);
            if (!fk)
                return false;
            if (fk->onDelete == QLatin1String("CASCADE"))
                copy.cascadeDelete = true;
            else
                copy.passiveDeletes = QStringLiteral("all");
            return pushRelationship(copy, QStringLiteral("delete behaviour of %1").arg(m_f.object));
        }
        if (rule == QLatin1String("SQM025") || rule == QLatin1String("SQM027")
            || rule == QLatin1String("SMS112"))
            return fixDeleteRule(*r);
        if (rule == QLatin1String("SQM021") || rule == QLatin1String("SQM022"))
            return t && fixLinkKey(*t, *r);
        if (rule == QLatin1String("SMS116"))
            return fixOneToOneUnique(*r);
        return false;
    }

private:
    static QString text(const QString &what) { return SchemaDocument::tr("Quick fix: %1").arg(what); }

    bool pushTable(const Table &t, const QString &what)
    {
        m_doc->updateTable(t, text(what));
        return true;
    }

    bool pushRelationship(const Relationship &r, const QString &what)
    {
        SchemaDocument::Edit e;
        e.relationships.push_back({r.id, r});
        m_doc->pushEdit(e, text(what));
        return true;
    }

    bool fixIndex(const Table &t)
    {
        const ForeignKey *fk = t.foreignKey(m_f.objectId);
        if (!fk || fk->columns.isEmpty())
            return false;
        Table copy = t;
        if (fk->columns.size() == 1) {
            Column *c = copy.column(fk->columns.front());
            if (!c)
                return false;
            c->index = true;
            return pushTable(copy, QStringLiteral("index %1.%2").arg(t.name, c->name));
        }
        Index ix;
        ix.id = newId(QStringLiteral("ix"));
        ix.columns = fk->columns;
        copy.indexes.push_back(ix);
        return pushTable(copy, QStringLiteral("index %1 (%2)")
                                   .arg(t.name, columnNames(t, fk->columns).join(QLatin1String(", "))));
    }

    bool fixForeignKeyType(const Table &t)
    {
        const Column *c = t.column(m_f.objectId);
        if (!c)
            return false;
        for (const ForeignKey &fk : t.foreignKeys) {
            const qsizetype i = fk.columns.indexOf(c->id);
            const Table *ref = m.table(fk.refTable);
            if (i < 0 || !ref || i >= fk.refColumns.size())
                continue;
            const Column *rc = ref->column(fk.refColumns.at(i));
            if (!rc || rc->type == c->type)
                continue;
            Table copy = t;
            Column *col = copy.column(c->id);
            if (col->type.kind != rc->type.kind) {
                // The old default would not suit the new type.
                col->defaultValue = NoDefault{};
                col->defaultFactory = DefaultFactory::None;
            }
            col->type = rc->type;
            return pushTable(copy, QStringLiteral("type of %1.%2").arg(t.name, c->name));
        }
        return false;
    }

    bool fixColumn(const Table &t)
    {
        const Column *orig = t.column(m_f.objectId);
        if (!orig)
            return false;
        Table copy = t;
        Column &c = *copy.column(orig->id);
        const QString object = t.name + u'.' + c.name;
        const QString &rule = m_f.rule;
        QString what;
        if (rule == QLatin1String("SQM031")) {
            c.type.length = fixedLength(c);
            what = QStringLiteral("length of %1").arg(object);
        } else if (rule == QLatin1String("SQM033") || rule == QLatin1String("SQM034")) {
            c.type.kind = TypeKind::Numeric;
            c.type.precision = std::max(kMoneyPrecision, c.type.scale);
            if (c.type.scale == 0)
                c.type.scale = kMoneyScale;
            what = QStringLiteral("numeric(%1, %2) for %3").arg(c.type.precision).arg(c.type.scale).arg(object);
        } else if (rule == QLatin1String("SQM035")) {
            c.type.timezone = true;
            what = QStringLiteral("time zone for %1").arg(object);
        } else if (rule == QLatin1String("SQM040")) {
            const QString *s = std::get_if<QString>(&c.defaultValue);
            if (!s)
                return false;
            c.defaultFactory = s->trimmed().startsWith(u'[') ? DefaultFactory::EmptyList
                                                             : DefaultFactory::EmptyDict;
            c.defaultValue = NoDefault{};
            what = QStringLiteral("default factory for %1").arg(object);
        } else if (rule == QLatin1String("SMS117")) {
            c.autoincrement = true;
            what = QStringLiteral("autoincrement %1").arg(object);
        } else if (rule == QLatin1String("SMS124")) {
            if (c.index)
                return false;
            c.index = true;
            what = QStringLiteral("index %1").arg(object);
        } else {
            c.attribute = columnAttribute(c);
            what = QStringLiteral("attribute of %1").arg(object);
        }
        return pushTable(copy, what);
    }

    bool fixRedundant(const Table &t)
    {
        Table copy = t;
        const QString &id = m_f.objectId;
        if (Column *c = copy.column(id)) {
            if (m_f.rule == QLatin1String("SMS104")) {
                c->unique = false;
                c->index = false;
            } else {
                c->index = false;
            }
            return pushTable(copy, QStringLiteral("remove the redundant index of %1.%2").arg(t.name, c->name));
        }
        const auto ui = std::find_if(copy.uniques.begin(), copy.uniques.end(),
                                     [&](const UniqueConstraint &u) { return u.id == id; });
        if (ui != copy.uniques.end()) {
            copy.uniques.erase(ui);
            return pushTable(copy, QStringLiteral("remove a duplicate unique constraint of %1").arg(t.name));
        }
        const auto ii = std::find_if(copy.indexes.begin(), copy.indexes.end(),
                                     [&](const Index &ix) { return ix.id == id; });
        if (ii != copy.indexes.end()) {
            copy.indexes.erase(ii);
            return pushTable(copy, QStringLiteral("remove a redundant index of %1").arg(t.name));
        }
        return false;
    }

    bool fixReferencedNullable(const Table &t)
    {
        const ForeignKey *fk = t.foreignKey(m_f.objectId);
        const Table *ref = fk ? m.table(fk->refTable) : nullptr;
        if (!ref)
            return false;
        Table copy = *ref;
        QStringList names;
        for (const QString &id : fk->refColumns) {
            if (Column *c = copy.column(id); c && c->nullable) {
                c->nullable = false;
                names << c->name;
            }
        }
        if (names.isEmpty())
            return false;
        return pushTable(copy, QStringLiteral("NOT NULL %1.%2").arg(ref->name, names.join(QLatin1String(", "))));
    }

    bool fixTableName(const Table &t)
    {
        Table copy = t;
        if (copy.className.isEmpty())
            copy.className = tableClassName(t);
        copy.name = snakeCase(t.name).toLower();
        return pushTable(copy, QStringLiteral("rename %1 to %2").arg(t.name, copy.name));
    }

    bool fixDuplicateForeignKey(const Table &t)
    {
        Table copy = t;
        const auto it = std::find_if(copy.foreignKeys.begin(), copy.foreignKeys.end(),
                                     [&](const ForeignKey &fk) { return fk.id == m_f.objectId; });
        if (it == copy.foreignKeys.end())
            return false;
        copy.foreignKeys.erase(it);
        return pushTable(copy, QStringLiteral("remove a duplicate foreign key of %1").arg(t.name));
    }

    bool fixMissingAttribute(const Relationship &r)
    {
        const bool parentSide = r.parentAttribute.isEmpty();
        const QString name = m.suggestAttribute(r, parentSide);
        if (name.isEmpty())
            return false;
        Relationship copy = r;
        (parentSide ? copy.parentAttribute : copy.childAttribute) = name;
        const Model::Ends e = m.ends(r);
        const Table *owner = parentSide ? e.parent : e.child;
        return pushRelationship(copy, QStringLiteral("add %1.%2")
                                          .arg(owner ? tableClassName(*owner) : QString(), name));
    }

    bool fixDeleteRule(const Relationship &r)
    {
        const auto [fkTable, fk] = m.foreignKey(r.foreignKey);
        if (!fk)
            return false;
        Table table = *fkTable;
        ForeignKey *f = nullptr;
        for (ForeignKey &x : table.foreignKeys) {
            if (x.id == fk->id)
                f = &x;
        }
        if (!f)
            return false;
        Relationship rel = r;
        const QString &rule = m_f.rule;
        if (rule == QLatin1String("SQM025")) {
            f->onDelete = QStringLiteral("CASCADE");
        } else if (rule == QLatin1String("SQM027")) {
            bool allNullable = true;
            for (const QString &id : f->columns) {
                if (const Column *c = table.column(id))
                    allNullable = allNullable && c->nullable;
            }
            f->onDelete = passiveDeleteRule(r, allNullable);
        } else { // SMS112
            rel.passiveDeletes = QStringLiteral("all");
            if (f->onDelete.isEmpty())
                f->onDelete = QStringLiteral("RESTRICT");
        }
        SchemaDocument::Edit e;
        if (rel != r)
            e.relationships.push_back({rel.id, rel});
        e.tables.push_back({table.id, table});
        m_doc->pushEdit(e, text(QStringLiteral("delete rule of %1").arg(m_f.object)));
        return true;
    }

    bool fixLinkKey(const Table &link, const Relationship &r)
    {
        const auto [t1, fk1] = m.foreignKey(r.foreignKey);
        const auto [t2, fk2] = m.foreignKey(r.secondForeignKey);
        if (!fk1 || !fk2 || t1 != &link || t2 != &link)
            return false;
        QSet<QString> keyColumns = toSet(fk1->columns);
        keyColumns.unite(toSet(fk2->columns));
        Table copy = link;
        for (Column &c : copy.columns) {
            if (keyColumns.contains(c.id)) {
                c.primaryKey = true;
                c.nullable = false;
            } else if (c.primaryKey) {
                // A former surrogate key: inserts through the relationship leave it empty.
                c.primaryKey = false;
                c.autoincrement = false;
                c.nullable = true;
            }
        }
        return pushTable(copy, QStringLiteral("primary key of %1").arg(link.name));
    }

    bool fixOneToOneUnique(const Relationship &r)
    {
        const auto [fkTable, fk] = m.foreignKey(r.foreignKey);
        if (!fk || fk->columns.isEmpty())
            return false;
        Table copy = *fkTable;
        const QString cols = columnNames(copy, fk->columns).join(QLatin1String(", "));
        if (fk->columns.size() == 1) {
            Column *c = copy.column(fk->columns.front());
            if (!c)
                return false;
            c->unique = true;
        } else {
            UniqueConstraint u;
            u.id = newId(QStringLiteral("uq"));
            u.columns = fk->columns;
            copy.uniques.push_back(u);
        }
        return pushTable(copy, QStringLiteral("unique %1.(%2)").arg(copy.name, cols));
    }

    SchemaDocument *m_doc;
    const Finding &m_f;
    const Schema &m_s;
    Model m;
};

// Which tables' own checks must run again after an edit from `prev` to `next`: the tables that
// changed, the tables whose foreign keys reference them (their checks read the referenced
// table), the tables at either end of a changed relationship, and, when table names changed,
// the mixed-case tables (their fix needs a free lower-case name). Empty optional: everything.
std::optional<QSet<QString>> tablesToRecheck(const Schema &prev, const Schema &next)
{
    if (prev.enums != next.enums)
        return std::nullopt; // enum names take part in the class-name and mixed-case checks
    QHash<QString, const Table *> before;
    before.reserve(qsizetype(prev.tables.size()));
    for (const Table &t : prev.tables)
        before.insert(t.id, &t);
    QSet<QString> changed;
    bool namesChanged = prev.tables.size() != next.tables.size();
    for (const Table &t : next.tables) {
        const Table *old = before.take(t.id);
        if (!old || !(*old == t)) {
            changed.insert(t.id);
            namesChanged = namesChanged || !old || old->name != t.name || old->schema != t.schema;
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) { // removed tables
        changed.insert(it.key());
        namesChanged = true;
    }

    QSet<QString> dirty = changed;
    for (const Table &t : next.tables) {
        for (const ForeignKey &fk : t.foreignKeys) {
            if (changed.contains(fk.refTable))
                dirty.insert(t.id);
        }
        if (namesChanged && t.name != t.name.toLower())
            dirty.insert(t.id);
    }

    // Relationships that differ, in either design: their tables' checks read them.
    QHash<QString, const Relationship *> relsBefore;
    for (const Relationship &r : prev.relationships)
        relsBefore.insert(r.id, &r);
    std::vector<std::pair<const Schema *, const Relationship *>> changedRels;
    for (const Relationship &r : next.relationships) {
        const Relationship *old = relsBefore.take(r.id);
        if (!old || !(*old == r)) {
            changedRels.push_back({&next, &r});
            if (old)
                changedRels.push_back({&prev, old});
        }
    }
    for (auto it = relsBefore.cbegin(); it != relsBefore.cend(); ++it)
        changedRels.push_back({&prev, it.value()});
    for (const auto &[schema, r] : changedRels) {
        for (const QString &fkId : {r->foreignKey, r->secondForeignKey}) {
            if (fkId.isEmpty())
                continue;
            if (const Table *owner = schema->tableOfForeignKey(fkId)) {
                dirty.insert(owner->id);
                for (const ForeignKey &fk : owner->foreignKeys) {
                    if (fk.id == fkId)
                        dirty.insert(fk.refTable);
                }
            }
        }
    }
    return dirty;
}

} // namespace

struct IncrementalLint::State
{
    struct TableState
    {
        std::vector<Linter::Ranked> findings; // what the table's own checks found
        std::vector<Linter::ConstraintNote> notes;
    };
    std::optional<Schema> previous;
    QHash<QString, TableState> tables; // by table id
    int rechecked = 0;
};

IncrementalLint::IncrementalLint()
    : d(std::make_unique<State>())
{}

IncrementalLint::~IncrementalLint() = default;

void IncrementalLint::reset()
{
    d = std::make_unique<State>();
}

int IncrementalLint::recheckedTables() const
{
    return d->rechecked;
}

std::vector<Finding> IncrementalLint::update(const Schema &schema, bool withSuppressed)
{
    std::optional<QSet<QString>> dirty;
    if (d->previous)
        dirty = tablesToRecheck(*d->previous, schema);

    Linter linter(schema);
    std::vector<Linter::Ranked> all;
    linter.runBeforeTables();
    all = linter.take();

    std::vector<State::TableState> current(schema.tables.size()); // by document order
    d->rechecked = 0;
    for (std::size_t i = 0; i < schema.tables.size(); ++i) {
        const Table &t = schema.tables[i];
        State::TableState own;
        const auto cached = d->tables.find(t.id);
        if (!dirty || dirty->contains(t.id) || cached == d->tables.end()) {
            linter.runTable(int(i));
            own.findings = linter.take();
            own.notes = linter.constraintNotes(t);
            ++d->rechecked;
        } else {
            own = std::move(cached.value());
            for (Linter::Ranked &r : own.findings) // the table may have moved in the document order
                r.key[1] = int(i);
        }
        all.insert(all.end(), own.findings.begin(), own.findings.end());
        current[i] = std::move(own);
    }
    linter.runAfterTables([&](int ti) -> const std::vector<Linter::ConstraintNote> & {
        return current[std::size_t(ti)].notes;
    });
    QHash<QString, State::TableState> tables;
    tables.reserve(qsizetype(schema.tables.size()));
    for (std::size_t i = 0; i < schema.tables.size(); ++i)
        tables.insert(schema.tables[i].id, std::move(current[i]));
    std::vector<Linter::Ranked> after = linter.take();
    all.insert(all.end(), std::make_move_iterator(after.begin()), std::make_move_iterator(after.end()));

    d->tables = std::move(tables);
    d->previous = schema;
    std::vector<Finding> out = Linter::sorted(std::move(all));
    if (!withSuppressed && !schema.suppressions.empty())
        std::erase_if(out, [&](const Finding &f) { return isSuppressed(schema, f); });
    return out;
}

bool isSuppressed(const Schema &schema, const Finding &finding)
{
    return std::any_of(schema.suppressions.begin(), schema.suppressions.end(),
                       [&](const LintSuppression &s) {
                           return s.rule == finding.rule && s.object == finding.object;
                       });
}

std::vector<Finding> lintSchema(const Schema &schema, bool withSuppressed)
{
    std::vector<Finding> all = Linter(schema).run();
    if (!withSuppressed && !schema.suppressions.empty())
        std::erase_if(all, [&](const Finding &f) { return isSuppressed(schema, f); });
    return all;
}

bool applyQuickFix(SchemaDocument *document, const Finding &finding)
{
    if (!document || finding.fix.isEmpty())
        return false;
    // Only a finding that still applies, with the same object, is fixed.
    const std::vector<Finding> current = lintSchema(document->schema(), true);
    const bool applies = std::any_of(current.begin(), current.end(), [&](const Finding &f) {
        return f.rule == finding.rule && f.tableId == finding.tableId
               && f.objectId == finding.objectId && f.object == finding.object && !f.fix.isEmpty();
    });
    if (!applies)
        return false;
    return Fixer(document, finding).apply();
}

} // namespace Core
