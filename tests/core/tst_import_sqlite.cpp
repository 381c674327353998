// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace Core;
using namespace Core::Import;

namespace {

// Creates a database file at `path` from `sql`; returns the SQLite error, empty on success.
QString makeDatabase(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QString err;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        err = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        char *msg = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &msg) != SQLITE_OK)
            err = QString::fromUtf8(msg);
        sqlite3_free(msg);
    }
    sqlite3_close(db);
    return err;
}

const RawColumn *findColumn(const RawTable &t, const QString &name)
{
    for (const RawColumn &c : t.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

bool hasNote(const Catalog &cat, const QString &kind, const QString &object)
{
    for (const ImportNote &n : cat.notes)
        if (n.kind == kind && n.object == object)
            return true;
    return false;
}

int countNotes(const Catalog &cat, const QString &kind)
{
    return int(std::count_if(cat.notes.begin(), cat.notes.end(),
                             [&](const ImportNote &n) { return n.kind == kind; }));
}

QStringList tableNames(const Catalog &cat)
{
    QStringList names;
    for (const RawTable &t : cat.tables)
        names << t.name;
    return names;
}

QString corpusDir()
{
    const QByteArray env = qgetenv("SQLMODEL_STUDIO_CORPUS");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QDir::cleanPath(QStringLiteral(SMS_EXAMPLES_DIR "/../../shared/schemas"));
}

} // namespace

class TestImportSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void compositeKeys();
    void uniquesAndIndexes();
    void generatedViewsTriggers();
    void virtualTables();
    void checks();
    void rowidAlias();
    void scriptNamesCrlfBom();
    void scriptSyntaxErrorLine_data();
    void scriptSyntaxErrorLine();
    void scriptSkipsUnknownModule();
    void scriptWritesNoFiles();
    void refusesMissingFile();
    void refusesNotADatabase();
    void refusesTruncated();
    void refusesEmpty();
    void sourceUnchanged_data();
    void sourceUnchanged();
    void corpus_data();
    void corpus();
    void fiveThousandTables();

private:
    Catalog readFile(const QByteArray &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Catalog TestImportSqlite::readFile(const QByteArray &sql)
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite"));
    QFile::remove(path);
    const QString made = makeDatabase(path, sql);
    if (!made.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("fixture: ") + made), __FILE__, __LINE__);
        return {};
    }
    QString error;
    std::optional<Catalog> cat = readSqliteDatabase(path, &error);
    if (!cat) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return *cat;
}

void TestImportSqlite::compositeKeys()
{
    const Catalog cat = readFile(
        "CREATE TABLE parent(a INTEGER, b TEXT, c REAL DEFAULT (1.5), PRIMARY KEY (b, a));"
        "CREATE TABLE child(id INTEGER PRIMARY KEY, pb TEXT NOT NULL, pa INTEGER, x INTEGER"
        "  REFERENCES parent(a) ON DELETE NO ACTION,"
        "  CONSTRAINT fk_parent FOREIGN KEY (pb, pa) REFERENCES parent"
        "    ON DELETE CASCADE ON UPDATE SET NULL);");
    QCOMPARE(cat.dialect, Dialect::Sqlite);
    QVERIFY(cat.defaultSchema.isEmpty());
    QCOMPARE(tableNames(cat), (QStringList{"parent", "child"}));
    const RawTable &parent = cat.tables[0];
    QCOMPARE(parent.primaryKey, (QStringList{"b", "a"}));
    QCOMPARE(parent.columns.size(), 3u);
    QCOMPARE(parent.columns[1].type, QStringLiteral("TEXT"));
    QCOMPARE(parent.columns[2].defaultSql, QStringLiteral("1.5"));
    QVERIFY(!parent.columns[0].identity);

    const RawTable &child = cat.tables[1];
    QCOMPARE(child.primaryKey, QStringList{"id"});
    QVERIFY(child.columns[0].identity);
    QVERIFY(child.columns[1].notNull);
    QCOMPARE(child.foreignKeys.size(), 2u);
    const RawForeignKey &single = child.foreignKeys[0];
    QCOMPARE(single.name, QString());
    QCOMPARE(single.columns, QStringList{"x"});
    QCOMPARE(single.refTable, QStringLiteral("parent"));
    QCOMPARE(single.refColumns, QStringList{"a"});
    QCOMPARE(single.onDelete, QString());
    QCOMPARE(single.onUpdate, QString());
    const RawForeignKey &composite = child.foreignKeys[1];
    QCOMPARE(composite.name, QStringLiteral("fk_parent"));
    QCOMPARE(composite.columns, (QStringList{"pb", "pa"}));
    QVERIFY(composite.refColumns.isEmpty()); // NULL `to`: the parent's primary key
    QCOMPARE(composite.onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(composite.onUpdate, QStringLiteral("SET NULL"));
}

void TestImportSqlite::uniquesAndIndexes()
{
    const Catalog cat = readFile(
        "CREATE TABLE u(id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT, c TEXT, d INT,"
        "  e INT CONSTRAINT e_unique UNIQUE, CONSTRAINT uq_bc UNIQUE (b, c));"
        "CREATE UNIQUE INDEX ux_d ON u(d);"
        "CREATE INDEX ix_partial ON u (b, c) WHERE d > 0 AND c <> 'x)';"
        "CREATE INDEX ix_expr ON u(lower(a));");
    QCOMPARE(cat.tables.size(), 1u);
    const RawTable &t = cat.tables[0];
    QCOMPARE(t.uniques.size(), 3u);
    QCOMPARE(t.uniques[0].name, QString());
    QCOMPARE(t.uniques[0].columns, QStringList{"a"});
    QCOMPARE(t.uniques[1].name, QStringLiteral("e_unique"));
    QCOMPARE(t.uniques[1].columns, QStringList{"e"});
    QCOMPARE(t.uniques[2].name, QStringLiteral("uq_bc"));
    QCOMPARE(t.uniques[2].columns, (QStringList{"b", "c"}));
    QCOMPARE(t.indexes.size(), 2u);
    QCOMPARE(t.indexes[0].name, QStringLiteral("ux_d"));
    QVERIFY(t.indexes[0].unique);
    QCOMPARE(t.indexes[0].columns, QStringList{"d"});
    QVERIFY(t.indexes[0].where.isEmpty());
    QCOMPARE(t.indexes[1].name, QStringLiteral("ix_partial"));
    QVERIFY(!t.indexes[1].unique);
    QCOMPARE(t.indexes[1].columns, (QStringList{"b", "c"}));
    QCOMPARE(t.indexes[1].where, QStringLiteral("d > 0 AND c <> 'x)'"));
    QVERIFY(hasNote(cat, QStringLiteral("expressionIndex"), QStringLiteral("u.ix_expr")));
    QCOMPARE(cat.notes.size(), 1u);
}

void TestImportSqlite::generatedViewsTriggers()
{
    const Catalog cat = readFile(
        "CREATE TABLE g(id INTEGER PRIMARY KEY, a INT,"
        "  b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c INT AS (a + 1) STORED, d TEXT);"
        "CREATE VIEW v AS SELECT * FROM g;"
        "CREATE TRIGGER tr AFTER INSERT ON g BEGIN SELECT 1; END;");
    QCOMPARE(cat.tables.size(), 1u);
    const RawTable &g = cat.tables[0];
    QStringList cols;
    for (const RawColumn &c : g.columns)
        cols << c.name;
    QCOMPARE(cols, (QStringList{"id", "a", "d"}));
    QVERIFY(hasNote(cat, QStringLiteral("generatedColumn"), QStringLiteral("g.b")));
    QVERIFY(hasNote(cat, QStringLiteral("generatedColumn"), QStringLiteral("g.c")));
    QVERIFY(hasNote(cat, QStringLiteral("view"), QStringLiteral("v")));
    QVERIFY(hasNote(cat, QStringLiteral("trigger"), QStringLiteral("tr")));
    QCOMPARE(cat.notes.size(), 4u);
    for (const ImportNote &n : cat.notes)
        if (n.object == QLatin1String("g.b"))
            QVERIFY2(n.detail.contains(QLatin1String("a * 2")), qPrintable(n.detail));
}

void TestImportSqlite::virtualTables()
{
    const Catalog cat = readFile("CREATE VIRTUAL TABLE docs USING fts5(title, body);"
                                 "CREATE TABLE docs_meta(id INTEGER PRIMARY KEY, note TEXT);"
                                 "CREATE TABLE t_data(id INTEGER PRIMARY KEY);");
    // docs_meta and t_data look like shadow tables but belong to no virtual table.
    QCOMPARE(tableNames(cat), (QStringList{"docs_meta", "t_data"}));
    for (const char *name : {"docs", "docs_data", "docs_idx", "docs_content", "docs_docsize",
                             "docs_config"})
        QVERIFY2(hasNote(cat, QStringLiteral("virtualTable"), QLatin1String(name)), name);
    QCOMPARE(countNotes(cat, QStringLiteral("virtualTable")), 6);
}

void TestImportSqlite::checks()
{
    const Catalog cat = readFile(
        "CREATE TABLE ck(id INTEGER PRIMARY KEY,"
        "  price REAL NOT NULL CHECK (price >= 0) DEFAULT 0,"
        "  name TEXT CONSTRAINT name_ok CHECK ( name <> ')' ),"
        "  \"qty\" INT, -- a comment with CHECK (x) in it\n"
        "  CONSTRAINT qty_positive CHECK (qty > 0),"
        "  CHECK (qty < 1000 OR (name = 'a)b' AND price IN (1, 2))))");
    QCOMPARE(cat.tables.size(), 1u);
    const std::vector<RawCheck> &c = cat.tables[0].checks;
    QCOMPARE(c.size(), 4u);
    QCOMPARE(c[0].name, QString());
    QCOMPARE(c[0].expression, QStringLiteral("price >= 0"));
    QCOMPARE(c[1].name, QStringLiteral("name_ok"));
    QCOMPARE(c[1].expression, QStringLiteral("name <> ')'"));
    QCOMPARE(c[2].name, QStringLiteral("qty_positive"));
    QCOMPARE(c[2].expression, QStringLiteral("qty > 0"));
    QCOMPARE(c[3].name, QString());
    QCOMPARE(c[3].expression, QStringLiteral("qty < 1000 OR (name = 'a)b' AND price IN (1, 2))"));
}

void TestImportSqlite::rowidAlias()
{
    const Catalog cat =
        readFile("CREATE TABLE r1(id INTEGER PRIMARY KEY, x);"
                 "CREATE TABLE r2(id INT PRIMARY KEY, x);"
                 "CREATE TABLE r3(id INTEGER PRIMARY KEY, x) WITHOUT ROWID;"
                 "CREATE TABLE r4(id INTEGER PRIMARY KEY AUTOINCREMENT, x);"
                 "CREATE TABLE r5(id integer, x, PRIMARY KEY (id));"
                 "CREATE TABLE r6(id INTEGER PRIMARY KEY DESC, x);"
                 "CREATE TABLE r7(a INTEGER, b INTEGER, PRIMARY KEY (a, b));"
                 "CREATE TABLE r8(x TEXT, y);"
                 "INSERT INTO r4(x) VALUES (1);");
    // sqlite_sequence (from AUTOINCREMENT) is skipped silently.
    QCOMPARE(tableNames(cat), (QStringList{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"}));
    QVERIFY(cat.notes.empty());
    const QList<bool> expected{true, false, false, true, true, false, false, false};
    for (int i = 0; i < expected.size(); ++i) {
        const RawTable &t = cat.tables[std::size_t(i)];
        QVERIFY2(t.columns[0].identity == expected[i], qPrintable(t.name));
    }
    QVERIFY(cat.tables[7].primaryKey.isEmpty());
    QCOMPARE(cat.tables[7].columns[1].type, QString());
}

void TestImportSqlite::scriptNamesCrlfBom()
{
    const QByteArray script =
        "\xEF\xBB\xBFPRAGMA foreign_keys=off;\r\n"
        "BEGIN TRANSACTION;\r\n"
        "DROP TABLE IF EXISTS [Order Details];\r\n"
        "CREATE TABLE [Order Details] (\r\n"
        "  [OrderID] INTEGER NOT NULL,\r\n"
        "  \"ProductID\" INTEGER NOT NULL DEFAULT 0,\r\n"
        "  [Unit Price] NUMERIC(10,2) NOT NULL DEFAULT 0,\r\n"
        "  PRIMARY KEY ([OrderID], \"ProductID\"),\r\n"
        "  FOREIGN KEY ([OrderID]) REFERENCES [Orders] ([OrderID])\r\n"
        ");\r\n"
        "CREATE TABLE \"Orders\" ([OrderID] INTEGER PRIMARY KEY AUTOINCREMENT);\r\n"
        "INSERT INTO [Order Details] VALUES (1, 2, 3.5);\r\n"
        "INSERT INTO [Orders] VALUES (1);\r\n"
        "SELECT * FROM [Order Details];\r\n"
        "COMMIT;\r\n";
    QString error;
    const std::optional<Catalog> cat = readSqliteScript(script, QStringLiteral("nw.sql"), &error);
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(tableNames(*cat), (QStringList{"Order Details", "Orders"}));
    const RawTable &od = cat->tables[0];
    QCOMPARE(od.primaryKey, (QStringList{"OrderID", "ProductID"}));
    const RawColumn *price = findColumn(od, QStringLiteral("Unit Price"));
    QVERIFY(price);
    QCOMPARE(price->type, QStringLiteral("NUMERIC(10,2)"));
    QCOMPARE(price->defaultSql, QStringLiteral("0"));
    QVERIFY(price->notNull);
    QCOMPARE(od.foreignKeys.size(), 1u);
    QCOMPARE(od.foreignKeys[0].refTable, QStringLiteral("Orders"));
    QVERIFY(cat->tables[1].columns[0].identity);
    QVERIFY(cat->notes.empty());
}

void TestImportSqlite::scriptSyntaxErrorLine_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first token") << QByteArray("-- header\n"
                                               "CREATE TABLE a(id INTEGER PRIMARY KEY);\n"
                                               "\n"
                                               "CREATE TABL b(id INTEGER);\n")
                                 << QStringLiteral("schema.sql: line 4: near \"TABL\": syntax "
                                                   "error");
    QTest::newRow("inside a statement, CRLF")
        << QByteArray("CREATE TABLE a(id INTEGER PRIMARY KEY);\r\n"
                      "CREATE TABLE b(\r\n"
                      "  id INTEGER,\r\n"
                      "  name TEXT NOT NUL,\r\n"
                      "  x INT);\r\n")
        << QStringLiteral("schema.sql: line 4: near \"NUL\": syntax error");
    QTest::newRow("incomplete") << QByteArray("CREATE TABLE a(id INTEGER PRIMARY KEY);\n"
                                              "CREATE TABLE b(id INTEGER")
                                << QStringLiteral("schema.sql: line 2: incomplete input");
}

void TestImportSqlite::scriptSyntaxErrorLine()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Catalog> cat = readSqliteScript(script, QStringLiteral("schema.sql"),
                                                        &error);
    QVERIFY(!cat);
    QCOMPARE(error, expected);
}

void TestImportSqlite::scriptSkipsUnknownModule()
{
    const QByteArray script = "CREATE VIRTUAL TABLE s USING nosuchmodule(a, 'x;y');\n"
                              "CREATE TABLE t(id INTEGER PRIMARY KEY);\n"
                              "INSERT INTO s VALUES (1);\n";
    QString error;
    const std::optional<Catalog> cat = readSqliteScript(script, QStringLiteral("s.sql"), &error);
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(tableNames(*cat), QStringList{"t"});
    QCOMPARE(countNotes(*cat, QStringLiteral("statement")), 2);
    QVERIFY(hasNote(*cat, QStringLiteral("statement"), QStringLiteral("line 1")));
    QVERIFY(hasNote(*cat, QStringLiteral("statement"), QStringLiteral("line 3")));
    QVERIFY(cat->notes[0].detail.contains(QLatin1String("no such module")));
}

void TestImportSqlite::scriptWritesNoFiles()
{
    const QString attached = m_dir->filePath(QStringLiteral("attached.sqlite"));
    const QString vacuumed = m_dir->filePath(QStringLiteral("vacuumed.sqlite"));
    const QByteArray script = ".headers on\n"
                              "CREATE TABLE t(id INTEGER PRIMARY KEY);\n"
                              "ATTACH '" + attached.toUtf8() + "' AS other;\n"
                              "CREATE TABLE other.x(id INTEGER PRIMARY KEY);\n"
                              "VACUUM INTO '" + vacuumed.toUtf8() + "';\n";
    QString error;
    const std::optional<Catalog> cat = readSqliteScript(script, QStringLiteral("w.sql"), &error);
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(tableNames(*cat), QStringList{"t"});
    QVERIFY(!QFile::exists(attached));
    QVERIFY(!QFile::exists(vacuumed));
    for (const char *line : {"line 1", "line 3", "line 4", "line 5"})
        QVERIFY2(hasNote(*cat, QStringLiteral("statement"), QLatin1String(line)), line);
}

void TestImportSqlite::refusesMissingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QString error;
    QVERIFY(!readSqliteDatabase(path, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("no such file")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path)); // and not created
}

void TestImportSqlite::refusesNotADatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("schema.sql"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("CREATE TABLE t(id INTEGER PRIMARY KEY);\n").repeated(20));
    f.close();
    QString error;
    QVERIFY(!readSqliteDatabase(path, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("file is not a database")),
             qPrintable(error));
}

void TestImportSqlite::refusesTruncated()
{
    const QString path = m_dir->filePath(QStringLiteral("big.sqlite"));
    QCOMPARE(makeDatabase(path, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 5000) INSERT INTO t SELECT i, hex(randomblob(40)) "
                                "FROM n;"),
             QString());
    QFile f(path);
    const qint64 size = f.size();
    QVERIFY(size > 100000);
    QVERIFY(f.resize(size / 2));
    QString error;
    QVERIFY(!readSqliteDatabase(path, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("truncated")),
             qPrintable(error));

    // A damaged page that the header cannot reveal: quick_check finds it.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QCOMPARE(makeDatabase(damaged, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   "FROM n WHERE i < 5000) INSERT INTO t SELECT i, "
                                   "hex(randomblob(40)) FROM n;"),
             QString());
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::ReadWrite));
    QVERIFY(d.seek(4096 * 5)); // a b-tree page of t, past the schema
    d.write(QByteArray(4096, '\xff'));
    d.close();
    QVERIFY(!readSqliteDatabase(damaged, &error));
    QVERIFY2(error.startsWith(damaged) && error.contains(QLatin1String("corrupt")),
             qPrintable(error));
}

void TestImportSqlite::refusesEmpty()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(makeDatabase(path, "CREATE TABLE t(x); DROP TABLE t;"), QString());
    QString error;
    QVERIFY(!readSqliteDatabase(path, &error));
    QCOMPARE(error, path + QStringLiteral(" contains no tables"));

    const QString zero = m_dir->filePath(QStringLiteral("zero.sqlite"));
    QFile z(zero);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.close();
    QVERIFY(!readSqliteDatabase(zero, &error));
    QCOMPARE(error, zero + QStringLiteral(" contains no tables"));

    QVERIFY(!readSqliteScript("-- nothing\n", QStringLiteral("e.sql"), &error));
    QCOMPARE(error, QStringLiteral("e.sql contains no tables"));
    QVERIFY(!readSqliteScript("CREATE VIEW v AS SELECT 1;", QStringLiteral("v.sql"), &error));
    QCOMPARE(error, QStringLiteral("v.sql contains no tables that can be imported"));
}

void TestImportSqlite::sourceUnchanged_data()
{
    QTest::addColumn<bool>("writable");
    QTest::addColumn<bool>("wal");
    QTest::newRow("writable") << true << false;
    QTest::newRow("read-only (immutable)") << false << false;
    QTest::newRow("WAL mode") << true << true;
}

void TestImportSqlite::sourceUnchanged()
{
    QFETCH(bool, writable);
    QFETCH(bool, wal);
    const QString path = m_dir->filePath(QStringLiteral("src.sqlite"));
    QCOMPARE(makeDatabase(path, QByteArray(wal ? "PRAGMA journal_mode=WAL;" : "")
                                    + "CREATE TABLE a(id INTEGER PRIMARY KEY, v TEXT);"
                                      "CREATE INDEX a_v ON a(v);"
                                      "INSERT INTO a(v) VALUES ('x'), ('y');"),
             QString());
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    if (!writable)
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    auto hash = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = hash();
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY(!before.isEmpty());

    QString error;
    const std::optional<Catalog> cat = readSqliteDatabase(path, &error);
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(cat->tables.size(), 1u);
    QCOMPARE(cat->tables[0].indexes.size(), 1u);

    QCOMPARE(hash(), before);
    QCOMPARE(QFileInfo(path).lastModified(), old);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore); // no journal left behind
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestImportSqlite::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("virtualNotes");
    QTest::addColumn<int>("generatedNotes");
    QTest::newRow("chinook.sqlite") << "chinook.sqlite" << 11 << 0 << 0;
    QTest::newRow("chinook.sql") << "chinook.sql" << 11 << 0 << 0;
    QTest::newRow("sakila") << "sakila.sql" << 16 << 0 << 0;
    QTest::newRow("northwind") << "northwind.sql" << 13 << 0 << 0;
    QTest::newRow("synapse") << "synapse.sql" << 134 << 12 << 0;
    QTest::newRow("temporal") << "temporal.sql" << 37 << 0 << 0;
    QTest::newRow("temporal_visibility") << "temporal_visibility.sql" << 1 << 10 << 59;
    QTest::newRow("anki") << "anki.sql" << 5 << 0 << 0;
}

void TestImportSqlite::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, tables);
    QFETCH(int, virtualNotes);
    QFETCH(int, generatedNotes);
    const QString path = corpusDir() + QStringLiteral("/sqlite/") + file;
    if (!QFileInfo::exists(path)) {
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(QStringLiteral("corpus file missing: ") + path));
        QSKIP(qPrintable(QStringLiteral("corpus file missing (set SQLMODEL_STUDIO_CORPUS): ")
                         + path));
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::optional<Catalog> cat;
    if (file.endsWith(QLatin1String(".sql"))) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        cat = readSqliteScript(f.readAll(), file, &error);
    } else {
        cat = readSqliteDatabase(path, &error);
    }
    qDebug().noquote() << file << "read in" << timer.elapsed() << "ms";
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(int(cat->tables.size()), tables);
    QCOMPARE(countNotes(*cat, QStringLiteral("virtualTable")), virtualNotes);
    QCOMPARE(countNotes(*cat, QStringLiteral("generatedColumn")), generatedNotes);
    QCOMPARE(countNotes(*cat, QStringLiteral("statement")), 0);
    for (const RawTable &t : cat->tables) {
        QVERIFY2(!t.columns.empty(), qPrintable(t.name));
        for (const RawForeignKey &fk : t.foreignKeys)
            QVERIFY2(!fk.columns.isEmpty() && !fk.refTable.isEmpty(), qPrintable(t.name));
    }
}

void TestImportSqlite::fiveThousandTables()
{
    constexpr int count = 5000;
    QByteArray sql = "BEGIN;";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray parent = QByteArray::number(i == 0 ? 0 : i - 1);
        sql += "CREATE TABLE t" + n + "(id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL, "
               "amount NUMERIC(10,2) DEFAULT 0, created TIMESTAMP, flag BOOLEAN CHECK (flag IN "
               "(0, 1)), parent_id INTEGER REFERENCES t" + parent + "(id) ON DELETE CASCADE);"
               "CREATE INDEX ix_t" + n + "_parent ON t" + n + "(parent_id);";
    }
    sql += "COMMIT;";
    const QString path = m_dir->filePath(QStringLiteral("big.sqlite"));
    QCOMPARE(makeDatabase(path, sql), QString());

    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<Catalog> cat = readSqliteDatabase(path, &error);
    qDebug().noquote() << count << "tables read in" << timer.elapsed() << "ms";
    QVERIFY2(cat, qPrintable(error));
    QCOMPARE(int(cat->tables.size()), count);
    const RawTable &last = cat->tables.back();
    QCOMPARE(last.name, QStringLiteral("t4999"));
    QCOMPARE(last.columns.size(), 6u);
    QCOMPARE(last.foreignKeys.size(), 1u);
    QCOMPARE(last.foreignKeys[0].refTable, QStringLiteral("t4998"));
    QCOMPARE(last.indexes.size(), 1u);
    QCOMPARE(last.checks.size(), 1u);
}

QTEST_GUILESS_MAIN(TestImportSqlite)
#include "tst_import_sqlite.moc"
