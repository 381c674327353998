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

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
