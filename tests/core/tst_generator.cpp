// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden tests for the SQLModel generator: tests/data/generator/<case>/ holds project.sqlmodel.json,
// an optional `options` file (CLI-style flags: --layout package, --no-multiple-models) and the
// exact expected output under expected/. Set SMS_UPDATE_GOLDEN=1 to rewrite the expected files
// after a deliberate change (then review the diff).

#include "golden.h"
#include "projectfile.h"
#include "pythonwriter.h"
#include "sqlmodelgenerator.h"
#include "validate.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Core;

namespace {

GeneratorOptions parseOptions(const QString &text)
{
    GeneratorOptions o;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--layout") && i + 1 < words.size())
            o.layout = words[++i] == QLatin1String("package") ? GeneratorOptions::Layout::Package
                                                             : GeneratorOptions::Layout::Module;
        else if (words[i] == QLatin1String("--no-multiple-models"))
            o.multipleModels = false;
    }
    return o;
}

} // namespace

class TestGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void stringLiterals_data();
    void stringLiterals();
    void everyExampleGenerates_data();
    void everyExampleGenerates();
    void survivesInvalidDesigns();
};

void TestGenerator::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    QDir root(QStringLiteral(SMS_TEST_DATA_DIR "/generator"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 5, "expected at least five golden cases");
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestGenerator::golden()
{
    QFETCH(QString, caseDir);
    Schema schema;
    LoadError error;
    QVERIFY2(loadProject(caseDir + QLatin1String("/project.sqlmodel.json"), &schema, &error),
             qPrintable(error.toString()));
    const GeneratorOptions options = parseOptions(QString::fromUtf8(TestSupport::readFile(caseDir + QLatin1String("/options"))));
    const auto files = generateSqlModel(schema, options);
    QVERIFY(!files.empty());

    TestSupport::compareWithGolden(files, caseDir + QLatin1String("/expected"));
}

void TestGenerator::deterministic()
{
    Schema schema;
    LoadError error;
    QVERIFY2(loadProject(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"), &schema, &error),
             qPrintable(error.toString()));
    for (auto layout : {GeneratorOptions::Layout::Module, GeneratorOptions::Layout::Package}) {
        GeneratorOptions o;
        o.layout = layout;
        QCOMPARE(generateSqlModel(schema, o), generateSqlModel(schema, o));
    }
}

void TestGenerator::stringLiterals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("hero") << QStringLiteral("\"hero\"");
    QTest::newRow("double quote") << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'");
    QTest::newRow("more doubles") << QStringLiteral("it's \"x\"") << QStringLiteral("'it\\'s \"x\"'");
    QTest::newRow("as many of each") << QStringLiteral("'\"") << QStringLiteral("\"'\\\"\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    QTest::newRow("newline") << QStringLiteral("a\nb\r") << QStringLiteral("\"a\\nb\\r\"");
    QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("\"\\x00\"");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\"\\u2028\"");
    QTest::newRow("unicode kept") << QStringLiteral("café Ω 漢") << QStringLiteral("\"café Ω 漢\"");
    QTest::newRow("triple quote") << QStringLiteral("\"\"\"") << QStringLiteral("'\"\"\"'");
}

void TestGenerator::stringLiterals()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Python::stringLiteral(input), expected);
}

void TestGenerator::everyExampleGenerates_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(SMS_EXAMPLES_DIR));
    for (const QString &f : dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestGenerator::everyExampleGenerates()
{
    QFETCH(QString, path);
    Schema schema;
    LoadError error;
    QVERIFY2(loadProject(path, &schema, &error), qPrintable(error.toString()));
    QVERIFY(validate(schema).empty());
    GeneratorOptions package;
    package.layout = GeneratorOptions::Layout::Package;
    const auto files = generateSqlModel(schema, package);
    // One module per table, plus __init__.py and _naming.py (and shared.py for enums).
    QVERIFY(files.size() >= schema.tables.size() + 2);
    QCOMPARE(files.front().path, QStringLiteral("models/__init__.py"));
    for (const Table &t : schema.tables) {
        bool found = false;
        for (const auto &f : files)
            found = found || f.content.contains(QLatin1String("__tablename__ = ") + Python::stringLiteral(t.name));
        QVERIFY2(found, qPrintable(t.name));
    }
}

// The designer starts generating the Models pane before validation has finished (when the
// design was valid a moment ago) and throws the code away if the design turns out invalid. So
// the generator must get through any design without crashing: thousands of seeded random breakages
// of the examples (dangling ids, empty names, missing keys, bogus enums) are generated here.
void TestGenerator::survivesInvalidDesigns()
{
    QDir dir(QStringLiteral(SMS_EXAMPLES_DIR));
    std::vector<Schema> bases;
    for (const QString &f : dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files, QDir::Name)) {
        Schema schema;
        LoadError error;
        QVERIFY2(loadProject(dir.filePath(f), &schema, &error), qPrintable(error.toString()));
        bases.push_back(schema);
    }
    // SMS_FUZZ_ROUNDS and SMS_FUZZ_SEED run it longer or differently (CI: 3,000 rounds, fixed).
    const int rounds = qEnvironmentVariableIsSet("SMS_FUZZ_ROUNDS") ? qEnvironmentVariableIntValue("SMS_FUZZ_ROUNDS") : 3000;
    QRandomGenerator random(qEnvironmentVariableIsSet("SMS_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("SMS_FUZZ_SEED"))
                                                                       : 20261124u);
    auto pick = [&](auto &vec) -> decltype(&vec[0]) {
        return vec.empty() ? nullptr : &vec[random.bounded(int(vec.size()))];
    };
    const QString bogus = QStringLiteral("no_such_id");
    int invalid = 0;
    for (int round = 0; round < rounds; ++round) {
        Schema s = bases[std::size_t(round) % bases.size()];
        const int breakages = 1 + random.bounded(3);
        for (int b = 0; b < breakages; ++b) {
            Table *t = pick(s.tables);
            Column *c = t ? pick(t->columns) : nullptr;
            ForeignKey *fk = t ? pick(t->foreignKeys) : nullptr;
            Relationship *r = pick(s.relationships);
            EnumType *e = pick(s.enums);
            switch (random.bounded(16)) {
            case 0: if (t) s.tables.erase(s.tables.begin() + (t - s.tables.data())); break;
            case 1: if (fk) fk->refTable = bogus; break;
            case 2: if (fk) fk->refColumns = {bogus}; break;
            case 3: if (fk) fk->columns = {}; break;
            case 4: if (r) r->foreignKey = bogus; break;
            case 5: if (r) { r->kind = RelationshipKind::ManyToMany; r->secondForeignKey = random.bounded(2) ? bogus : QString(); } break;
            case 6: if (r) r->kind = RelationshipKind(random.bounded(3)); break;
            case 7: if (c) c->name.clear(); break;
            case 8: if (c) { c->type.kind = TypeKind::Enum; c->type.enumId = random.bounded(2) ? bogus : (e ? e->id : bogus); c->defaultValue = QStringLiteral("nope"); } break;
            case 9: if (t) t->primaryKeyOrder = {bogus}; break;
            case 10: if (t && !t->indexes.empty()) t->indexes.front().columns = {bogus}; else if (t) { Index ix; ix.id = QStringLiteral("ix_bogus"); ix.columns = {bogus, QString()}; t->indexes.push_back(ix); } break;
            case 11: if (t) { Validator v; v.id = QStringLiteral("v_bogus"); v.name = QStringLiteral("check"); v.columns = {bogus}; v.body = QStringLiteral("return v"); t->validators.push_back(v); } break;
            case 12: if (e) e->values.clear(); break;
            case 13: if (t) t->columns.clear(); break;
            case 14: if (c) c->primaryKey = !c->primaryKey; break;
            case 15: if (t) { t->name.clear(); t->className.clear(); } break;
            }
        }
        invalid += validate(s).empty() ? 0 : 1;
        for (const bool package : {false, true}) {
            GeneratorOptions options;
            options.layout = package ? GeneratorOptions::Layout::Package : GeneratorOptions::Layout::Module;
            const auto files = generateSqlModel(s, options);
            Q_UNUSED(files)
        }
    }
    qInfo("%d of %d broken designs were invalid; the generator went through all of them", invalid, rounds);
    QVERIFY(invalid > rounds * 2 / 3);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
