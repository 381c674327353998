// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden tests for the query cookbook: tests/data/queries/<case>/ holds project.sqlmodel.json, an
// optional `options` file (--layout package, --no-multiple-models, --table TABLE_ID) and the exact
// expected output under expected/. Set SMS_UPDATE_GOLDEN=1 to rewrite the expected files after a
// deliberate change (then review the diff). tests/python/test_queries.py runs the same output
// against the real packages and databases.

#include "golden.h"
#include "projectfile.h"
#include "querygenerator.h"
#include "validate.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Core;

namespace {

QueryOptions parseOptions(const QString &text)
{
    QueryOptions o;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--layout") && i + 1 < words.size()) {
            o.models.layout = words[++i] == QLatin1String("package") ? GeneratorOptions::Layout::Package
                                                                    : GeneratorOptions::Layout::Module;
        } else if (words[i] == QLatin1String("--no-multiple-models")) {
            o.models.multipleModels = false;
        } else if (words[i] == QLatin1String("--table") && i + 1 < words.size()) {
            o.tableId = words[++i];
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

QString content(const std::vector<GeneratedFile> &files, const QString &path)
{
    for (const auto &f : files) {
        if (f.path == path)
            return f.content;
    }
    return {};
}

} // namespace

class TestQueryGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void filesFollowOptions();
    void noTablesNoFiles();
    void selectedTableOnly();
    void columnUses();
    void filtersOnlyIndexedColumns();
    void unindexedLookups();
    void namesStayDistinct();
};

void TestQueryGenerator::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    QDir root(QStringLiteral(SMS_TEST_DATA_DIR "/queries"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 3, "expected at least three golden cases");
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestQueryGenerator::golden()
{
    QFETCH(QString, caseDir);
    const Schema schema = load(caseDir + QLatin1String("/project.sqlmodel.json"));
    QVERIFY(validate(schema).empty());
    const QueryOptions options =
        parseOptions(QString::fromUtf8(TestSupport::readFile(caseDir + QLatin1String("/options"))));
    const auto files = generateQueries(schema, options);
    QVERIFY(!files.empty());
    TestSupport::compareWithGolden(files, caseDir + QLatin1String("/expected"));
}

void TestQueryGenerator::deterministic()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json"));
    QCOMPARE(generateQueries(schema, {}), generateQueries(schema, {}));
}

void TestQueryGenerator::filesFollowOptions()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    QueryOptions o;
    auto files = generateQueries(schema, o);
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(files.at(0).path, QStringLiteral("queries.py"));
    QCOMPARE(files.at(1).path, QStringLiteral("queries_async.py"));
    QVERIFY(files.at(1).content.contains(QLatin1String("result = await session.exec(")));
    QVERIFY(!files.at(0).content.contains(QLatin1String("await ")));

    o.async = false;
    files = generateQueries(schema, o);
    QCOMPARE(files.size(), std::size_t(1));
    QCOMPARE(files.front().path, QStringLiteral("queries.py"));

    o.models.packageName = QStringLiteral("app_models");
    files = generateQueries(schema, o);
    QVERIFY(files.front().content.contains(QLatin1String("\nfrom app_models import Hero, HeroTeamLink, Team\n")));
}

void TestQueryGenerator::noTablesNoFiles()
{
    Schema schema;
    schema.name = QStringLiteral("empty");
    QVERIFY(generateQueries(schema, {}).empty());
    // A design of Core tables only (no primary key) has no model to query either.
    Table t;
    t.id = QStringLiteral("t_log");
    t.name = QStringLiteral("log");
    Column c;
    c.id = QStringLiteral("c_msg");
    c.name = QStringLiteral("msg");
    c.type.kind = TypeKind::Text;
    t.columns.push_back(c);
    schema.tables.push_back(t);
    QVERIFY(generateQueries(schema, {}).empty());
    QVERIFY(queryColumnUses(schema).empty());
}

void TestQueryGenerator::selectedTableOnly()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    QueryOptions o;
    o.tableId = QStringLiteral("t_team");
    const QString text = content(generateQueries(schema, o), QStringLiteral("queries.py"));
    QVERIFY(text.contains(QLatin1String("def join_team_heroes(")));
    QVERIFY(text.contains(QLatin1String("def count_teams(")));
    QVERIFY(!text.contains(QLatin1String("def count_heroes(")));
    o.tableId = QStringLiteral("no_such_table");
    QVERIFY(generateQueries(schema, o).empty());
}

void TestQueryGenerator::columnUses()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    const auto uses = queryColumnUses(schema);
    auto has = [&](const char *table, const char *column, QueryColumnUse::Kind kind, bool indexed) {
        return std::find(uses.begin(), uses.end(),
                         QueryColumnUse{QLatin1String(table), QLatin1String(column), kind, indexed})
               != uses.end();
    };
    using K = QueryColumnUse::Kind;
    QVERIFY(has("t_hero", "c_hero_name", K::Filter, true));
    QVERIFY(has("t_hero", "c_hero_age", K::Filter, true));
    QVERIFY(has("t_hero", "c_hero_id", K::Order, true));
    QVERIFY(has("t_hero", "c_hero_team", K::Join, true));
    // secret_name and headquarters have no index and are no lookup keys: never a filter.
    QVERIFY(!has("t_hero", "c_hero_secret", K::Filter, true));
    QVERIFY(!has("t_hero", "c_hero_secret", K::Filter, false));
    // The link's second key column does not lead the primary key's index: a join without one.
    QVERIFY(has("t_link", "c_link_hero", K::Join, false));
    QVERIFY(has("t_link", "c_link_team", K::Join, true));
    for (const QueryColumnUse &u : uses)
        QVERIFY(u.kind == K::Join || u.indexed);
}

void TestQueryGenerator::filtersOnlyIndexedColumns()
{
    const Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    const QString text = content(generateQueries(schema, {}), QStringLiteral("queries.py"));
    QVERIFY(text.contains(QLatin1String("def find_heroes_by_name(")));
    QVERIFY(text.contains(QLatin1String("def find_heroes_by_age(")));
    QVERIFY(!text.contains(QLatin1String("by_secret_name")));
    QVERIFY(!text.contains(QLatin1String("by_headquarters")));
}

// Lookup keys (name, email, slug, ...) and a recency date get their queries with or without an
// index; without one the use is reported unindexed (lint SMS124) and the docstring says so.
void TestQueryGenerator::unindexedLookups()
{
    Schema schema = load(QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json"));
    Table &team = *schema.table(QStringLiteral("t_team"));
    team.column(QStringLiteral("c_team_name"))->index = false;
    Column created;
    created.id = QStringLiteral("c_team_created");
    created.name = QStringLiteral("created_at");
    created.type.kind = TypeKind::DateTime;
    created.type.timezone = true;
    created.nullable = true;
    team.columns.push_back(created);
    Column updated = created;
    updated.id = QStringLiteral("c_team_updated");
    updated.name = QStringLiteral("updated_at");
    team.columns.push_back(updated);
    Column title; // a Text column is not a lookup key: only bounded strings are
    title.id = QStringLiteral("c_team_title");
    title.name = QStringLiteral("title");
    title.type.kind = TypeKind::Text;
    team.columns.push_back(title);
    QVERIFY(validate(schema).empty());

    using K = QueryColumnUse::Kind;
    auto uses = queryColumnUses(schema);
    auto has = [&](const char *column, K kind, bool indexed) {
        return std::find(uses.begin(), uses.end(),
                         QueryColumnUse{QStringLiteral("t_team"), QLatin1String(column), kind, indexed})
               != uses.end();
    };
    QVERIFY(has("c_team_name", K::Filter, false));
    QVERIFY(has("c_team_created", K::Order, false));
    QVERIFY(!has("c_team_updated", K::Order, false)); // one recency column per table
    QVERIFY(!has("c_team_title", K::Filter, false));
    QVERIFY(!has("c_team_hq", K::Filter, false));
    QVERIFY(!has("c_team_hq", K::Filter, true));

    const QString text = content(generateQueries(schema, {}), QStringLiteral("queries.py"));
    QVERIFY(text.contains(QLatin1String("def find_teams_by_name(")));
    QVERIFY(text.contains(QLatin1String("The Team rows with this name, in key order (no index yet: a full scan).")));
    QVERIFY(text.contains(QLatin1String("def latest_teams_by_created_at(")));
    QVERIFY(text.contains(QLatin1String("col(Team.created_at).desc().nulls_last(), col(Team.id)")));
    QVERIFY(!text.contains(QLatin1String("by_updated_at")));
    // Bulk writes keep an indexed criterion: the key, not the unindexed name.
    QVERIFY(text.contains(QLatin1String("def update_teams_by_id(")));

    // An index on updated_at makes it the listing's column, and indexed.
    team.column(QStringLiteral("c_team_updated"))->index = true;
    team.column(QStringLiteral("c_team_name"))->index = true;
    uses = queryColumnUses(schema);
    QVERIFY(has("c_team_name", K::Filter, true));
    QVERIFY(has("c_team_updated", K::Order, true));
    QVERIFY(!has("c_team_created", K::Order, false));
    QVERIFY(content(generateQueries(schema, {}), QStringLiteral("queries.py"))
                .contains(QLatin1String("def latest_teams_by_updated_at(")));
}

void TestQueryGenerator::namesStayDistinct()
{
    const Schema schema = load(QStringLiteral(SMS_TEST_DATA_DIR "/queries/hostile/project.sqlmodel.json"));
    const auto files = generateQueries(schema, {});
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
    // A model named Session: SQLModel's Session is imported under another name.
    QVERIFY(content(files, QStringLiteral("queries.py")).contains(QLatin1String("from sqlmodel import Session as Session_")));
}

QTEST_GUILESS_MAIN(TestQueryGenerator)
#include "tst_querygenerator.moc"
