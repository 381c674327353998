// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PostgreSQL script reader. The grammar is libpg_query's (the PostgreSQL 15 parser): the
// script is parsed once into its JSON tree, and this file only walks that tree. What is not SQL
// (psql meta-commands, COPY data) is blanked first, line for line, so that error lines stay right.
// Expressions (defaults, checks, generated columns, partial index predicates) are kept verbatim:
// their source text is cut out of the script using the tree's byte offsets.
#include "importer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>
#include <pg_query.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

namespace Core::Import {

namespace {

using Json = nlohmann::json;

const QString kPublic = QStringLiteral("public");

QString qs(const std::string &s) {
    return QString::fromStdString(s);
}

// A node is {"TypeName": {...}}: its type and its fields.
std::string nodeType(const Json &node) {
    return node.is_object() && !node.empty() ? node.begin().key() : std::string();
}

const Json &fields(const Json &node) {
    static const Json empty = Json::object();
    return node.is_object() && !node.empty() ? node.begin().value() : empty;
}

QString str(const Json &obj, const char *key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

int integer(const Json &obj, const char *key, int fallback = 0) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

bool boolean(const Json &obj, const char *key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_boolean() && it->get<bool>();
}

const Json &member(const Json &obj, const char *key) {
    static const Json null;
    auto it = obj.find(key);
    return it != obj.end() ? *it : null;
}

// A list of String nodes ([{"String": {"sval": "x"}}, ...]).
QStringList stringList(const Json &list) {
    QStringList out;
    if (!list.is_array())
        return out;
    for (const Json &item : list)
        out << str(fields(item), "sval");
    return out;
}

// The value of an A_Const as text (integers, floats, strings).
QString constText(const Json &node) {
    const Json &c = fields(node);
    if (c.contains("ival"))
        return QString::number(integer(c["ival"], "ival"));
    if (c.contains("fval"))
        return str(c["fval"], "fval");
    if (c.contains("sval"))
        return str(c["sval"], "sval");
    return {};
}

QString quoteIdent(const QString &name) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    if (plain.match(name).hasMatch())
        return name;
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// `table` in the default schema, `schema.table` elsewhere (the ImportNote convention).
QString objectName(const QString &schema, const QString &name) {
    return schema == kPublic || schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString key(const QString &schema, const QString &name) {
    return schema + QLatin1Char('.') + name;
}

// The built-in types under their format_type() names; `typmods` are the A_Const values.
QString builtinType(const QString &name, const QStringList &mods, bool *known) {
    *known = true;
    const QString args = mods.isEmpty()
                             ? QString()
                             : QLatin1Char('(') + mods.join(QLatin1Char(',')) + QLatin1Char(')');
    static const QHash<QString, QString> simple = {
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("integer"), QStringLiteral("integer")},
        {QStringLiteral("smallint"), QStringLiteral("smallint")},
        {QStringLiteral("bigint"), QStringLiteral("bigint")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("boolean"), QStringLiteral("boolean")},
    };
    if (simple.contains(name))
        return simple.value(name);
    if (name == QLatin1String("varchar"))
        return QStringLiteral("character varying") + args;
    if (name == QLatin1String("bpchar"))
        return QStringLiteral("character") + args;
    if (name == QLatin1String("varbit"))
        return QStringLiteral("bit varying") + args;
    if (name == QLatin1String("numeric") || name == QLatin1String("decimal")) {
        if (mods.size() == 1)
            return QStringLiteral("numeric(%1,0)").arg(mods.first());
        return QStringLiteral("numeric") + args;
    }
    for (const char *base : {"timestamp", "time"}) {
        const QString b = QLatin1String(base);
        if (name == b || name == b + QLatin1String("tz")) {
            const bool tz = name.endsWith(QLatin1String("tz"));
            return b + args
                   + (tz ? QLatin1String(" with time zone") : QLatin1String(" without time zone"));
        }
    }
    if (name == QLatin1String("interval")) {
        // The first typmod is the field mask (all fields: 32767); a second one is the precision.
        if (mods.size() == 2)
            return QStringLiteral("interval(%1)").arg(mods.at(1));
        return QStringLiteral("interval");
    }
    static const QSet<QString> plain = {
        QStringLiteral("text"),      QStringLiteral("bytea"),     QStringLiteral("uuid"),
        QStringLiteral("json"),      QStringLiteral("jsonb"),     QStringLiteral("date"),
        QStringLiteral("money"),     QStringLiteral("inet"),      QStringLiteral("cidr"),
        QStringLiteral("macaddr"),   QStringLiteral("xml"),       QStringLiteral("tsvector"),
        QStringLiteral("tsquery"),   QStringLiteral("oid"),       QStringLiteral("bit"),
        QStringLiteral("name"),      QStringLiteral("point"),     QStringLiteral("regclass"),
        QStringLiteral("int4range"), QStringLiteral("int8range"), QStringLiteral("daterange"),
        QStringLiteral("tsrange"),   QStringLiteral("tstzrange"), QStringLiteral("numrange"),
    };
    if (plain.contains(name))
        return name + args;
    *known = false;
    return {};
}

struct Domain {
    QString type;     // the base type's spelling
    QString enumName; // when the base type is an enum
    bool notNull = false;
    struct Check {
        QString name;
        int start = 0; // the verbatim text: a range of the script
        int end = 0;
        std::vector<int> valueAt; // script offsets of the VALUE keyword in it
    };
    std::vector<Check> checks;
};

struct Sequence {
    QString schema;
    QString name;
    QString ownerTable; // table key
    QString ownerColumn;
};

struct PendingNote {
    QString schema; // for the schema filter; empty: always kept
    ImportNote note;
};

class ScriptReader {
public:
    ScriptReader(std::string source, QStringList schemas)
        : m_src(std::move(source))
        , m_schemas(std::move(schemas)) {}

    void walk(const Json &tree);
    Catalog finish();

private:
    // Source text helpers (byte offsets into m_src).
    int skipSpace(int pos, int end) const;
    int skipToken(int pos, int end) const; // one quoted string/identifier/comment/char
    int matchParen(int open, int end) const;
    int expressionEnd(int start, int limit) const;
    QByteArray text(int start, int end, const std::vector<int> &values = {},
                    const QByteArray &replacement = {}) const;
    QByteArray parenthesised(int from, int end) const;
    int wordAt(int pos, const char *word) const;
    static void minLocation(const Json &node, int *min);
    static void valueRefs(const Json &node, std::vector<int> *out);

    // Names.
    QString creationSchema() const;
    std::pair<QString, QString> rangeVar(const Json &rv, bool existingTable) const;
    std::pair<QString, QString> qualify(const QStringList &names, bool existingTable) const;
    int table(const QString &schema, const QString &name) const;
    QString userType(const QStringList &names, const QHash<QString, QString> &known) const;
    QString typeSpelling(const Json &typeName, QString *enumName, const Domain **domain,
                         bool *serial) const;
    QString sequenceKey(const Json &expr) const;

    void note(const QString &schema, const QString &kind, const QString &object,
              const QString &detail);
    void ignored(const std::string &type) { ++m_ignored[type]; }

    // Statements.
    void statement(const Json &stmt, int start, int end);
    void createTable(const Json &s, int end);
    void addColumn(int t, const Json &def, int end);
    void tableConstraint(int t, const Json &c, int end);
    void alterTable(const Json &s, int end);
    void createIndex(const Json &s, int start, int end);
    void createDomain(const Json &s, int end);
    void comment(const Json &s);
    void setSearchPath(const QString &value);
    void dropTable(int t);
    void ownedBy(Sequence *seq, const Json &options);

    RawColumn *column(int t, const QString &name);
    QString freeConstraintName(int t, const QString &base) const;
    QString tableObject(int t) const { return objectName(m_tables[t].schema, m_tables[t].name); }

    std::string m_src;
    QStringList m_schemas;
    QStringList m_searchPath{kPublic};
    std::vector<RawTable> m_tables;
    std::vector<bool> m_alive;
    QHash<QString, int> m_tableIndex;
    std::vector<RawEnum> m_enums;
    QHash<QString, QString> m_enumNames; // key -> spelling
    std::map<QString, Domain> m_domains;
    QHash<QString, QString> m_domainKeys; // the keys of m_domains, for userType()
    std::vector<Sequence> m_sequences;
    QHash<QString, int> m_sequenceIndex;
    QHash<QString, QString> m_nextval; // table key + '\n' + column -> sequence key
    std::vector<PendingNote> m_notes;
    std::map<std::string, int> m_ignored;
};

// ---- source text ---------------------------------------------------------------------------

int ScriptReader::skipToken(int pos, int end) const {
    const char c = m_src[pos];
    auto until = [&](int from, const std::string &close) {
        const size_t at = m_src.find(close, from);
        return at == std::string::npos || int(at) >= end ? end : int(at + close.size());
    };
    if (c == '-' && pos + 1 < end && m_src[pos + 1] == '-')
        return until(pos, "\n");
    if (c == '/' && pos + 1 < end && m_src[pos + 1] == '*')
        return until(pos + 2, "*/");
    if (c == '\'' || c == '"') {
        // A doubled quote inside is two adjacent quoted tokens, which is the same extent.
        // E'..\'..' escapes: a backslash skips the next character.
        const bool escapes =
            c == '\'' && pos > 0 && (m_src[pos - 1] == 'E' || m_src[pos - 1] == 'e');
        for (int i = pos + 1; i < end; ++i) {
            if (escapes && m_src[i] == '\\')
                ++i;
            else if (m_src[i] == c)
                return i + 1;
        }
        return end;
    }
    if (c == '$') {
        int i = pos + 1;
        while (i < end && (std::isalnum(static_cast<unsigned char>(m_src[i])) || m_src[i] == '_'))
            ++i;
        if (i < end && m_src[i] == '$'
            && !(i > pos + 1 && std::isdigit(static_cast<unsigned char>(m_src[pos + 1])))) {
            const std::string tag = m_src.substr(pos, i - pos + 1);
            return until(i + 1, tag);
        }
    }
    return pos + 1;
}

int ScriptReader::skipSpace(int pos, int end) const {
    while (pos < end) {
        const char c = m_src[pos];
        if (std::isspace(static_cast<unsigned char>(c)))
            ++pos;
        else if ((c == '-' && pos + 1 < end && m_src[pos + 1] == '-')
                 || (c == '/' && pos + 1 < end && m_src[pos + 1] == '*'))
            pos = skipToken(pos, end);
        else
            break;
    }
    return pos;
}

int ScriptReader::matchParen(int open, int end) const {
    int depth = 0;
    for (int i = open; i < end;) {
        const char c = m_src[i];
        if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i;
        i = skipToken(i, end);
    }
    return end;
}

// Where an expression starting at `start` ends: a `,` or `)` outside parentheses, or `limit`.
int ScriptReader::expressionEnd(int start, int limit) const {
    int depth = 0;
    int i = start;
    while (i < limit) {
        const char c = m_src[i];
        if (c == '(')
            ++depth;
        else if (c == ')') {
            if (depth == 0)
                break;
            --depth;
        } else if ((c == ',' || c == ';') && depth == 0)
            break;
        i = skipToken(i, limit);
    }
    return std::min(i, limit);
}

// The source between `start` and `end` without its `--` comments (which would swallow the rest of
// the expression once it is written on one line) and outer blanks; the words at the offsets in
// `values` (a domain check's VALUE) are replaced by `replacement`.
QByteArray ScriptReader::text(int start, int end, const std::vector<int> &values,
                              const QByteArray &replacement) const {
    QByteArray out;
    out.reserve(end - start);
    auto value = values.begin();
    for (int i = start; i < end;) {
        if (m_src[i] == '-' && i + 1 < end && m_src[i + 1] == '-') {
            while (i < end && m_src[i] != '\n')
                ++i;
            continue;
        }
        while (value != values.end() && *value < i)
            ++value;
        if (value != values.end() && *value == i) {
            out += replacement;
            i += 5;
            continue;
        }
        const int next = skipToken(i, end);
        out.append(m_src.data() + i, next - i);
        i = next;
    }
    return out.trimmed();
}

// The text inside the first parentheses at or after `from`.
QByteArray ScriptReader::parenthesised(int from, int end) const {
    int i = from;
    while (i < end && m_src[i] != '(')
        i = skipToken(i, end);
    if (i >= end)
        return {};
    const int close = matchParen(i, end);
    return text(i + 1, close);
}

// The offset just after `word` when the source at `pos` is that keyword, else -1.
int ScriptReader::wordAt(int pos, const char *word) const {
    const int n = int(std::strlen(word));
    if (pos + n > int(m_src.size()) || qstrnicmp(m_src.data() + pos, word, n) != 0)
        return -1;
    if (pos + n < int(m_src.size())
        && (std::isalnum(static_cast<unsigned char>(m_src[pos + n])) || m_src[pos + n] == '_'))
        return -1;
    return pos + n;
}

void ScriptReader::minLocation(const Json &node, int *min) {
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() == "location" && it->is_number_integer()) {
                const int l = it->get<int>();
                if (l >= 0 && l < *min)
                    *min = l;
            } else if (it->is_structured()) {
                minLocation(*it, min);
            }
        }
    } else if (node.is_array()) {
        for (const Json &item : node)
            minLocation(item, min);
    }
}

// The locations of the `VALUE` references of a domain check.
void ScriptReader::valueRefs(const Json &node, std::vector<int> *out) {
    if (node.is_array()) {
        for (const Json &item : node)
            valueRefs(item, out);
        return;
    }
    if (!node.is_object())
        return;
    if (nodeType(node) == "ColumnRef") {
        const Json &f = fields(node);
        if (stringList(member(f, "fields")) == QStringList{QStringLiteral("value")})
            out->push_back(integer(f, "location", -1));
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it)
        if (it->is_structured())
            valueRefs(*it, out);
}

// ---- names ---------------------------------------------------------------------------------

QString ScriptReader::creationSchema() const {
    for (const QString &s : m_searchPath)
        if (s != QLatin1String("$user") && s != QLatin1String("pg_catalog") && !s.isEmpty())
            return s;
    return kPublic;
}

std::pair<QString, QString> ScriptReader::qualify(const QStringList &names,
                                                  bool existingTable) const {
    if (names.size() >= 2)
        return {names.at(names.size() - 2), names.last()};
    const QString name = names.value(0);
    if (existingTable) {
        for (const QString &s : m_searchPath)
            if (m_tableIndex.contains(key(s, name)))
                return {s, name};
    }
    return {creationSchema(), name};
}

std::pair<QString, QString> ScriptReader::rangeVar(const Json &rv, bool existingTable) const {
    QStringList names;
    if (!str(rv, "schemaname").isEmpty())
        names << str(rv, "schemaname");
    names << str(rv, "relname");
    return qualify(names, existingTable);
}

int ScriptReader::table(const QString &schema, const QString &name) const {
    return m_tableIndex.value(key(schema, name), -1);
}

// The key of a user type (enum or domain) among `known`, or empty.
QString ScriptReader::userType(const QStringList &names,
                               const QHash<QString, QString> &known) const {
    if (names.size() >= 2) {
        const QString k = key(names.at(names.size() - 2), names.last());
        return known.contains(k) ? k : QString();
    }
    QStringList path = m_searchPath;
    path << kPublic;
    for (const QString &s : path)
        if (known.contains(key(s, names.value(0))))
            return key(s, names.value(0));
    return {};
}

QString ScriptReader::typeSpelling(const Json &tn, QString *enumName, const Domain **domain,
                                   bool *serial) const {
    *domain = nullptr;
    *serial = false;
    enumName->clear();
    QStringList names = stringList(member(tn, "names"));
    QStringList mods;
    for (const Json &m : member(tn, "typmods")) {
        if (nodeType(m) == "A_Const")
            mods << constText(m);
        else if (nodeType(m) == "ColumnRef")
            mods << stringList(member(fields(m), "fields")).join(QLatin1Char('.'));
    }
    const QString array = member(tn, "arrayBounds").is_array() && !member(tn, "arrayBounds").empty()
                              ? QStringLiteral("[]")
                              : QString();
    if (names.size() == 2 && names.first() == QLatin1String("pg_catalog"))
        names.removeFirst();

    if (const QString k = userType(names, m_domainKeys); !k.isEmpty()) {
        const Domain &d = m_domains.at(k);
        *domain = &d;
        *enumName = d.enumName;
        return d.type + array;
    }
    if (const QString k = userType(names, m_enumNames); !k.isEmpty()) {
        *enumName = m_enumNames.value(k);
        return *enumName + array;
    }
    if (names.size() == 1) {
        static const QHash<QString, QString> serials = {
            {QStringLiteral("serial"), QStringLiteral("integer")},
            {QStringLiteral("serial4"), QStringLiteral("integer")},
            {QStringLiteral("bigserial"), QStringLiteral("bigint")},
            {QStringLiteral("serial8"), QStringLiteral("bigint")},
            {QStringLiteral("smallserial"), QStringLiteral("smallint")},
            {QStringLiteral("serial2"), QStringLiteral("smallint")},
        };
        if (serials.contains(names.first()) && array.isEmpty()) {
            *serial = true;
            return serials.value(names.first());
        }
        bool known = false;
        const QString builtin = builtinType(names.first(), mods, &known);
        if (known)
            return builtin + array;
    }
    // Anything else (extension types, unknown types) stays as written, unqualified in public.
    if (names.size() == 2 && names.first() == kPublic)
        names.removeFirst();
    QStringList quoted;
    for (const QString &n : names)
        quoted << quoteIdent(n);
    QString spelling = quoted.join(QLatin1Char('.'));
    if (!mods.isEmpty()) {
        // Extension types keep their modifiers as written: geometry(Point,4326).
        int open = integer(tn, "location");
        const int limit = int(m_src.size());
        while (open < limit && m_src[open] != '(')
            open = skipToken(open, limit);
        const int close = matchParen(open, limit);
        const QByteArray verbatim = text(open + 1, close);
        spelling +=
            QLatin1Char('(')
            + (verbatim.isEmpty() ? mods.join(QLatin1Char(',')) : QString::fromUtf8(verbatim))
            + QLatin1Char(')');
    }
    return spelling + array;
}

// The sequence of a `nextval('seq'::regclass)` default, as a key; empty otherwise.
QString ScriptReader::sequenceKey(const Json &expr) const {
    if (nodeType(expr) != "FuncCall")
        return {};
    const Json &f = fields(expr);
    const QStringList fn = stringList(member(f, "funcname"));
    if (fn.isEmpty() || fn.last() != QLatin1String("nextval") || member(f, "args").size() != 1)
        return {};
    Json arg = member(f, "args")[0];
    if (nodeType(arg) == "TypeCast")
        arg = member(fields(arg), "arg");
    if (nodeType(arg) != "A_Const")
        return {};
    // The regclass literal: dotted names, unquoted parts folded to lower case.
    const QString literal = constText(arg);
    QStringList parts;
    QString current;
    bool quoted = false;
    for (int i = 0; i < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < literal.size() && literal.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += quoted ? c : c.toLower();
        }
    }
    parts << current;
    if (parts.size() >= 2)
        return key(parts.at(parts.size() - 2), parts.last());
    QStringList path = m_searchPath;
    path << kPublic;
    for (const QString &s : path)
        if (m_sequenceIndex.contains(key(s, parts.first())))
            return key(s, parts.first());
    return key(creationSchema(), parts.first());
}

void ScriptReader::note(const QString &schema, const QString &kind, const QString &object,
                        const QString &detail) {
    m_notes.push_back({schema, ImportNote{kind, object, detail}});
}

RawColumn *ScriptReader::column(int t, const QString &name) {
    for (RawColumn &c : m_tables[t].columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

// PostgreSQL's own choice for an unnamed constraint: the base name, else base1, base2, ...
QString ScriptReader::freeConstraintName(int t, const QString &base) const {
    const RawTable &table = m_tables[t];
    auto taken = [&](const QString &name) {
        for (const RawCheck &c : table.checks)
            if (c.name == name)
                return true;
        for (const RawUnique &u : table.uniques)
            if (u.name == name)
                return true;
        for (const RawForeignKey &fk : table.foreignKeys)
            if (fk.name == name)
                return true;
        return false;
    };
    QString name = base;
    for (int i = 1; taken(name); ++i)
        name = base + QString::number(i);
    return name;
}

void ScriptReader::dropTable(int t) {
    m_alive[t] = false;
    m_tableIndex.remove(key(m_tables[t].schema, m_tables[t].name));
}

// ---- statements ----------------------------------------------------------------------------

void ScriptReader::walk(const Json &tree) {
    const Json &stmts = member(tree, "stmts");
    for (const Json &raw : stmts) {
        const int start = integer(raw, "stmt_location");
        const int len = integer(raw, "stmt_len");
        const int end = len > 0 ? start + len : int(m_src.size());
        statement(member(raw, "stmt"), start, end);
    }
}

void ScriptReader::statement(const Json &stmt, int start, int end) {
    const std::string type = nodeType(stmt);
    const Json &s = fields(stmt);
    if (type == "CreateStmt") {
        createTable(s, end);
    } else if (type == "AlterTableStmt") {
        alterTable(s, end);
    } else if (type == "IndexStmt") {
        createIndex(s, start, end);
    } else if (type == "CreateEnumStmt") {
        const auto [schema, name] = qualify(stringList(member(s, "typeName")), false);
        RawEnum e;
        e.schema = schema == kPublic ? QString() : schema;
        e.name = name;
        e.values = stringList(member(s, "vals"));
        m_enums.push_back(e);
        m_enumNames.insert(key(schema, name),
                           schema == kPublic
                               ? quoteIdent(name)
                               : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(name));
    } else if (type == "CreateDomainStmt") {
        createDomain(s, end);
    } else if (type == "CommentStmt") {
        comment(s);
    } else if (type == "CreateSeqStmt") {
        const auto [schema, name] = rangeVar(member(s, "sequence"), false);
        const QString k = key(schema, name);
        if (!m_sequenceIndex.contains(k)) {
            m_sequenceIndex.insert(k, int(m_sequences.size()));
            m_sequences.push_back({schema, name, {}, {}});
        }
        ownedBy(&m_sequences[m_sequenceIndex.value(k)], member(s, "options"));
    } else if (type == "AlterSeqStmt") {
        const auto [schema, name] = rangeVar(member(s, "sequence"), false);
        const int i = m_sequenceIndex.value(key(schema, name), -1);
        if (i >= 0)
            ownedBy(&m_sequences[i], member(s, "options"));
    } else if (type == "ViewStmt") {
        const auto [schema, name] = rangeVar(member(s, "view"), false);
        note(schema, QStringLiteral("view"), objectName(schema, name),
             QStringLiteral("not imported: views are not part of the model"));
    } else if (type == "CreateTableAsStmt") {
        if (str(s, "objtype") == QLatin1String("OBJECT_MATVIEW")) {
            const auto [schema, name] = rangeVar(member(member(s, "into"), "rel"), false);
            note(schema, QStringLiteral("materializedView"), objectName(schema, name),
                 QStringLiteral("not imported: materialized views are not part of the model"));
        } else {
            ignored(type);
        }
    } else if (type == "CreateFunctionStmt") {
        const auto [schema, name] = qualify(stringList(member(s, "funcname")), false);
        const bool procedure = boolean(s, "is_procedure");
        note(schema, procedure ? QStringLiteral("procedure") : QStringLiteral("function"),
             objectName(schema, name),
             procedure ? QStringLiteral("not imported: procedures are not part of the model")
                       : QStringLiteral("not imported: functions are not part of the model"));
    } else if (type == "CreateTrigStmt") {
        const auto [schema, name] = rangeVar(member(s, "relation"), true);
        note(schema, QStringLiteral("trigger"),
             objectName(schema, name) + QLatin1Char('.') + str(s, "trigname"),
             QStringLiteral("not imported: triggers are not part of the model"));
    } else if (type == "RuleStmt") {
        const auto [schema, name] = rangeVar(member(s, "relation"), true);
        note(schema, QStringLiteral("rule"),
             objectName(schema, name) + QLatin1Char('.') + str(s, "rulename"),
             QStringLiteral("not imported: rules are not part of the model"));
    } else if (type == "CreatePolicyStmt") {
        const auto [schema, name] = rangeVar(member(s, "table"), true);
        note(schema, QStringLiteral("policy"),
             objectName(schema, name) + QLatin1Char('.') + str(s, "policy_name"),
             QStringLiteral("not imported: row security policies are not part of the model"));
    } else if (type == "CreateExtensionStmt") {
        note({}, QStringLiteral("extension"), str(s, "extname"),
             QStringLiteral("not imported: extensions are not part of the model"));
    } else if (type == "DefineStmt" && str(s, "kind") == QLatin1String("OBJECT_COLLATION")) {
        const auto [schema, name] = qualify(stringList(member(s, "defnames")), false);
        note(schema, QStringLiteral("collation"), objectName(schema, name),
             QStringLiteral("not imported: collations are not part of the model"));
    } else if (type == "DefineStmt" && str(s, "kind") == QLatin1String("OBJECT_AGGREGATE")) {
        const auto [schema, name] = qualify(stringList(member(s, "defnames")), false);
        note(schema, QStringLiteral("function"), objectName(schema, name),
             QStringLiteral("not imported: aggregate functions are not part of the model"));
    } else if (type == "CompositeTypeStmt") {
        const auto [schema, name] = rangeVar(member(s, "typevar"), false);
        note(schema, QStringLiteral("type"), objectName(schema, name),
             QStringLiteral("not imported: composite types are not part of the model"));
    } else if (type == "CreateRangeStmt") {
        const auto [schema, name] = qualify(stringList(member(s, "typeName")), false);
        note(schema, QStringLiteral("type"), objectName(schema, name),
             QStringLiteral("not imported: range types are not part of the model"));
    } else if (type == "VariableSetStmt") {
        if (str(s, "name") == QLatin1String("search_path")) {
            if (str(s, "kind") == QLatin1String("VAR_SET_VALUE")) {
                QStringList values;
                for (const Json &a : member(s, "args"))
                    values
                        << (nodeType(a) == "A_Const"
                                ? constText(a)
                                : stringList(member(fields(a), "fields")).join(QLatin1Char('.')));
                setSearchPath(values.join(QLatin1Char(',')));
            } else {
                m_searchPath = {kPublic};
            }
        }
    } else if (type == "SelectStmt") {
        // pg_dump's `SELECT pg_catalog.set_config(...)` and `setval(...)`, or a script's
        // `SELECT 'Loading...'`: no schema in them.
        bool calls = member(s, "targetList").is_array() && !member(s, "fromClause").is_array();
        for (const Json &target : member(s, "targetList")) {
            const Json &val = member(fields(target), "val");
            if (nodeType(val) != "FuncCall") {
                calls = calls && nodeType(val) == "A_Const";
                continue;
            }
            const Json &f = fields(val);
            const QStringList fn = stringList(member(f, "funcname"));
            const Json &args = member(f, "args");
            if (!fn.isEmpty() && fn.last() == QLatin1String("set_config") && args.size() >= 2
                && constText(args[0]) == QLatin1String("search_path"))
                setSearchPath(constText(args[1]));
        }
        if (!calls)
            ignored(type);
    } else if (type == "DropStmt") {
        if (str(s, "removeType") == QLatin1String("OBJECT_TABLE")) {
            for (const Json &object : member(s, "objects")) {
                const auto [schema, name] =
                    qualify(stringList(member(fields(object), "items")), true);
                const int t = table(schema, name);
                if (t >= 0)
                    dropTable(t);
            }
        }
    } else if (type == "CreateSchemaStmt") {
        // CREATE SCHEMA s CREATE TABLE t ...: the elements are created in that schema.
        const QStringList saved = m_searchPath;
        m_searchPath = {str(s, "schemaname")};
        for (const Json &element : member(s, "schemaElts"))
            statement(element, start, end);
        m_searchPath = saved;
    } else if (type == "ClusterStmt" || type == "CreatedbStmt" || type == "DropdbStmt"
               || type == "TransactionStmt" || type == "GrantStmt" || type == "GrantRoleStmt"
               || type == "AlterOwnerStmt" || type == "AlterDefaultPrivilegesStmt"
               || type == "InsertStmt" || type == "CopyStmt" || type == "UpdateStmt"
               || type == "DeleteStmt" || type == "VariableShowStmt") {
        // Nothing of the model in them.
    } else {
        ignored(type);
    }
}

void ScriptReader::setSearchPath(const QString &value) {
    m_searchPath.clear();
    for (QString part : value.split(QLatin1Char(','))) {
        part = part.trimmed();
        if (part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"'))
            && part.size() >= 2)
            part = part.mid(1, part.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
        else
            part = part.toLower();
        if (!part.isEmpty())
            m_searchPath << part;
    }
}

void ScriptReader::ownedBy(Sequence *seq, const Json &options) {
    for (const Json &o : options) {
        const Json &d = fields(o);
        if (str(d, "defname") != QLatin1String("owned_by"))
            continue;
        QStringList names = stringList(member(fields(member(d, "arg")), "items"));
        if (names.isEmpty())
            names = stringList(member(d, "arg"));
        if (names.size() < 2) { // OWNED BY NONE
            seq->ownerTable.clear();
            seq->ownerColumn.clear();
            continue;
        }
        const QString col = names.takeLast();
        const auto [schema, name] = qualify(names, true);
        seq->ownerTable = key(schema, name);
        seq->ownerColumn = col;
    }
}

void ScriptReader::createTable(const Json &s, int end) {
    const auto [schema, name] = rangeVar(member(s, "relation"), false);
    const QString object = objectName(schema, name);
    if (m_tableIndex.contains(key(schema, name))) {
        if (!boolean(s, "if_not_exists"))
            dropTable(m_tableIndex.value(key(schema, name)));
        else
            return;
    }
    if (member(s, "partbound").is_object()) {
        const Json &parents = member(s, "inhRelations");
        QString parent;
        if (parents.is_array() && !parents.empty()) {
            const auto [ps, pn] = rangeVar(fields(parents[0]), true);
            parent = objectName(ps, pn);
        }
        note(schema, QStringLiteral("partition"), object,
             QStringLiteral("not imported: a partition of %1; the partitioned table is kept")
                 .arg(parent));
        return;
    }
    if (member(s, "inhRelations").is_array() && !member(s, "inhRelations").empty()) {
        const auto [ps, pn] = rangeVar(fields(member(s, "inhRelations")[0]), true);
        note(schema, QStringLiteral("inheritance"), object,
             QStringLiteral(
                 "not imported: inherits from %1; table inheritance is not part of the model")
                 .arg(objectName(ps, pn)));
        return;
    }
    if (str(member(s, "relation"), "relpersistence") == QLatin1String("t"))
        return; // temporary tables are not part of a schema

    const int t = int(m_tables.size());
    RawTable table;
    table.schema = schema;
    table.name = name;
    m_tables.push_back(table);
    m_alive.push_back(true);
    m_tableIndex.insert(key(schema, name), t);
    if (member(s, "partspec").is_object())
        note(schema, QStringLiteral("partitionedTable"), object,
             QStringLiteral("kept as a plain table: partitioning is not kept"));
    for (const Json &elt : member(s, "tableElts")) {
        const std::string type = nodeType(elt);
        if (type == "ColumnDef")
            addColumn(t, fields(elt), end);
        else if (type == "Constraint")
            tableConstraint(t, fields(elt), end);
        else
            note(schema, QStringLiteral("statement"), object,
                 QStringLiteral("ignored: %1 in the table definition").arg(qs(type)));
    }
}

void ScriptReader::addColumn(int t, const Json &def, int end) {
    RawColumn col;
    col.name = str(def, "colname");
    const QString tableKey = key(m_tables[t].schema, m_tables[t].name);
    const QString object = tableObject(t) + QLatin1Char('.') + col.name;
    const Domain *domain = nullptr;
    bool serial = false;
    col.type = typeSpelling(member(def, "typeName"), &col.enumName, &domain, &serial);
    col.identity = serial;
    col.notNull = serial; // as PostgreSQL does for serial columns
    if (domain) {
        col.notNull = col.notNull || domain->notNull;
        for (const Domain::Check &check : domain->checks) {
            const QByteArray expr =
                text(check.start, check.end, check.valueAt, quoteIdent(col.name).toUtf8());
            m_tables[t].checks.push_back(
                {m_tables[t].name + QLatin1Char('_') + col.name + QLatin1Char('_') + check.name,
                 QString::fromUtf8(expr)});
        }
        const QString typeName =
            stringList(member(member(def, "typeName"), "names")).join(QLatin1Char('.'));
        note(
            m_tables[t].schema, QStringLiteral("domain"), object,
            domain->checks.empty()
                ? QStringLiteral("kept as its base type %1 (domain %2)").arg(domain->type, typeName)
                : QStringLiteral("kept as its base type %1 plus a check constraint (domain %2)")
                      .arg(domain->type, typeName));
    }
    if (boolean(def, "is_not_null"))
        col.notNull = true;
    const Json &constraints = member(def, "constraints");
    m_tables[t].columns.push_back(col);
    const size_t n = constraints.is_array() ? constraints.size() : 0;
    for (size_t i = 0; i < n; ++i) {
        const Json &c = fields(constraints[i]);
        const QString contype = str(c, "contype");
        const int loc = integer(c, "location");
        RawColumn &column = m_tables[t].columns.back();
        if (contype == QLatin1String("CONSTR_NOTNULL")) {
            column.notNull = true;
        } else if (contype == QLatin1String("CONSTR_NULL")) {
            column.notNull = false;
        } else if (contype == QLatin1String("CONSTR_DEFAULT")) {
            int p = loc;
            if (int after = wordAt(p, "constraint"); after >= 0) {
                p = skipSpace(after, end);
                p = m_src[p] == '"' ? skipToken(p, end) : p;
                while (p < end
                       && (std::isalnum(static_cast<unsigned char>(m_src[p])) || m_src[p] == '_'))
                    ++p;
                p = skipSpace(p, end);
            }
            if (int after = wordAt(p, "default"); after >= 0)
                p = after;
            const int limit =
                i + 1 < n ? integer(fields(constraints[i + 1]), "location", end) : end;
            column.defaultSql = QString::fromUtf8(text(p, expressionEnd(p, std::min(limit, end))));
            const QString seq = sequenceKey(member(c, "raw_expr"));
            if (!seq.isEmpty())
                m_nextval.insert(tableKey + QLatin1Char('\n') + column.name, seq);
        } else if (contype == QLatin1String("CONSTR_IDENTITY")) {
            column.identity = true;
            column.notNull = true;
        } else if (contype == QLatin1String("CONSTR_GENERATED")) {
            column.generated = QString::fromUtf8(parenthesised(loc, end));
        } else if (contype == QLatin1String("CONSTR_PRIMARY")
                   || contype == QLatin1String("CONSTR_UNIQUE")
                   || contype == QLatin1String("CONSTR_FOREIGN")
                   || contype == QLatin1String("CONSTR_CHECK")) {
            Json copy = c;
            const Json names =
                Json::array({Json{{"String", {{"sval", column.name.toStdString()}}}}});
            if (contype == QLatin1String("CONSTR_FOREIGN"))
                copy["fk_attrs"] = names;
            else if (contype != QLatin1String("CONSTR_CHECK"))
                copy["keys"] = names;
            else if (!copy.contains("conname"))
                copy["conname"] = QString(m_tables[t].name + QLatin1Char('_') + column.name
                                          + QLatin1String("_check"))
                                      .toStdString();
            tableConstraint(t, copy, end);
        }
    }
}

void ScriptReader::tableConstraint(int t, const Json &c, int end) {
    RawTable &table = m_tables[t];
    const QString contype = str(c, "contype");
    QString name = str(c, "conname");
    const QStringList keys = stringList(member(c, "keys"));
    if (contype == QLatin1String("CONSTR_PRIMARY")) {
        table.primaryKey = keys;
    } else if (contype == QLatin1String("CONSTR_UNIQUE")) {
        if (name.isEmpty())
            name = freeConstraintName(t, table.name + QLatin1Char('_') + keys.join(QLatin1Char('_'))
                                             + QLatin1String("_key"));
        table.uniques.push_back({name, keys});
    } else if (contype == QLatin1String("CONSTR_FOREIGN")) {
        RawForeignKey fk;
        fk.columns = stringList(member(c, "fk_attrs"));
        fk.name = name.isEmpty() ? freeConstraintName(t, table.name + QLatin1Char('_')
                                                             + fk.columns.join(QLatin1Char('_'))
                                                             + QLatin1String("_fkey"))
                                 : name;
        const auto [schema, refName] = rangeVar(member(c, "pktable"), true);
        fk.refSchema = schema == kPublic ? QString() : schema;
        fk.refTable = refName;
        fk.refColumns = stringList(member(c, "pk_attrs"));
        auto action = [](const QString &letter) {
            if (letter == QLatin1String("r"))
                return QStringLiteral("RESTRICT");
            if (letter == QLatin1String("c"))
                return QStringLiteral("CASCADE");
            if (letter == QLatin1String("n"))
                return QStringLiteral("SET NULL");
            if (letter == QLatin1String("d"))
                return QStringLiteral("SET DEFAULT");
            return QString();
        };
        fk.onDelete = action(str(c, "fk_del_action"));
        fk.onUpdate = action(str(c, "fk_upd_action"));
        table.foreignKeys.push_back(fk);
    } else if (contype == QLatin1String("CONSTR_CHECK")) {
        if (name.isEmpty())
            name = freeConstraintName(t, table.name + QLatin1String("_check"));
        table.checks.push_back(
            {name, QString::fromUtf8(parenthesised(integer(c, "location"), end))});
    } else if (contype == QLatin1String("CONSTR_EXCLUSION")) {
        note(table.schema, QStringLiteral("exclusionConstraint"),
             tableObject(t) + QLatin1Char('.')
                 + (name.isEmpty() ? table.name + QLatin1String("_excl") : name),
             QStringLiteral("not imported: exclusion constraints are not part of the model"));
    }
}

void ScriptReader::alterTable(const Json &s, int end) {
    if (str(s, "objtype") != QLatin1String("OBJECT_TABLE"))
        return; // ALTER INDEX/SEQUENCE/VIEW ...: OWNER TO, ATTACH PARTITION of indexes
    const auto [schema, name] = rangeVar(member(s, "relation"), true);
    const int t = table(schema, name);
    if (t < 0)
        return;
    const QString tableKey = key(schema, name);
    for (const Json &cmdNode : member(s, "cmds")) {
        const Json &cmd = fields(cmdNode);
        const QString subtype = str(cmd, "subtype");
        const QString colName = str(cmd, "name");
        const Json &def = member(cmd, "def");
        if (subtype == QLatin1String("AT_AddConstraint")) {
            tableConstraint(t, fields(def), end);
        } else if (subtype == QLatin1String("AT_AddColumn")) {
            addColumn(t, fields(def), end);
        } else if (subtype == QLatin1String("AT_ColumnDefault")) {
            RawColumn *col = column(t, colName);
            if (!col)
                continue;
            m_nextval.remove(tableKey + QLatin1Char('\n') + colName);
            if (def.is_null()) {
                col->defaultSql.clear();
                continue;
            }
            int start = int(m_src.size());
            minLocation(def, &start);
            // `SET DEFAULT (expr)`: the opening parentheses have no node of their own.
            for (int p = start - 1; p > 0; --p) {
                if (m_src[p] == '(')
                    start = p;
                else if (!std::isspace(static_cast<unsigned char>(m_src[p])))
                    break;
            }
            col->defaultSql = QString::fromUtf8(text(start, expressionEnd(start, end)));
            const QString seq = sequenceKey(def);
            if (!seq.isEmpty())
                m_nextval.insert(tableKey + QLatin1Char('\n') + colName, seq);
        } else if (subtype == QLatin1String("AT_SetNotNull")) {
            if (RawColumn *col = column(t, colName))
                col->notNull = true;
        } else if (subtype == QLatin1String("AT_DropNotNull")) {
            if (RawColumn *col = column(t, colName))
                col->notNull = false;
        } else if (subtype == QLatin1String("AT_AddIdentity")) {
            if (RawColumn *col = column(t, colName)) {
                col->identity = true;
                col->notNull = true;
            }
        } else if (subtype == QLatin1String("AT_DropColumn")) {
            auto &cols = m_tables[t].columns;
            cols.erase(std::remove_if(cols.begin(), cols.end(),
                                      [&](const RawColumn &c) { return c.name == colName; }),
                       cols.end());
        } else if (subtype == QLatin1String("AT_AttachPartition")) {
            const auto [ps, pn] = rangeVar(member(fields(def), "name"), true);
            const int p = table(ps, pn);
            if (p >= 0) {
                dropTable(p);
                note(
                    ps, QStringLiteral("partition"), objectName(ps, pn),
                    QStringLiteral("not imported: a partition of %1; the partitioned table is kept")
                        .arg(objectName(schema, name)));
            }
        }
        // OWNER TO, row security, statistics, replica identity, ...: nothing of the model.
    }
}

void ScriptReader::createIndex(const Json &s, int start, int end) {
    const auto [schema, tableName] = rangeVar(member(s, "relation"), true);
    const int t = table(schema, tableName);
    if (t < 0)
        return;
    RawIndex index;
    index.unique = boolean(s, "unique");
    bool expression = false;
    for (const Json &param : member(s, "indexParams")) {
        const Json &e = fields(param);
        if (member(e, "expr").is_object())
            expression = true;
        else
            index.columns << str(e, "name");
    }
    index.name = str(s, "idxname");
    if (index.name.isEmpty())
        index.name = tableName + QLatin1Char('_') + index.columns.join(QLatin1Char('_'))
                     + (expression ? QLatin1String("expr") : QString()) + QLatin1String("_idx");
    const QString object = tableObject(t) + QLatin1Char('.') + index.name;
    const QString method = str(s, "accessMethod");
    if (!method.isEmpty() && method != QLatin1String("btree")) {
        note(schema, QStringLiteral("index"), object,
             QStringLiteral("not imported: %1 indexes are not part of the model").arg(method));
        return;
    }
    if (expression) {
        note(schema, QStringLiteral("expressionIndex"), object,
             QStringLiteral("not imported: indexes on expressions are not part of the model"));
        return;
    }
    if (member(s, "whereClause").is_object()) {
        // The predicate is everything after the WHERE that stands outside parentheses.
        int depth = 0;
        for (int i = start; i < end;) {
            const char c = m_src[i];
            if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
            else if (depth == 0 && (c == 'w' || c == 'W')
                     && (i == 0
                         || !(std::isalnum(static_cast<unsigned char>(m_src[i - 1]))
                              || m_src[i - 1] == '_'))) {
                if (const int after = wordAt(i, "where"); after >= 0) {
                    index.where = QString::fromUtf8(text(after, end));
                    break;
                }
            }
            i = skipToken(i, end);
        }
    }
    m_tables[t].indexes.push_back(index);
}

void ScriptReader::createDomain(const Json &s, int end) {
    const auto [schema, name] = qualify(stringList(member(s, "domainname")), false);
    Domain domain;
    const Domain *base = nullptr;
    bool serial = false;
    domain.type = typeSpelling(member(s, "typeName"), &domain.enumName, &base, &serial);
    if (base) {
        domain.notNull = base->notNull;
        domain.checks = base->checks;
    }
    for (const Json &node : member(s, "constraints")) {
        const Json &c = fields(node);
        const QString contype = str(c, "contype");
        if (contype == QLatin1String("CONSTR_NOTNULL")) {
            domain.notNull = true;
        } else if (contype == QLatin1String("CONSTR_CHECK")) {
            // The verbatim text inside CHECK ( ... ), with the offsets of VALUE in it.
            int open = integer(c, "location");
            while (open < end && m_src[open] != '(')
                open = skipToken(open, end);
            const int close = matchParen(open, end);
            Domain::Check check;
            check.name = str(c, "conname");
            if (check.name.isEmpty())
                check.name = QStringLiteral("check");
            check.start = open + 1;
            check.end = close;
            std::vector<int> refs;
            valueRefs(member(c, "raw_expr"), &refs);
            std::sort(refs.begin(), refs.end());
            for (int r : refs)
                if (r >= check.start && m_src[r] != '"')
                    check.valueAt.push_back(r);
            domain.checks.push_back(check);
        }
    }
    m_domains[key(schema, name)] = domain;
    m_domainKeys.insert(key(schema, name), key(schema, name));
}

void ScriptReader::comment(const Json &s) {
    const QString objtype = str(s, "objtype");
    const bool isTable = objtype == QLatin1String("OBJECT_TABLE");
    if (!isTable && objtype != QLatin1String("OBJECT_COLUMN"))
        return;
    QStringList names = stringList(member(fields(member(s, "object")), "items"));
    const QString text = str(s, "comment");
    const QString col = isTable ? QString() : names.takeLast();
    const auto [schema, name] = qualify(names, true);
    const int t = table(schema, name);
    if (t < 0)
        return;
    if (isTable)
        m_tables[t].comment = text;
    else if (RawColumn *c = column(t, col))
        c->comment = text;
}

Catalog ScriptReader::finish() {
    // A nextval() default is a serial column when its sequence is owned by that very column, or
    // is owned by nothing and serves that column alone (hand-written and older dumps).
    QHash<QString, int> users;
    for (auto it = m_nextval.cbegin(); it != m_nextval.cend(); ++it)
        if (m_tableIndex.contains(it.key().left(it.key().indexOf(QLatin1Char('\n')))))
            ++users[it.value()];
    QSet<QString> absorbed;
    for (auto it = m_nextval.cbegin(); it != m_nextval.cend(); ++it) {
        const int si = m_sequenceIndex.value(it.value(), -1);
        if (si < 0)
            continue;
        const Sequence &seq = m_sequences[si];
        const qsizetype nl = it.key().indexOf(QLatin1Char('\n'));
        const QString tableKey = it.key().left(nl);
        const QString col = it.key().mid(nl + 1);
        const bool owned = seq.ownerTable == tableKey && seq.ownerColumn == col;
        if (!owned && !(seq.ownerTable.isEmpty() && users.value(it.value()) == 1))
            continue;
        const int t = m_tableIndex.value(tableKey, -1);
        if (t < 0)
            continue;
        if (RawColumn *c = column(t, col)) {
            c->identity = true;
            c->defaultSql.clear();
            absorbed.insert(it.value());
        }
    }
    // PostgreSQL makes the primary key's columns NOT NULL.
    for (RawTable &t : m_tables)
        for (RawColumn &c : t.columns)
            if (t.primaryKey.contains(c.name))
                c.notNull = true;
    for (const Sequence &seq : m_sequences) {
        const QString k = key(seq.schema, seq.name);
        if (absorbed.contains(k))
            continue;
        // A sequence owned by a column that is gone (a partition, a child table) goes with it.
        if (!seq.ownerTable.isEmpty() && !m_tableIndex.contains(seq.ownerTable))
            continue;
        note(seq.schema, QStringLiteral("sequence"), objectName(seq.schema, seq.name),
             QStringLiteral("not imported: sequences are not part of the model"));
    }

    auto wanted = [&](const QString &schema) {
        return m_schemas.isEmpty() || schema.isEmpty() || m_schemas.contains(schema);
    };
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSql;
    catalog.defaultSchema = kPublic;
    for (RawEnum &e : m_enums)
        if (wanted(e.schema.isEmpty() ? kPublic : e.schema))
            catalog.enums.push_back(std::move(e));
    for (size_t i = 0; i < m_tables.size(); ++i)
        if (m_alive[i] && wanted(m_tables[i].schema))
            catalog.tables.push_back(std::move(m_tables[i]));
    for (PendingNote &n : m_notes)
        if (wanted(n.schema))
            catalog.notes.push_back(std::move(n.note));
    for (const auto &[type, count] : m_ignored)
        catalog.notes.push_back(
            {QStringLiteral("statement"), qs(type),
             QStringLiteral("ignored: %1 (%2 %3)")
                 .arg(qs(type))
                 .arg(count)
                 .arg(count == 1 ? QLatin1String("statement") : QLatin1String("statements"))});
    return catalog;
}

// Blanks what is not SQL, keeping every line where it was: psql meta-commands and COPY data.
std::string preprocess(const QByteArray &script) {
    std::string in(script.constData(), size_t(script.size()));
    if (in.rfind("\xEF\xBB\xBF", 0) == 0)
        in.erase(0, 3);
    std::string out;
    out.reserve(in.size());
    bool copyData = false;
    size_t pos = 0;
    static const QRegularExpression copyFromStdin(
        QStringLiteral("^\\s*COPY\\b.*\\bFROM\\s+stdin\\b.*;\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    while (pos <= in.size()) {
        size_t nl = in.find('\n', pos);
        const bool last = nl == std::string::npos;
        if (last)
            nl = in.size();
        std::string_view line(in.data() + pos, nl - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (copyData) {
            if (line == "\\.")
                copyData = false;
        } else if (!line.empty() && line.front() == '\\') {
            // a psql meta-command
        } else {
            out.append(line);
            const size_t first = line.find_first_not_of(" \t");
            if (first != std::string_view::npos && line.size() - first > 4
                && qstrnicmp(line.data() + first, "copy", 4) == 0
                && copyFromStdin.match(QLatin1String(line.data(), qsizetype(line.size())))
                       .hasMatch())
                copyData = true;
        }
        if (!last)
            out.push_back('\n');
        pos = nl + 1;
    }
    return out;
}

// PostgreSQL reports an error position in characters; the offset of that character in bytes.
size_t byteOffset(const std::string &utf8, int characters) {
    size_t i = 0;
    for (int n = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80)
            continue;
        if (n++ == characters)
            return i;
    }
    return utf8.size();
}

// Data rows hold nothing of the schema and make most of a data-laden dump's parse tree: INSERT
// statements (found by libpg_query's own statement splitter) are blanked before the parse,
// keeping every line where it was.
void blankInserts(std::string *source) {
    PgQuerySplitResult split = pg_query_split_with_scanner(source->c_str());
    if (!split.error) {
        for (int i = 0; i < split.n_stmts; ++i) {
            size_t at = size_t(split.stmts[i]->stmt_location);
            const size_t end = std::min(source->size(), at + size_t(split.stmts[i]->stmt_len));
            // The statement starts after the previous one's semicolon: skip blanks and comments.
            for (;;) {
                while (at < end && std::isspace(static_cast<unsigned char>((*source)[at])))
                    ++at;
                if (at + 1 < end && (*source)[at] == '-' && (*source)[at + 1] == '-') {
                    at = source->find('\n', at);
                    if (at == std::string::npos || at > end)
                        at = end;
                } else {
                    break;
                }
            }
            if (end - at > 7 && qstrnicmp(source->data() + at, "insert", 6) == 0
                && std::isspace(static_cast<unsigned char>((*source)[at + 6]))) {
                for (size_t k = at; k < end; ++k)
                    if ((*source)[k] != '\n')
                        (*source)[k] = ' ';
            }
        }
    }
    pg_query_free_split_result(split);
}

} // namespace

std::optional<Catalog> readPostgresScript(const QByteArray &script, const QString &label,
                                          const QStringList &schemas, QString *error) {
    std::string source = preprocess(script);
    blankInserts(&source);
    for (int attempt = 0;; ++attempt) {
        PgQueryParseResult result = pg_query_parse(source.c_str());
        if (result.error) {
            const int cursor = result.error->cursorpos;
            const QString message = QString::fromUtf8(result.error->message);
            pg_query_free_parse_result(result);
            // PostgreSQL 18's VIRTUAL generated columns are newer than the parser (15): read
            // them as STORED, which is the same column for the model.
            const size_t at = cursor > 0 ? byteOffset(source, cursor - 1) : source.size();
            if (attempt < 10000 && at + 7 <= source.size()
                && qstrnicmp(source.data() + at, "virtual", 7) == 0) {
                source.replace(at, 7, "STORED ");
                continue;
            }
            const qsizetype line =
                std::count(source.begin(), source.begin() + qsizetype(at), '\n') + 1;
            *error = QStringLiteral("%1: line %2: %3").arg(label).arg(line).arg(message);
            return std::nullopt;
        }
        Json tree;
        try {
            tree = Json::parse(result.parse_tree);
        } catch (const Json::exception &e) {
            pg_query_free_parse_result(result);
            *error = QStringLiteral("%1: unreadable parse tree: %2")
                         .arg(label, QString::fromUtf8(e.what()));
            return std::nullopt;
        }
        pg_query_free_parse_result(result);
        ScriptReader reader(std::move(source), schemas);
        reader.walk(tree);
        return reader.finish();
    }
}

} // namespace Core::Import
