// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden tests for the CRUD generator: tests/data/crud/<case>/ holds project.sqlmodel.json, an
// optional `options` file (CLI-style flags: --layout package, --no-multiple-models,
// --with crud,router; without --with both are on) and the exact expected output under
// expected/. Set SMS_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change
// (then review the diff). tests/python/test_crud.py runs the same output against the real
// packages.

#include "crudgenerator.h"
#include "golden.h"
#include "projectfile.h"
#include "validate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Core;

namespace {

CrudOptions parseOptions(const QString &text)
{
    CrudOptions o;
    o.routers = true;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--layout") && i + 1 < words.size()) {
            o.models.layout = words[++i] == QLatin1String("package") ? GeneratorOptions::Layout::Package
                                                                    : GeneratorOptions::Layout::Module;
        } else if (words[i] == QLatin1String("--no-multiple-models")) {
            o.models.multipleModels = false;
        } else if (words[i] == QLatin1String("--with") && i + 1 < words.size()) {
            const QStringList items = words[++i].split(u',');
            o.async = items.contains(QLatin1String("crud"));
            o.sync = true;
            o.routers = items.contains(QLatin1String("router"));
        }
    }
    return o;
}

Schema load(const QString &path)
{
    Schema schema;
    LoadError error;
    if (!loadProject(path, &schema, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error.toString()));
    return schema;
}

const GeneratedFile *find(const std::vector<GeneratedFile> &files, const QString &path)
{
    for (const auto &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestCrudGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void filesFollowOptions();
    void compositeKeyInMapperOrder();
    void updateOnlyWithNonKeyColumns();
    void hostileNamesStayDistinct();
};

void TestCrudGenerator::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    QDir root(QStringLiteral(SMS_TEST_DATA_DIR "/crud"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 3, "expected at least three golden cases");
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestCrudGenerator::golden()
{
    QFETCH(QString, caseDir);
    const Schema schema = load(caseDir + QLatin1String("/project.sqlmodel.json"));
    QVERIFY(validate(schema).empty());
    const CrudOptions options = parseOptions(QString::fromUtf8(TestSupport::readFile(caseDir + QLatin1String("/options"))));
    const auto files = generateCrud(schema, options);
    QVERIFY(!files.empty());

    TestSupport::compareWithGolden(files, caseDir + QLatin1String("/expected"));
}

void TestCrudGenerator::deterministic()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json"));
    CrudOptions o;
    o.routers = true;
    QCOMPARE(generateCrud(schema, o), generateCrud(schema, o));
}

void TestCrudGenerator::filesFollowOptions()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    CrudOptions o;
    o.async = false;
    auto files = generateCrud(schema, o);
    QCOMPARE(files.size(), std::size_t(1));
    QCOMPARE(files.front().path, QStringLiteral("crud.py"));

    o.sync = false;
    o.async = true;
    files = generateCrud(schema, o);
    QCOMPARE(files.size(), std::size_t(1));
    QCOMPARE(files.front().path, QStringLiteral("crud_async.py"));
    // The async module eager-loads and says why it needs expire_on_commit=False.
    QVERIFY(files.front().content.contains(QLatin1String("selectinload(Team.heroes)")));
    QVERIFY(files.front().content.contains(QLatin1String("AsyncSession(engine, expire_on_commit=False)")));

    // The routers call the sync functions, so crud.py comes with them.
    o.async = false;
    o.routers = true;
    o.models.packageName = QStringLiteral("app_models");
    files = generateCrud(schema, o);
    QVERIFY(find(files, QStringLiteral("crud.py")));
    QVERIFY(find(files, QStringLiteral("routers/__init__.py")));
    QVERIFY(find(files, QStringLiteral("routers/deps.py")));
    QCOMPARE(files.size(), std::size_t(3 + schema.tables.size()));
    QVERIFY(find(files, QStringLiteral("crud.py"))->content.contains(QLatin1String("\nfrom app_models import ")));
    QVERIFY(!find(files, QStringLiteral("crud.py"))->content.contains(QLatin1String("from models import")));
}

void TestCrudGenerator::compositeKeyInMapperOrder()
{
    // The generated key comes after the XBase fields in the table, so it comes second in the
    // identity that session.get() takes, whatever the design order.
    const Schema schema = load(QStringLiteral(SMS_TEST_DATA_DIR "/crud/hostile/project.sqlmodel.json"));
    CrudOptions o;
    o.async = false;
    const QString crud = generateCrud(schema, o).front().content;
    QVERIFY2(crud.contains(QLatin1String("return session.get(Session, (offset_, session_))")), qPrintable(crud));
    o.models.multipleModels = false;
    const QString single = generateCrud(schema, o).front().content;
    QVERIFY2(single.contains(QLatin1String("return session.get(Session, (session_, offset_))")), qPrintable(single));
}

void TestCrudGenerator::updateOnlyWithNonKeyColumns()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json"));
    CrudOptions o;
    o.async = false;
    const QString crud = generateCrud(schema, o).front().content;
    // product_tag holds its two keys only: the models have no ProductTagUpdate.
    QVERIFY(crud.contains(QLatin1String("def delete_product_tag(")));
    QVERIFY(!crud.contains(QLatin1String("def update_product_tag(")));
    QVERIFY(!crud.contains(QLatin1String("ProductTagUpdate")));
    QVERIFY(crud.contains(QLatin1String("def update_product_category(")));
}

void TestCrudGenerator::hostileNamesStayDistinct()
{
    const Schema schema = load(QStringLiteral(SMS_TEST_DATA_DIR "/crud/hostile/project.sqlmodel.json"));
    CrudOptions o;
    o.routers = true;
    const auto files = generateCrud(schema, o);
    const QString crud = find(files, QStringLiteral("crud.py"))->content;
    // A model named Session: SQLModel's Session is imported under another name.
    QVERIFY2(crud.contains(QLatin1String("from sqlmodel import Session as Session_")), qPrintable(crud));
    // Every function name is defined once.
    QRegularExpression def(QStringLiteral("^(?:async )?def (\\w+)\\("), QRegularExpression::MultilineOption);
    for (const auto &f : files) {
        QSet<QString> names;
        auto it = def.globalMatch(f.content);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            QVERIFY2(!names.contains(name), qPrintable(f.path + u' ' + name));
            names.insert(name);
        }
    }
}

QTEST_GUILESS_MAIN(TestCrudGenerator)
#include "tst_crudgenerator.moc"
