// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationgenerator.h"
#include "projectfile.h"
#include "schemadiff.h"

#include <QTest>

using namespace Core;
using K = SchemaChange::Kind;

namespace {

Column col(const QString &id, const QString &name, TypeKind kind = TypeKind::Integer) {
    Column c;
    c.id = id;
    c.name = name;
    c.type.kind = kind;
    return c;
}

Table table(const QString &id, const QString &name) {
    Table t;
    t.id = id;
    t.name = name;
    Column pk = col(id + QLatin1String("_id"), QStringLiteral("id"));
    pk.primaryKey = true;
    pk.autoincrement = true;
    pk.nullable = false;
    t.columns.push_back(pk);
    return t;
}

// team <- hero (hero.team_id references team.id)
Schema teamAndHero() {
    Schema s;
    Table team = table(QStringLiteral("t_team"), QStringLiteral("team"));
    Table hero = table(QStringLiteral("t_hero"), QStringLiteral("hero"));
    hero.columns.push_back(col(QStringLiteral("c_name"), QStringLiteral("name"), TypeKind::String));
    hero.columns.push_back(col(QStringLiteral("c_team"), QStringLiteral("team_id")));
    ForeignKey fk;
    fk.id = QStringLiteral("fk_team");
    fk.columns = QStringList{QStringLiteral("c_team")};
    fk.refTable = QStringLiteral("t_team");
    fk.refColumns = QStringList{QStringLiteral("t_team_id")};
    hero.foreignKeys.push_back(fk);
    // hero first: creation must still put team before it
    s.tables.push_back(hero);
    s.tables.push_back(team);
    return s;
}

QList<K> kinds(const std::vector<SchemaChange> &changes) {
    QList<K> out;
    for (const SchemaChange &c : changes)
        out << c.kind;
    return out;
}

} // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identicalGivesNothing() {
        const Schema s = teamAndHero();
        QVERIFY(diffSchemas(s, s).empty());
    }

    void pythonOnlyChangesGiveNothing() {
        const Schema before = teamAndHero();
        Schema after = before;
        after.tables[0].className = QStringLiteral("Champion");
        after.tables[0].columns[1].attribute = QStringLiteral("hero_name");
        after.tables[0].columns[1].defaultValue = QStringLiteral("x");
        after.tables[0].position = QPointF(10, 20);
        QVERIFY(diffSchemas(before, after).empty());
    }

    void createOrderFollowsReferences() {
        const std::vector<SchemaChange> changes = diffSchemas(Schema(), teamAndHero());
        QCOMPARE(kinds(changes), (QList<K>{K::CreateTable, K::CreateTable}));
        QCOMPARE(changes[0].tableId, QStringLiteral("t_team"));
        QCOMPARE(changes[1].tableId, QStringLiteral("t_hero"));
    }

    void dropOrderIsTheReverse() {
        const std::vector<SchemaChange> changes = diffSchemas(teamAndHero(), Schema());
        QCOMPARE(kinds(changes), (QList<K>{K::DropTable, K::DropTable}));
        QCOMPARE(changes[0].tableId, QStringLiteral("t_hero"));
        QCOMPARE(changes[1].tableId, QStringLiteral("t_team"));
    }

    void renameByIdIsARename() {
        const Schema before = teamAndHero();
        Schema after = before;
        after.tables[0].columns[1].name = QStringLiteral("alias");
        const std::vector<SchemaChange> changes = diffSchemas(before, after);
        QCOMPARE(kinds(changes), (QList<K>{K::RenameColumn}));
        QCOMPARE(changes[0].objectId, QStringLiteral("c_name"));
    }

    void renamedColumnRenamesItsConstraints() {
        const Schema before = teamAndHero();
        Schema after = before;
        after.tables[0].columns[2].name = QStringLiteral("squad_id");
        const std::vector<SchemaChange> changes = diffSchemas(before, after);
        // fk_hero_team_id_team -> fk_hero_squad_id_team: dropped first, created last
        QCOMPARE(kinds(changes),
                 (QList<K>{K::DropForeignKey, K::RenameColumn, K::CreateForeignKey}));
        const auto objects = tableObjects(after, after.tables[0]);
        QCOMPARE(objects.size(), std::size_t(1));
        QCOMPARE(objects[0].name, QStringLiteral("fk_hero_squad_id_team"));
    }

    void renameTableIsARename() {
        const Schema before = teamAndHero();
        Schema after = before;
        after.tables[1].name = QStringLiteral("squad");
        const auto changes = diffSchemas(before, after);
        // the foreign key's name and target change with the referenced table's name
        QCOMPARE(kinds(changes),
                 (QList<K>{K::DropForeignKey, K::RenameTable, K::CreateForeignKey}));
        QCOMPARE(changes[1].tableId, QStringLiteral("t_team"));
    }

    void droppingAReferencedTableDropsTheKeyFirst() {
        const Schema before = teamAndHero();
        Schema after = before;
        after.tables.pop_back(); // team
        after.tables[0].foreignKeys.clear();
        after.tables[0].columns.pop_back(); // team_id
        const auto changes = diffSchemas(before, after);
        QCOMPARE(kinds(changes), (QList<K>{K::DropForeignKey, K::DropTable, K::DropColumn}));
    }

    void columnChanges() {
        const Schema before = teamAndHero();
        Schema after = before;
        Column &name = after.tables[0].columns[1];
        name.type.length = 50;
        name.nullable = false;
        name.serverDefault = QStringLiteral("'x'");
        name.index = true;
        after.tables[0].columns.push_back(col(QStringLiteral("c_age"), QStringLiteral("age")));
        const auto changes = diffSchemas(before, after);
        QCOMPARE(kinds(changes), (QList<K>{K::AlterColumn, K::AddColumn, K::CreateIndex}));
        QVERIFY(changes[0].typeChanged && changes[0].nullableChanged
                && changes[0].serverDefaultChanged);
        QVERIFY(!changes[0].commentChanged);
        QCOMPARE(changes[2].objectId, QStringLiteral("c_name#ix"));
        // `name` dangles after the push_back above: read the column again.
        const ColumnType narrowed = after.tables[0].columns[1].type;
        QVERIFY(isNarrowing(before.tables[0].columns[1].type, narrowed));
        QVERIFY(!isNarrowing(narrowed, before.tables[0].columns[1].type));
    }

    // Constraints enforced in the database are checks like any other; a partial index keeps
    // its predicate. Pydantic-only constraints change nothing in the database.
    void constraintChecksAndPartialIndexes() {
        const Schema before = teamAndHero();
        Schema after = before;
        Column &age = after.tables[0].columns[2];
        age.constraints.ge = 0;
        QVERIFY(diffSchemas(before, after).empty());
        after.tables[0].columns[2].constraints.checkBounds = true;
        Index recent;
        recent.id = QStringLiteral("ix_recent");
        recent.columns = QStringList{QStringLiteral("c_name")};
        recent.where = QStringLiteral("name IS NOT NULL");
        after.tables[0].indexes.push_back(recent);
        const auto changes = diffSchemas(before, after);
        QCOMPARE(kinds(changes), (QList<K>{K::CreateIndex, K::CreateCheck}));
        QCOMPARE(changes[1].objectId, QStringLiteral("c_team#range"));
        const Revision rev = generateRevision(before, after, QString(), QStringLiteral("checks"));
        QVERIFY2(rev.content.contains(QLatin1String("\"ck_hero_team_id_range\"")), qPrintable(rev.content));
        QVERIFY2(rev.content.contains(QLatin1String("'\"team_id\" >= 0'")), qPrintable(rev.content));
        QVERIFY2(rev.content.contains(QLatin1String("postgresql_where=sa.text(\"name IS NOT NULL\")")),
                 qPrintable(rev.content));
    }

    void enumChanges() {
        Schema before = teamAndHero();
        EnumType mood;
        mood.id = QStringLiteral("e_mood");
        mood.name = QStringLiteral("Mood");
        mood.values = QStringList{QStringLiteral("happy"), QStringLiteral("sad")};
        before.enums.push_back(mood);

        Schema added = before;
        added.enums[0].values << QStringLiteral("angry");
        auto changes = diffSchemas(before, added);
        QCOMPARE(kinds(changes), (QList<K>{K::AddEnumValues}));
        QCOMPARE(changes[0].values, QStringList{QStringLiteral("angry")});

        // the way back removes a value: the type is rebuilt
        QCOMPARE(kinds(diffSchemas(added, before)), (QList<K>{K::RecreateEnum}));

        Schema none = before;
        none.enums.clear();
        QCOMPARE(kinds(diffSchemas(before, none)), (QList<K>{K::DropEnum}));
        QCOMPARE(kinds(diffSchemas(none, before)), (QList<K>{K::CreateEnum}));

        // an enum is created before the table that uses it, and dropped after it
        Schema withTable = before;
        Table t = table(QStringLiteral("t_pet"), QStringLiteral("pet"));
        Column m = col(QStringLiteral("c_mood"), QStringLiteral("mood"), TypeKind::Enum);
        m.type.enumId = QStringLiteral("e_mood");
        t.columns.push_back(m);
        withTable.tables.push_back(t);
        QCOMPARE(kinds(diffSchemas(none, withTable)).first(), K::CreateEnum);
        QCOMPARE(kinds(diffSchemas(withTable, none)).last(), K::DropEnum);
    }

    void revisionIsDeterministic() {
        const Schema after = teamAndHero();
        const Revision a = generateRevision(Schema(), after, QString(), QStringLiteral("init"));
        const Revision b = generateRevision(Schema(), after, QString(), QStringLiteral("init"));
        QCOMPARE(a.content, b.content);
        QCOMPARE(a.id.size(), 12);
        QCOMPARE(a.fileName, a.id + QLatin1String("_init.py"));
        QVERIFY(a.content.contains(QLatin1String("down_revision: str | None = None")));
        QVERIFY(a.content.contains(QLatin1String("\"fk_hero_team_id_team\"")));
        const Revision c = generateRevision(Schema(), after, a.id, QStringLiteral("init"));
        QVERIFY(c.id != a.id);
        QCOMPARE(generateRevision(after, after, a.id, QStringLiteral("x")).changes, 0);
    }

    void revisionWarnings() {
        const Schema before = teamAndHero();
        Schema after = before;
        Column rank = col(QStringLiteral("c_rank"), QStringLiteral("rank"));
        rank.nullable = false; // no server default, no Python default
        after.tables[0].columns.push_back(rank);
        Column level = col(QStringLiteral("c_level"), QStringLiteral("level"));
        level.nullable = false;
        level.defaultValue = qint64(1);
        after.tables[0].columns.push_back(level);
        Column doc = col(QStringLiteral("c_doc"), QStringLiteral("doc"), TypeKind::Dialect);
        doc.type.sql = QStringLiteral("tsvector");
        after.tables[0].columns.push_back(doc);
        after.tables[0].columns[1].type.length = 20; // name: VARCHAR -> VARCHAR(20)
        const QString text =
            generateRevision(before, after, QString(), QStringLiteral("w")).content;
        QVERIFY(text.contains(QLatin1String("# WARNING: hero.rank is NOT NULL but has neither")));
        QVERIFY(text.contains(QLatin1String("sa.Column(\"rank\", sa.Integer(), nullable=True)")));
        QVERIFY(text.contains(QLatin1String("server_default=sa.text(\"1\")")));
        // A verbatim type is written as it is, through the revision's own SqlType.
        QVERIFY(text.contains(QLatin1String("sa.Column(\"doc\", SqlType(\"tsvector\"), nullable=True)")));
        QVERIFY(text.contains(QLatin1String("class SqlType(sa.types.UserDefinedType[Any]):")));
        QVERIFY(text.contains(QLatin1String("# DESTRUCTIVE: narrows hero.name")));
        QVERIFY(text.contains(QLatin1String("# DESTRUCTIVE: drops column hero.rank")));
    }

    void checkpointRoundTrips() {
        Schema s = teamAndHero();
        MigrationCheckpoint m;
        m.head = QStringLiteral("abc");
        m.revisions = {{QStringLiteral("abc"), QStringLiteral("init")}};
        m.tables = s.tables;
        s.migrations = m;
        const QByteArray bytes = serializeProject(s);
        Schema back;
        LoadError error;
        QVERIFY2(parseProject(bytes, QStringLiteral("x"), &back, &error),
                 qPrintable(error.toString()));
        QVERIFY(back == s);
        QCOMPARE(serializeProject(back), bytes);
        QVERIFY(!serializeProject(teamAndHero()).contains("migrations"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
