// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SQLite reader: a database file (opened read-only, never written) or a SQL script (run in
// an in-memory database). Both are read back the same way: sqlite_master and the PRAGMA table
// functions give what SQLite keeps in its catalog; what it does not keep (CHECK constraints, the
// names of UNIQUE and FOREIGN KEY constraints, generated expressions) is taken from the CREATE
// TABLE text SQLite itself already parsed, with a tokenizer that only respects quotes, brackets
// and parentheses.
#include "importer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace Core::Import {

namespace {

// -- small RAII wrappers ----------------------------------------------------------------------

class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 **out() { return &m_db; }
    sqlite3 *get() const { return m_db; }
    QString message() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_prepared = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_prepared; }
    void bind(const QByteArray &value)
    {
        sqlite3_reset(m_stmt);
        sqlite3_bind_text(m_stmt, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    // true: a row; false: done or an error (see failed()).
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    bool failed() const { return m_rc != SQLITE_DONE && m_rc != SQLITE_ROW && m_rc != SQLITE_OK; }
    int rc() const { return m_rc; }

    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    int integer(int col) const { return sqlite3_column_int(m_stmt, col); }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_prepared = false;
    int m_rc = SQLITE_OK;
};

// -- a tokenizer for the CREATE text SQLite stored ---------------------------------------------

struct Token
{
    enum Kind { Word, Quoted, String, Number, Open, Close, Comma, Semicolon, Other };
    Kind kind = Other;
    qsizetype begin = 0;
    qsizetype end = 0;
    QString value; // Word: as written; Quoted: the identifier without its quotes
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 127;
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() > 127;
}

std::vector<Token> tokenize(const QString &sql)
{
    std::vector<Token> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    // The closing quote of a quoted run starting at i (doubled quotes escape), or n.
    auto closing = [&](qsizetype from, QChar q) {
        qsizetype j = from + 1;
        while (j < n) {
            if (sql[j] == q) {
                if (q != u']' && j + 1 < n && sql[j + 1] == q) {
                    j += 2;
                    continue;
                }
                return j;
            }
            ++j;
        }
        return n;
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype e = sql.indexOf(QLatin1String("*/"), i + 2);
            i = e < 0 ? n : e + 2;
            continue;
        }
        Token t;
        t.begin = i;
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar q = c == u'[' ? QChar(u']') : c;
            const qsizetype e = closing(i, q);
            t.end = std::min(e + 1, n);
            if (c == u'\'') {
                t.kind = Token::String;
            } else {
                t.kind = Token::Quoted;
                t.value = sql.mid(i + 1, e - i - 1);
                if (q != u']')
                    t.value.replace(QString(2, q), QString(q));
            }
        } else if (isIdentStart(c)) {
            qsizetype e = i + 1;
            while (e < n && isIdentPart(sql[e]))
                ++e;
            t.kind = Token::Word;
            t.end = e;
            t.value = sql.mid(i, e - i);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            qsizetype e = i + 1;
            while (e < n && (sql[e].isLetterOrNumber() || sql[e] == u'.'))
                ++e;
            t.kind = Token::Number;
            t.end = e;
        } else {
            t.end = i + 1;
            t.kind = c == u'('   ? Token::Open
                     : c == u')' ? Token::Close
                     : c == u',' ? Token::Comma
                     : c == u';' ? Token::Semicolon
                                 : Token::Other;
        }
        i = t.end;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

bool isWord(const Token &t, QLatin1StringView word)
{
    return t.kind == Token::Word && t.value.compare(word, Qt::CaseInsensitive) == 0;
}

bool isName(const Token &t)
{
    return t.kind == Token::Word || t.kind == Token::Quoted || t.kind == Token::String;
}

QString nameOf(const Token &t, const QString &sql)
{
    if (t.kind == Token::String) // SQLite accepts 'name' where an identifier is expected
        return sql.mid(t.begin + 1, t.end - t.begin - 2).replace(QLatin1String("''"),
                                                                  QLatin1String("'"));
    return t.value;
}

// The index of the ')' matching the '(' at `open`, or tokens.size().
std::size_t matching(const std::vector<Token> &tokens, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Open)
            ++depth;
        else if (tokens[i].kind == Token::Close && --depth == 0)
            return i;
    }
    return tokens.size();
}

// The text strictly inside the parentheses at `open` .. `close`.
QString inside(const QString &sql, const std::vector<Token> &tokens, std::size_t open,
               std::size_t close)
{
    const qsizetype from = tokens[open].end;
    const qsizetype to = close < tokens.size() ? tokens[close].begin : sql.size();
    return sql.mid(from, to - from).trimmed();
}

// The first name of each comma-separated item inside ( ... ): "(a COLLATE x DESC, [b])" -> a, b.
QStringList nameList(const QString &sql, const std::vector<Token> &tokens, std::size_t open,
                     std::size_t close)
{
    QStringList names;
    bool expectName = true;
    int depth = 0;
    for (std::size_t i = open + 1; i < close && i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Open)
            ++depth;
        else if (t.kind == Token::Close)
            --depth;
        else if (depth == 0 && t.kind == Token::Comma)
            expectName = true;
        else if (depth == 0 && expectName && isName(t)) {
            names << nameOf(t, sql);
            expectName = false;
        }
    }
    return names;
}

QString key(const QStringList &columns)
{
    return columns.join(QChar(0)).toLower();
}

// What the CREATE TABLE text says that SQLite's catalog does not.
struct TableText
{
    std::vector<RawCheck> checks;
    QHash<QString, QString> generated;     // lower-case column name -> expression
    QHash<QString, QString> uniqueNames;   // key(columns) -> constraint name
    QHash<QString, QString> foreignNames;  // key(columns) -> constraint name
    bool autoincrement = false;
};

TableText readCreateTable(const QString &sql)
{
    TableText out;
    const std::vector<Token> tokens = tokenize(sql);
    std::size_t open = 0;
    while (open < tokens.size() && tokens[open].kind != Token::Open)
        ++open;
    if (open == tokens.size())
        return out;
    const std::size_t close = matching(tokens, open);

    for (const Token &t : tokens)
        out.autoincrement = out.autoincrement || isWord(t, QLatin1StringView("AUTOINCREMENT"));

    // One definition (a column or a table constraint) between top-level commas.
    auto definition = [&](std::size_t from, std::size_t to) {
        if (from >= to)
            return;
        const Token &first = tokens[from];
        static const QLatin1StringView constraintWords[] = {
            QLatin1StringView("CONSTRAINT"), QLatin1StringView("PRIMARY"),
            QLatin1StringView("UNIQUE"), QLatin1StringView("CHECK"),
            QLatin1StringView("FOREIGN")};
        bool tableLevel = false;
        for (QLatin1StringView w : constraintWords)
            tableLevel = tableLevel || isWord(first, w);
        QString column;
        std::size_t i = from;
        if (!tableLevel) {
            column = nameOf(first, sql);
            ++i;
        }
        QString pendingName;
        bool inForeignKey = false;
        while (i < to) {
            const Token &t = tokens[i];
            const bool openNext = i + 1 < to && tokens[i + 1].kind == Token::Open;
            if (isWord(t, QLatin1StringView("CONSTRAINT")) && i + 1 < to) {
                pendingName = nameOf(tokens[i + 1], sql);
                i += 2;
                continue;
            }
            if (isWord(t, QLatin1StringView("CHECK")) && openNext) {
                const std::size_t c = matching(tokens, i + 1);
                out.checks.push_back({pendingName, inside(sql, tokens, i + 1, c)});
                pendingName.clear();
                i = c + 1;
                continue;
            }
            if (isWord(t, QLatin1StringView("AS")) && openNext && !column.isEmpty()) {
                const std::size_t c = matching(tokens, i + 1);
                out.generated.insert(column.toLower(), inside(sql, tokens, i + 1, c));
                pendingName.clear();
                i = c + 1;
                continue;
            }
            if (isWord(t, QLatin1StringView("UNIQUE"))) {
                if (tableLevel && openNext) {
                    const std::size_t c = matching(tokens, i + 1);
                    if (!pendingName.isEmpty())
                        out.uniqueNames.insert(key(nameList(sql, tokens, i + 1, c)), pendingName);
                    i = c + 1;
                } else {
                    if (!pendingName.isEmpty() && !column.isEmpty())
                        out.uniqueNames.insert(key({column}), pendingName);
                    ++i;
                }
                pendingName.clear();
                continue;
            }
            if (isWord(t, QLatin1StringView("FOREIGN")) && i + 2 < to
                && isWord(tokens[i + 1], QLatin1StringView("KEY"))
                && tokens[i + 2].kind == Token::Open) {
                const std::size_t c = matching(tokens, i + 2);
                if (!pendingName.isEmpty())
                    out.foreignNames.insert(key(nameList(sql, tokens, i + 2, c)), pendingName);
                pendingName.clear();
                inForeignKey = true;
                i = c + 1;
                continue;
            }
            if (isWord(t, QLatin1StringView("REFERENCES"))) {
                if (!inForeignKey && !pendingName.isEmpty() && !column.isEmpty())
                    out.foreignNames.insert(key({column}), pendingName);
                pendingName.clear();
                inForeignKey = false;
                ++i;
                continue;
            }
            if (t.kind == Token::Open) {
                i = matching(tokens, i) + 1;
                continue;
            }
            if (isWord(t, QLatin1StringView("PRIMARY")) || isWord(t, QLatin1StringView("NOT"))
                || isWord(t, QLatin1StringView("NULL")) || isWord(t, QLatin1StringView("DEFAULT"))
                || isWord(t, QLatin1StringView("COLLATE"))) {
                pendingName.clear();
            }
            ++i;
        }
    };

    std::size_t start = open + 1;
    int depth = 0;
    for (std::size_t i = open + 1; i <= close && i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Open) {
            ++depth;
        } else if (t.kind == Token::Close && depth > 0) {
            --depth;
        } else if (depth == 0 && (t.kind == Token::Comma || i == close)) {
            definition(start, i);
            start = i + 1;
        }
    }
    if (close == tokens.size())
        definition(start, tokens.size());
    return out;
}

// The predicate of a partial index: what follows the top-level WHERE after the column list.
QString indexWhere(const QString &sql)
{
    const std::vector<Token> tokens = tokenize(sql);
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].kind != Token::Open)
        ++i;
    i = matching(tokens, i);
    for (; i < tokens.size(); ++i) {
        if (isWord(tokens[i], QLatin1StringView("WHERE"))) {
            QString where = sql.mid(tokens[i].end).trimmed();
            while (where.endsWith(u';'))
                where.chop(1);
            return where.trimmed();
        }
    }
    return QString();
}

QString firstLine(const QString &sql, int max = 80)
{
    QString s = sql.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

// -- reading the catalog back -----------------------------------------------------------------

struct MasterRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

const char *const shadowSuffixes[] = {"_content", "_segments", "_segdir", "_docsize", "_stat",
                                      "_data",    "_idx",      "_config"};

QString foreignAction(const QString &action)
{
    const QString a = action.toUpper();
    return a == QLatin1String("NO ACTION") || a == QLatin1String("NONE") ? QString() : a;
}

bool isCorruption(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

class CatalogReader
{
public:
    CatalogReader(sqlite3 *db, const QString &label) : m_db(db), m_label(label) {}

    std::optional<Catalog> read(QString *error)
    {
        Catalog cat;
        cat.dialect = Dialect::Sqlite;

        std::vector<MasterRow> master;
        {
            Statement st(m_db, "SELECT type, name, tbl_name, sql FROM sqlite_master");
            if (!st.ok())
                return fail(error);
            while (st.next())
                master.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
            if (st.failed())
                return fail(error);
        }

        QHash<QString, qsizetype> position; // lower-case name -> sqlite_master order
        QSet<QString> virtualTables;        // lower-case
        for (qsizetype i = 0; i < qsizetype(master.size()); ++i) {
            const MasterRow &r = master[std::size_t(i)];
            position.insert(r.name.toLower(), i);
            if (r.type == QLatin1String("table")
                && r.sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
                virtualTables.insert(r.name.toLower());
        }
        auto shadowOf = [&](const QString &name) -> QString {
            const QString lower = name.toLower();
            for (const char *suffix : shadowSuffixes) {
                const QLatin1StringView s(suffix);
                if (lower.endsWith(s)) {
                    const QString base = lower.left(lower.size() - s.size());
                    if (virtualTables.contains(base))
                        return base;
                }
            }
            return QString();
        };

        Statement columns(m_db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                "FROM pragma_table_xinfo(?1) ORDER BY cid");
        Statement foreignKeys(m_db, "SELECT id, \"table\", \"from\", \"to\", on_update, "
                                    "on_delete FROM pragma_foreign_key_list(?1) "
                                    "ORDER BY id DESC, seq");
        Statement indexList(m_db, "SELECT name, \"unique\", origin, partial "
                                  "FROM pragma_index_list(?1)");
        Statement indexColumns(m_db, "SELECT cid, name FROM pragma_index_xinfo(?1) "
                                     "WHERE key = 1 ORDER BY seqno");
        for (const Statement *st : {&columns, &foreignKeys, &indexList, &indexColumns})
            if (!st->ok())
                return fail(error);

        QHash<QString, QString> virtualNames; // lower -> as written
        for (const MasterRow &r : master) {
            if (r.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
                continue; // sqlite_sequence, sqlite_stat*, autoindexes: SQLite's own
            if (r.type == QLatin1String("view")) {
                cat.notes.push_back({QStringLiteral("view"), r.name,
                                     QStringLiteral("not imported: views are not part of the "
                                                    "model")});
                continue;
            }
            if (r.type == QLatin1String("trigger")) {
                cat.notes.push_back({QStringLiteral("trigger"), r.name,
                                     QStringLiteral("not imported: triggers are not part of the "
                                                    "model")});
                continue;
            }
            if (r.type != QLatin1String("table"))
                continue; // indexes are read with their table
            if (virtualTables.contains(r.name.toLower())) {
                const std::vector<Token> t = tokenize(r.sql);
                QString module;
                for (std::size_t i = 0; i + 1 < t.size(); ++i)
                    if (isWord(t[i], QLatin1StringView("USING")))
                        module = nameOf(t[i + 1], r.sql);
                virtualNames.insert(r.name.toLower(), r.name);
                cat.notes.push_back(
                    {QStringLiteral("virtualTable"), r.name,
                     QStringLiteral("not imported: virtual tables (%1) are not part of the model")
                         .arg(module.isEmpty() ? QStringLiteral("module unknown") : module)});
                continue;
            }
            if (const QString vt = shadowOf(r.name); !vt.isEmpty()) {
                cat.notes.push_back({QStringLiteral("virtualTable"), r.name,
                                     QStringLiteral("not imported: a shadow table of the virtual "
                                                    "table %1")
                                         .arg(virtualNames.value(vt, vt))});
                continue;
            }
            std::optional<RawTable> table = readTable(r, columns, foreignKeys, indexList,
                                                      indexColumns, master, position, &cat,
                                                      error);
            if (!table)
                return std::nullopt;
            cat.tables.push_back(std::move(*table));
        }
        return cat;
    }

private:
    std::nullopt_t fail(QString *error) const
    {
        *error = m_label + QLatin1String(": ")
                 + QString::fromUtf8(sqlite3_errmsg(m_db));
        if (isCorruption(sqlite3_extended_errcode(m_db)))
            *error += QLatin1String(" (the database is corrupt or truncated)");
        return std::nullopt;
    }

    std::optional<RawTable> readTable(const MasterRow &r, Statement &columns,
                                      Statement &foreignKeys, Statement &indexList,
                                      Statement &indexColumns,
                                      const std::vector<MasterRow> &master,
                                      const QHash<QString, qsizetype> &position, Catalog *cat,
                                      QString *error)
    {
        const QByteArray name = r.name.toUtf8();
        const TableText text = readCreateTable(r.sql);
        RawTable t;
        t.name = r.name;

        std::map<int, QString> pk;
        columns.bind(name);
        while (columns.next()) {
            const int hidden = columns.integer(5);
            const QString colName = columns.text(0);
            if (hidden == 2 || hidden == 3) {
                const QString expr = text.generated.value(colName.toLower());
                cat->notes.push_back(
                    {QStringLiteral("generatedColumn"), r.name + u'.' + colName,
                     expr.isEmpty()
                         ? QStringLiteral("not imported: generated columns are not part of the "
                                          "model")
                         : QStringLiteral("not imported: generated columns are not part of the "
                                          "model (GENERATED ALWAYS AS (%1))")
                               .arg(expr)});
                continue;
            }
            if (hidden != 0)
                continue; // a hidden column of a virtual table
            RawColumn c;
            c.name = colName;
            c.type = columns.text(1);
            c.notNull = columns.integer(2) != 0;
            c.defaultSql = columns.text(3);
            if (const int k = columns.integer(4); k > 0)
                pk[k] = colName;
            t.columns.push_back(std::move(c));
        }
        if (columns.failed())
            return fail(error);
        for (const auto &[k, colName] : pk)
            t.primaryKey << colName;

        foreignKeys.bind(name);
        int current = -1;
        while (foreignKeys.next()) {
            const int id = foreignKeys.integer(0);
            if (id != current) {
                current = id;
                RawForeignKey fk;
                fk.refTable = foreignKeys.text(1);
                fk.onUpdate = foreignAction(foreignKeys.text(4));
                fk.onDelete = foreignAction(foreignKeys.text(5));
                t.foreignKeys.push_back(std::move(fk));
            }
            RawForeignKey &fk = t.foreignKeys.back();
            fk.columns << foreignKeys.text(2);
            if (!foreignKeys.isNull(3))
                fk.refColumns << foreignKeys.text(3);
        }
        if (foreignKeys.failed())
            return fail(error);
        for (RawForeignKey &fk : t.foreignKeys) {
            // NULL `to` for every column: the parent's primary key.
            if (fk.refColumns.size() != fk.columns.size())
                fk.refColumns.clear();
            fk.name = text.foreignNames.value(key(fk.columns));
        }

        struct IndexEntry
        {
            QString name;
            bool unique;
            QString origin;
            bool partial;
        };
        std::vector<IndexEntry> entries;
        bool pkIndex = false;
        indexList.bind(name);
        while (indexList.next()) {
            const QString origin = indexList.text(2);
            if (origin == QLatin1String("pk")) {
                pkIndex = true; // WITHOUT ROWID, or a primary key that is not the rowid
                continue;
            }
            entries.push_back({indexList.text(0), indexList.integer(1) != 0, origin,
                               indexList.integer(3) != 0});
        }
        if (indexList.failed())
            return fail(error);
        std::sort(entries.begin(), entries.end(), [&](const IndexEntry &a, const IndexEntry &b) {
            return position.value(a.name.toLower(), -1) < position.value(b.name.toLower(), -1);
        });

        // The rowid alias: a single-column primary key declared exactly INTEGER, in a rowid table.
        if (t.primaryKey.size() == 1) {
            for (RawColumn &c : t.columns) {
                if (c.name == t.primaryKey.front()
                    && ((!pkIndex && c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive)
                                         == 0)
                        || text.autoincrement))
                    c.identity = true;
            }
        }

        QSet<QString> usedUniqueNames;
        for (const IndexEntry &e : entries) {
            QStringList cols;
            bool expression = false;
            indexColumns.bind(e.name.toUtf8());
            while (indexColumns.next()) {
                if (indexColumns.integer(0) < 0)
                    expression = true;
                else
                    cols << indexColumns.text(1);
            }
            if (indexColumns.failed())
                return fail(error);
            const qsizetype pos = position.value(e.name.toLower(), -1);
            const QString sql = pos >= 0 ? master[std::size_t(pos)].sql : QString();
            if (expression) {
                cat->notes.push_back({QStringLiteral("expressionIndex"), r.name + u'.' + e.name,
                                      QStringLiteral("not imported: indexes on expressions are "
                                                     "not part of the model (%1)")
                                          .arg(firstLine(sql, 120))});
                continue;
            }
            if (e.origin == QLatin1String("u")) {
                RawUnique u;
                const QString n = text.uniqueNames.value(key(cols));
                if (!n.isEmpty() && !usedUniqueNames.contains(n.toLower())) {
                    u.name = n;
                    usedUniqueNames.insert(n.toLower());
                }
                u.columns = cols;
                t.uniques.push_back(std::move(u));
                continue;
            }
            RawIndex ix;
            ix.name = e.name;
            ix.columns = cols;
            ix.unique = e.unique;
            if (e.partial)
                ix.where = indexWhere(sql);
            t.indexes.push_back(std::move(ix));
        }
        t.checks = text.checks;
        return t;
    }

    sqlite3 *m_db;
    QString m_label;
};

std::optional<Catalog> readBack(sqlite3 *db, const QString &label, QString *error)
{
    // One read transaction: a consistent snapshot, and the file is locked and its header
    // checked once rather than once per statement.
    // (A script may have left its own transaction open: that one is kept.)
    const bool own = sqlite3_get_autocommit(db)
                     && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    std::optional<Catalog> cat = CatalogReader(db, label).read(error);
    if (own)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (cat && cat->tables.empty()) {
        *error = label + QLatin1String(" contains no tables");
        if (!cat->notes.empty())
            *error += QLatin1String(" that can be imported");
        return std::nullopt;
    }
    return cat;
}

quint32 bigEndian(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

// The header says how long the file must be; a shorter file has lost pages. Cheaper than a
// full check, and it catches a truncated copy even where the schema pages survived.
QString headerProblem(const QString &path, qint64 *size, bool *wal)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1)").arg(f.errorString());
    *size = f.size();
    if (*size == 0)
        return QString(); // SQLite treats an empty file as an empty database
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QStringLiteral("file is not a database");
    *wal = quint8(header[18]) == 2;
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (pagesValid && pages > 0 && qint64(pages) * pageSize > *size)
        return QStringLiteral("the database is truncated: its header says %1 bytes, the file has "
                              "%2")
            .arg(qint64(pages) * pageSize)
            .arg(*size);
    return QString();
}

// -- scripts ------------------------------------------------------------------------------------

int lineAt(const char *base, const char *at)
{
    return 1 + int(std::count(base, at, '\n'));
}

const char *skipSpaceAndComments(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f') {
            ++p;
        } else if (p + 1 < end && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = std::min(p + 2, end);
        } else {
            break;
        }
    }
    return p;
}

// The end of the statement starting at p (after its ';'), as SQLite's own sqlite3_complete() sees
// it: quotes, comments and trigger bodies included.
const char *statementEnd(const char *p, const char *end)
{
    for (const char *q = p; q < end; ++q) {
        if (*q != ';')
            continue;
        const QByteArray candidate(p, qsizetype(q - p + 1));
        if (sqlite3_complete(candidate.constData()))
            return q + 1;
    }
    return end;
}

bool isSyntaxError(const QString &message)
{
    return message.contains(QLatin1String("syntax error"))
           || message.contains(QLatin1String("incomplete input"))
           || message.contains(QLatin1String("unrecognized token"))
           || message.contains(QLatin1String("parser stack overflow"));
}

} // namespace

std::optional<Catalog> readSqliteDatabase(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = path + QLatin1String(": no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = path + QLatin1String(": not a file");
        return std::nullopt;
    }
    qint64 size = 0;
    bool wal = false;
    if (const QString problem = headerProblem(path, &size, &wal); !problem.isEmpty()) {
        *error = path + QLatin1String(": ") + problem;
        return std::nullopt;
    }

    // mode=ro: never written. immutable=1 when we could not write it anyway: SQLite then takes
    // no locks and never looks for a journal or WAL it would have to recover. Also for a WAL
    // database without a -wal file: everything is in the main file, and a plain read-only open
    // would leave fresh -wal and -shm files behind it.
    const bool noWalFile =
        wal && !QFileInfo::exists(info.absoluteFilePath() + QLatin1String("-wal"));
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    url.setQuery(info.isWritable() && !noWalFile ? QStringLiteral("mode=ro")
                                                 : QStringLiteral("mode=ro&immutable=1"));
    Connection db;
    const int rc = sqlite3_open_v2(url.toEncoded().constData(), db.out(),
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        *error = path + QLatin1String(": cannot open: ") + db.message();
        return std::nullopt;
    }
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_exec(db.get(), "PRAGMA query_only=1", nullptr, nullptr, nullptr);

    // A full check reads every page: worth it below this size, where it costs milliseconds.
    constexpr qint64 quickCheckLimit = 256ll * 1024 * 1024;
    if (size > 0 && size <= quickCheckLimit) {
        Statement st(db.get(), "PRAGMA quick_check(5)");
        QStringList problems;
        if (st.ok()) {
            while (st.next()) {
                const QString row = st.text(0);
                if (row != QLatin1String("ok"))
                    problems << row;
            }
        }
        if (!st.ok() || st.failed()) {
            *error = path + QLatin1String(": ") + db.message();
            if (isCorruption(sqlite3_extended_errcode(db.get())))
                *error += QLatin1String(" (the database is corrupt or truncated)");
            return std::nullopt;
        }
        if (!problems.isEmpty()) {
            *error = path + QLatin1String(": the database is corrupt: ")
                     + problems.join(QLatin1String("; "));
            return std::nullopt;
        }
    }
    return readBack(db.get(), path, error);
}

std::optional<Catalog> readSqliteScript(const QByteArray &script, const QString &label,
                                        QString *error)
{
    QByteArray sql = script;
    if (sql.startsWith("\xEF\xBB\xBF"))
        sql.remove(0, 3);

    Connection db;
    if (sqlite3_open_v2(":memory:", db.out(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        *error = label + QLatin1String(": cannot open an in-memory database: ") + db.message();
        return std::nullopt;
    }
    // The script runs in memory only: no ATTACH (it could write files), no extensions.
    sqlite3_limit(db.get(), SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);

    std::vector<ImportNote> skipped;
    constexpr std::size_t maxSkippedNotes = 20;
    qsizetype moreSkipped = 0;
    auto skip = [&](int line, const QString &message, const char *from, const char *to) {
        if (skipped.size() >= maxSkippedNotes) {
            ++moreSkipped;
            return;
        }
        skipped.push_back({QStringLiteral("statement"), QStringLiteral("line %1").arg(line),
                           QStringLiteral("skipped: %1 (%2)")
                               .arg(message,
                                    firstLine(QString::fromUtf8(from, qsizetype(to - from))))});
    };

    const char *base = sql.constData();
    const char *end = base + sql.size();
    const char *p = base;
    while (p < end) {
        p = skipSpaceAndComments(p, end);
        if (p >= end)
            break;
        if (*p == '.' && (p == base || p[-1] == '\n')) {
            // A sqlite3 shell command (.mode, .headers, .read): not SQL, and not run.
            const char *eol = std::find(p, end, '\n');
            skip(lineAt(base, p), QStringLiteral("a sqlite3 shell command is not run"), p, eol);
            p = eol;
            continue;
        }
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(db.get(), p, int(end - p), &stmt, &tail);
        if (rc != SQLITE_OK) {
            const QString message = db.message();
            const int offset = sqlite3_error_offset(db.get());
            const int line = lineAt(base, offset >= 0 ? std::min(p + offset, end) : p);
            if (isSyntaxError(message)) {
                *error = QStringLiteral("%1: line %2: %3").arg(label).arg(line).arg(message);
                return std::nullopt;
            }
            // Something outside the model (a missing module, collation or function, a table
            // the script never made): that statement is left out, the rest goes on.
            const char *next = statementEnd(p, end);
            skip(lineAt(base, p), message, p, next);
            p = next;
            continue;
        }
        if (!stmt) { // only a comment or a lone ';'
            p = tail > p ? tail : end;
            continue;
        }
        const char *next = tail ? tail : end;
        const QByteArray first = QByteArray(p, std::min<qsizetype>(6, end - p)).toUpper();
        if (first.startsWith("VACUUM")) {
            // VACUUM INTO would write a file.
            skip(lineAt(base, p), QStringLiteral("VACUUM is not run"), p, next);
        } else {
            int step = SQLITE_ROW;
            while (step == SQLITE_ROW)
                step = sqlite3_step(stmt);
            if (step != SQLITE_DONE)
                skip(lineAt(base, p), db.message(), p, next);
        }
        sqlite3_finalize(stmt);
        p = next;
    }
    if (moreSkipped > 0)
        skipped.push_back({QStringLiteral("statement"), label,
                           QStringLiteral("skipped: %1 more statements that SQLite refused")
                               .arg(moreSkipped)});

    std::optional<Catalog> cat = readBack(db.get(), label, error);
    if (cat)
        cat->notes.insert(cat->notes.begin(), skipped.begin(), skipped.end());
    return cat;
}

} // namespace Core::Import
