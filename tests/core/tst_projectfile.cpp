// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"
#include "validate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <variant>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Core;

namespace {

QString dataDir() { return QStringLiteral(SMS_TEST_DATA_DIR "/projectfile"); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Schema loadOrFail(const QString &path)
{
    Schema s;
    LoadError e;
    if (!loadProject(path, &s, &e))
        qFatal("%s", qPrintable(e.toString()));
    return s;
}

// Every key path ("tables[].columns[].type.kind") that occurs in a JSON value.
void collectKeys(const QJsonValue &v, const QString &prefix, QSet<QString> *keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            keys->insert(p);
            collectKeys(it.value(), p, keys);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectKeys(e, prefix + QLatin1String("[]"), keys);
    }
}

// A schema with one table that is big enough to exceed a small file-size limit.
Schema bigSchema(int columns)
{
    Schema s;
    s.name = QStringLiteral("big");
    Table t;
    t.id = QStringLiteral("t_big");
    t.name = QStringLiteral("big");
    for (int i = 0; i < columns; ++i) {
        Column c;
        c.id = QStringLiteral("c_big_%1").arg(i);
        c.name = QStringLiteral("column_number_%1").arg(i);
        c.primaryKey = i == 0;
        c.nullable = i != 0;
        c.comment = QStringLiteral("A comment that makes the file longer, number %1").arg(i);
        t.columns.push_back(c);
    }
    s.tables.push_back(t);
    return s;
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void canonical_data();
    void canonical();
    void canonicalCoverage();
    void exactBytes();
    void numbersKeepTheirKind();
    void unicode();
    void deterministic();
    void malformedBaseIsValid();
    void malformed_data();
    void malformed();
    void loadErrors();
    void loadErrorToString();
    void saveAndLoad();
    void saveIntoMissingDirectory();
    void saveIntoReadOnlyDirectory();
    void saveFailureKeepsPreviousFile();
};

void TestProjectFile::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SMS_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files,
                                            QDir::Name);
    QVERIFY2(!files.isEmpty(), "no examples found");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestProjectFile::examples()
{
    QFETCH(QString, path);
    Schema first;
    LoadError error;
    QVERIFY2(parseProject(readAll(path), path, &first, &error), qPrintable(error.toString()));
    QVERIFY(!first.tables.empty());
    const QByteArray bytes = serializeProject(first);
    Schema second;
    QVERIFY2(parseProject(bytes, path, &second, &error), qPrintable(error.toString()));
    QCOMPARE(second, first);
    QCOMPARE(serializeProject(second), bytes);
    QVERIFY(validate(first).empty());
}

void TestProjectFile::canonical_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir() + QLatin1String("/canonical"));
    const QStringList files = dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files,
                                            QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestProjectFile::canonical()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    Schema schema;
    LoadError error;
    QVERIFY2(parseProject(bytes, path, &schema, &error), qPrintable(error.toString()));
    const QByteArray saved = serializeProject(schema);
    if (saved != bytes) {
        // Show the first differing line rather than two walls of text.
        const QList<QByteArray> a = saved.split('\n');
        const QList<QByteArray> b = bytes.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QCOMPARE(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)));
    }
    QCOMPARE(saved, bytes);
}

// The canonical fixtures together use every documented key, type kind, factory, relationship
// kind and kind of default value, so that canonical() checks all of them.
void TestProjectFile::canonicalCoverage()
{
    QSet<QString> keys;
    QSet<QString> kinds;
    QSet<TypeKind> typeKinds;
    QSet<DefaultFactory> factories;
    QSet<RelationshipKind> relKinds;
    QSet<std::size_t> defaultKinds;
    bool fractionalPosition = false;
    const QDir dir(dataDir() + QLatin1String("/canonical"));
    for (const QString &f : dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files)) {
        const QByteArray bytes = readAll(dir.filePath(f));
        collectKeys(QJsonDocument::fromJson(bytes).object(), QString(), &keys);
        const Schema s = loadOrFail(dir.filePath(f));
        for (const Table &t : s.tables) {
            if (t.position && (t.position->x() != std::floor(t.position->x())))
                fractionalPosition = true;
            for (const Column &c : t.columns) {
                typeKinds.insert(c.type.kind);
                factories.insert(c.defaultFactory);
                defaultKinds.insert(c.defaultValue.index());
            }
        }
        for (const Relationship &r : s.relationships)
            relKinds.insert(r.kind);
    }
    const QStringList documented = {
        "format", "version", "name", "enums", "enums[].id", "enums[].name", "enums[].sqlName",
        "enums[].values", "tables", "tables[].id", "tables[].name", "tables[].className",
        "tables[].schema", "tables[].comment", "tables[].position", "tables[].position.x",
        "tables[].position.y", "tables[].columns", "tables[].columns[].id",
        "tables[].columns[].name", "tables[].columns[].attribute", "tables[].columns[].type",
        "tables[].columns[].type.kind", "tables[].columns[].type.length",
        "tables[].columns[].type.precision", "tables[].columns[].type.scale",
        "tables[].columns[].type.timezone", "tables[].columns[].type.enum",
        "tables[].columns[].type.sql", "tables[].columns[].type.array",
        "tables[].columns[].nullable", "tables[].columns[].primaryKey",
        "tables[].columns[].autoincrement", "tables[].columns[].default",
        "tables[].columns[].defaultFactory", "tables[].columns[].serverDefault",
        "tables[].columns[].unique", "tables[].columns[].index", "tables[].columns[].comment",
        "tables[].foreignKeys", "tables[].foreignKeys[].id", "tables[].foreignKeys[].name",
        "tables[].foreignKeys[].columns", "tables[].foreignKeys[].refTable",
        "tables[].foreignKeys[].refColumns", "tables[].foreignKeys[].onDelete",
        "tables[].foreignKeys[].onUpdate", "tables[].indexes", "tables[].indexes[].id",
        "tables[].indexes[].name", "tables[].indexes[].columns", "tables[].indexes[].unique",
        "tables[].uniques", "tables[].uniques[].id", "tables[].uniques[].name",
        "tables[].uniques[].columns", "tables[].checks", "tables[].checks[].id",
        "tables[].checks[].name", "tables[].checks[].expression", "relationships",
        "relationships[].id", "relationships[].kind", "relationships[].foreignKey",
        "relationships[].secondForeignKey", "relationships[].parentAttribute",
        "relationships[].childAttribute", "relationships[].cascadeDelete",
        "relationships[].passiveDeletes", "relationships[].lazy", "relationships[].viewOnly",
        "tables[].indexes[].where", "tables[].columns[].constraints",
        "tables[].columns[].constraints.gt", "tables[].columns[].constraints.ge",
        "tables[].columns[].constraints.lt", "tables[].columns[].constraints.le",
        "tables[].columns[].constraints.multipleOf", "tables[].columns[].constraints.minLength",
        "tables[].columns[].constraints.maxLength", "tables[].columns[].constraints.pattern",
        "tables[].columns[].constraints.allowedValues", "tables[].columns[].constraints.format",
        "tables[].columns[].constraints.checkBounds",
        "tables[].columns[].constraints.checkLength",
        "tables[].columns[].constraints.checkValues", "tables[].validators",
        "tables[].validators[].id", "tables[].validators[].name", "tables[].validators[].model",
        "tables[].validators[].columns", "tables[].validators[].mode",
        "tables[].validators[].body", "importReport", "importReport.source",
        "importReport.dialect", "importReport.notes", "importReport.notes[].kind",
        "importReport.notes[].object", "importReport.notes[].detail", "tables[].primaryKey",
        "enums[].schema", "lintSuppressions", "lintSuppressions[].rule",
        "lintSuppressions[].object", "lintSuppressions[].reason",
    };
    for (const QString &k : documented)
        QVERIFY2(keys.contains(k), qPrintable(QLatin1String("no canonical fixture uses ") + k));
    for (const QString &k : std::as_const(keys))
        QVERIFY2(documented.contains(k), qPrintable(QLatin1String("undocumented key ") + k));
    QCOMPARE(typeKinds.size(), 18);
    QCOMPARE(factories.size(), 5);
    QCOMPARE(relKinds.size(), 3);
    QCOMPARE(defaultKinds.size(), std::variant_size_v<DefaultValue>);
    QVERIFY(fractionalPosition);
}

// The exact canonical text of a small schema: order, omissions, indentation, newline.
void TestProjectFile::exactBytes()
{
    Schema s;
    Table t;
    t.id = QStringLiteral("t_a");
    t.name = QStringLiteral("a");
    t.position = QPointF(40, 12.5);
    Column id;
    id.id = QStringLiteral("c_a_id");
    id.name = QStringLiteral("id");
    id.nullable = false;
    id.primaryKey = true;
    Column label;
    label.id = QStringLiteral("c_a_label");
    label.name = QStringLiteral("label");
    label.type.kind = TypeKind::String;
    label.type.length = 20;
    label.defaultValue = QString();
    t.columns = {id, label};
    s.tables.push_back(t);

    const QByteArray expected = R"({
  "format": "sqlmodel-studio-project",
  "version": 1,
  "tables": [
    {
      "id": "t_a",
      "name": "a",
      "position": {
        "x": 40,
        "y": 12.5
      },
      "columns": [
        {
          "id": "c_a_id",
          "name": "id",
          "type": {
            "kind": "integer"
          },
          "nullable": false,
          "primaryKey": true
        },
        {
          "id": "c_a_label",
          "name": "label",
          "type": {
            "kind": "string",
            "length": 20
          },
          "default": ""
        }
      ]
    }
  ]
}
)";
    QCOMPARE(serializeProject(s), expected);
    Schema back;
    LoadError error;
    QVERIFY2(parseProject(expected, QStringLiteral("a"), &back, &error),
             qPrintable(error.toString()));
    QCOMPARE(back, s);
    // an empty-string default is a default, not "no default"
    QVERIFY(std::holds_alternative<QString>(back.tables[0].columns[1].defaultValue));
}

void TestProjectFile::numbersKeepTheirKind()
{
    Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    Table &t = s.tables[0];
    Column big;
    big.id = QStringLiteral("c_big");
    big.name = QStringLiteral("big");
    big.type.kind = TypeKind::BigInteger;
    big.defaultValue = qint64(4611686018427387905); // 2^62 + 1: not exact as a double
    Column whole;
    whole.id = QStringLiteral("c_whole");
    whole.name = QStringLiteral("whole");
    whole.type.kind = TypeKind::Float;
    whole.defaultValue = 5.0;
    Column tiny;
    tiny.id = QStringLiteral("c_tiny");
    tiny.name = QStringLiteral("tiny");
    tiny.type.kind = TypeKind::Float;
    tiny.defaultValue = 1e-300;
    t.columns.push_back(big);
    t.columns.push_back(whole);
    t.columns.push_back(tiny);
    t.position = QPointF(-7, 0.1 + 0.2); // 0.30000000000000004 must survive exactly

    const QByteArray bytes = serializeProject(s);
    QVERIFY(bytes.contains("\"default\": 4611686018427387905\n"));
    QVERIFY(bytes.contains("\"default\": 5.0\n"));
    QVERIFY(bytes.contains("\"x\": -7,"));
    Schema back;
    LoadError error;
    QVERIFY2(parseProject(bytes, QStringLiteral("n"), &back, &error), qPrintable(error.toString()));
    QCOMPARE(back, s);
    QCOMPARE(std::get<qint64>(back.tables[0].columns[1].defaultValue), qint64(4611686018427387905));
    QVERIFY(std::holds_alternative<double>(back.tables[0].columns[2].defaultValue));
    QCOMPARE(back.tables[0].position->y(), 0.1 + 0.2);
    QCOMPARE(serializeProject(back), bytes);
}

void TestProjectFile::unicode()
{
    Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    s.name = QStringLiteral("Café ☕ 日本");
    s.tables[0].comment = QStringLiteral("tab\there \"quoted\" \\ \x01 end");
    QByteArray bytes = serializeProject(s);
    // non-ASCII is written as UTF-8, not as \u escapes; control characters are escaped
    QVERIFY(bytes.contains("\"name\": \"Caf\xc3\xa9 \xe2\x98\x95 \xe6\x97\xa5\xe6\x9c\xac\""));
    QVERIFY(bytes.contains("\"comment\": \"tab\\there \\\"quoted\\\" \\\\ \\u0001 end\""));
    Schema back;
    LoadError error;
    QVERIFY2(parseProject(bytes, QStringLiteral("u"), &back, &error), qPrintable(error.toString()));
    QCOMPARE(back, s);

    // A lone surrogate cannot be encoded; saving must neither crash nor write invalid UTF-8.
    s.tables[0].comment = QString(QChar(0xD800)) + QLatin1String("x");
    bytes = serializeProject(s);
    QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
    QVERIFY2(parseProject(bytes, QStringLiteral("u"), &back, &error), qPrintable(error.toString()));
    QVERIFY(back.tables[0].comment.endsWith(u'x'));
}

void TestProjectFile::deterministic()
{
    const Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/library.sqlmodel.json"));
    const QByteArray a = serializeProject(s);
    const QByteArray b = serializeProject(Schema(s));
    QCOMPARE(a, b);
    QVERIFY(a.endsWith("}\n"));
    QVERIFY(!a.endsWith("\n\n"));
    // a one-column change is a small diff: every other line stays the same
    Schema changed = s;
    changed.tables[0].columns[1].comment = QStringLiteral("Changed");
    const QList<QByteArray> before = a.split('\n');
    const QList<QByteArray> after = serializeProject(changed).split('\n');
    QCOMPARE(after.size(), before.size());
    int differing = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        differing += before.at(i) != after.at(i) ? 1 : 0;
    QCOMPARE(differing, 1);
}

void TestProjectFile::malformedBaseIsValid()
{
    // Every malformed case is this file with one change: proving that the base loads shows that
    // each case fails because of its change.
    Schema s;
    LoadError error;
    QVERIFY2(loadProject(dataDir() + QLatin1String("/malformed_base.sqlmodel.json"), &s, &error),
             qPrintable(error.toString()));
    QCOMPARE(s.tables.size(), std::size_t(4));
}

void TestProjectFile::malformed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QDir dir(dataDir() + QLatin1String("/malformed"));
    const QStringList files = dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files,
                                            QDir::Name);
    QVERIFY(files.size() >= 30);
    for (const QString &f : files) {
        const QString name = f.chopped(int(qstrlen(".sqlmodel.json")));
        const QString expectedPath = dir.filePath(name + QLatin1String(".expected"));
        QVERIFY2(QFileInfo::exists(expectedPath), qPrintable(expectedPath));
        const QStringList lines = QString::fromUtf8(readAll(expectedPath)).split(u'\n');
        QVERIFY2(lines.size() >= 2 && !lines.at(1).isEmpty(), qPrintable(expectedPath));
        QTest::newRow(qPrintable(name)) << dir.filePath(f) << lines.at(0) << lines.at(1);
    }
}

void TestProjectFile::malformed()
{
    QFETCH(QString, path);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QByteArray bytes = readAll(path);
    const QString fileName = QFileInfo(path).fileName();

    const Schema original = loadOrFail(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    Schema schema = original;
    LoadError error;
    QVERIFY(!parseProject(bytes, fileName, &schema, &error));
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.where, where);
    QVERIFY2(error.message.contains(message),
             qPrintable(QLatin1String("message: ") + error.message));
    QCOMPARE(schema, original); // untouched

    // loadProject reports the same problem with the path it was given.
    LoadError loadError;
    QVERIFY(!loadProject(path, &schema, &loadError));
    QCOMPARE(loadError.file, path);
    QCOMPARE(loadError.where, where);
    QCOMPARE(loadError.message, error.message);
    QCOMPARE(schema, original);
}

void TestProjectFile::loadErrors()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Schema schema = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    const Schema original = schema;
    LoadError error;

    const QString missing = tmp.filePath(QStringLiteral("missing.sqlmodel.json"));
    QVERIFY(!loadProject(missing, &schema, &error));
    QCOMPARE(error.file, missing);
    QVERIFY(error.where.isEmpty());
    QVERIFY2(error.message.startsWith(QLatin1String("cannot open: ")), qPrintable(error.message));
    QCOMPARE(schema, original);

    QVERIFY(!loadProject(tmp.path(), &schema, &error));
    QVERIFY2(error.message.startsWith(QLatin1String("cannot open: ")), qPrintable(error.message));
    QCOMPARE(schema, original);

    // Null outputs are allowed.
    QVERIFY(!parseProject("[]", QStringLiteral("x"), nullptr, nullptr));
    QVERIFY(parseProject(readAll(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json")),
                         QStringLiteral("x"), nullptr, nullptr));

    // Deeply nested input is refused without exhausting the stack.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!parseProject(deep, QStringLiteral("deep"), &schema, &error));
    QCOMPARE(error.where, QLatin1String("$") + QStringLiteral("[0]").repeated(256));
    QCOMPARE(error.message, QStringLiteral("the JSON is nested more than 256 levels deep"));
    QCOMPARE(schema, original);
}

void TestProjectFile::loadErrorToString()
{
    QCOMPARE((LoadError{QStringLiteral("a.json"), QStringLiteral("$.tables[0].name"),
                        QStringLiteral("expected a string, got number")})
                 .toString(),
             QStringLiteral("a.json: $.tables[0].name: expected a string, got number"));
    QCOMPARE((LoadError{QStringLiteral("a.json"), QString(), QStringLiteral("the file is empty")})
                 .toString(),
             QStringLiteral("a.json: the file is empty"));
}

void TestProjectFile::saveAndLoad()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/library.sqlmodel.json"));
    const QString path = tmp.filePath(QStringLiteral("library.sqlmodel.json"));
    QString message;
    QVERIFY2(saveProject(path, s, &message), qPrintable(message));
    QCOMPARE(readAll(path), serializeProject(s));
    QCOMPARE(loadOrFail(path), s);
    // overwriting works and leaves no temporary files behind
    Schema renamed = s;
    renamed.name = QStringLiteral("renamed");
    QVERIFY2(saveProject(path, renamed, &message), qPrintable(message));
    QCOMPARE(loadOrFail(path), renamed);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"library.sqlmodel.json"});
}

void TestProjectFile::saveIntoMissingDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    QString message;
    const QString path = tmp.filePath(QStringLiteral("no/such/dir/x.sqlmodel.json"));
    QVERIFY(!saveProject(path, s, &message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY(!QFileInfo::exists(path));

    // A regular file in place of a directory fails for every user, root included.
    const QString file = tmp.filePath(QStringLiteral("plain"));
    QVERIFY(writeAll(file, "keep"));
    message.clear();
    QVERIFY(!saveProject(file + QLatin1String("/x.sqlmodel.json"), s, &message));
    QVERIFY(!message.isEmpty());
    QCOMPARE(readAll(file), QByteArray("keep"));
}

void TestProjectFile::saveIntoReadOnlyDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QLatin1String("/x.sqlmodel.json");
    const Schema s = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    QString message;
    QVERIFY2(saveProject(path, s, &message), qPrintable(message));
    const QByteArray before = readAll(path);

    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                           | QFile::ExeGroup));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        // Root (and some file systems) ignore the permission bits: nothing to test there.
        QFile probe(dir + QLatin1String("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("the directory is writable despite its permissions (running as root?); "
                  "saveFailureKeepsPreviousFile covers the failure path");
        }
    }
    Schema changed = s;
    changed.name = QStringLiteral("changed");
    QVERIFY(!saveProject(path, changed, &message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(readAll(path), before);
}

// A write that fails half-way (here: the file-size limit, which binds root too) must leave the
// previous file as it was and no temporary file behind.
void TestProjectFile::saveFailureKeepsPreviousFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("x.sqlmodel.json"));
    const Schema small = loadOrFail(dataDir() + QLatin1String("/canonical/minimal.sqlmodel.json"));
    QString message;
    QVERIFY2(saveProject(path, small, &message), qPrintable(message));
    const QByteArray before = readAll(path);

    const Schema big = bigSchema(400);
    QVERIFY(serializeProject(big).size() > 65536);

    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 16384;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved = saveProject(path, big, &message);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"x.sqlmodel.json"});
    // and with the limit lifted the same save succeeds
    QVERIFY2(saveProject(path, big, &message), qPrintable(message));
    QCOMPARE(loadOrFail(path), big);
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

QTEST_GUILESS_MAIN(TestProjectFile)

#include "tst_projectfile.moc"
