// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "projectfile.h"
#include "validate.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Core;

namespace {

Schema loadExample(const char *name)
{
    Schema s;
    LoadError e;
    const QString path = QStringLiteral(SMS_EXAMPLES_DIR "/") + QLatin1String(name);
    if (!loadProject(path, &s, &e))
        qFatal("%s", qPrintable(e.toString()));
    return s;
}

Column makeColumn(const QString &id, const QString &name, TypeKind kind = TypeKind::Integer)
{
    Column c;
    c.id = id;
    c.name = name;
    c.type.kind = kind;
    return c;
}

QStringList undoTexts(const QUndoStack *stack)
{
    QStringList texts;
    for (int i = 0; i < stack->count(); ++i)
        texts << stack->text(i);
    return texts;
}

// The ids in one changed() emission, sorted, for readable comparisons.
struct Ids
{
    QStringList tables;
    QStringList relationships;
    bool geometryOnly = false;
};

Ids idsOf(const QList<QVariant> &signalArguments)
{
    const auto changes = qvariant_cast<ChangeSet>(signalArguments.at(0));
    Ids ids;
    ids.tables = QStringList(changes.tables.begin(), changes.tables.end());
    ids.relationships = QStringList(changes.relationships.begin(), changes.relationships.end());
    ids.tables.sort();
    ids.relationships.sort();
    ids.geometryOnly = changes.geometryOnly;
    return ids;
}

// The first validation problem, or an empty string: comparing this shows the problem on failure.
QString firstIssue(const Schema &s)
{
    const std::vector<ValidationIssue> issues = validate(s);
    if (issues.empty())
        return {};
    return issues.front().where + QLatin1String(": ") + issues.front().message;
}

bool hasForeignKey(const Schema &s, const QString &fkId) { return s.tableOfForeignKey(fkId); }

} // namespace

class TestDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedo();
    void moveMergesOnlySameTables();
    void removeReferencedColumn();
    void removeColumnKeepsDesignValid();
    void resetClearsHistory();
};

// The brief's scenario: a series of edits on the heroes example, each one checked, then undo to
// the exact original and redo to the exact edited state.
void TestDocument::editUndoRedo()
{
    const Schema original = loadExample("heroes.sqlmodel.json");
    const QByteArray originalBytes = serializeProject(original);

    SchemaDocument doc;
    doc.reset(original);
    QUndoStack *stack = doc.undoStack();
    QCOMPARE(stack->count(), 0);
    QVERIFY(!doc.isModified());
    QSignalSpy changed(&doc, &SchemaDocument::changed);
    QSignalSpy modified(&doc, &SchemaDocument::modifiedChanged);
    QVERIFY(changed.isValid());

    // 1. a new table
    Table mission;
    mission.id = QStringLiteral("t_mission");
    mission.name = QStringLiteral("mission");
    Column missionId = makeColumn(QStringLiteral("c_mission_id"), QStringLiteral("id"));
    missionId.nullable = false;
    missionId.primaryKey = true;
    missionId.autoincrement = true;
    mission.columns.push_back(missionId);
    QCOMPARE(doc.addTable(mission), QStringLiteral("t_mission"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_mission"});
    QVERIFY(idsOf(changed.last()).relationships.isEmpty());
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QCOMPARE(doc.schema().tables.back().name, QStringLiteral("mission"));

    // 2. a column, and a fresh id when none is given
    const QString titleId = doc.addColumn(QStringLiteral("t_mission"),
                                          makeColumn(QString(), QStringLiteral("title"),
                                                     TypeKind::String));
    QVERIFY(titleId.startsWith(QLatin1String("c_")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_mission"});
    QCOMPARE(doc.schema().table(QStringLiteral("t_mission"))->columns.size(), std::size_t(2));
    QCOMPARE(doc.schema().table(QStringLiteral("t_mission"))->columns[1].id, titleId);

    // 3. a column and a foreign key on hero, as one table update
    Table hero = *doc.schema().table(QStringLiteral("t_hero"));
    hero.columns.push_back(
        makeColumn(QStringLiteral("c_hero_mission"), QStringLiteral("mission_id")));
    ForeignKey fk;
    fk.id = QStringLiteral("fk_hero_mission");
    fk.columns = {QStringLiteral("c_hero_mission")};
    fk.refTable = QStringLiteral("t_mission");
    fk.refColumns = {QStringLiteral("c_mission_id")};
    fk.onDelete = QStringLiteral("SET NULL");
    hero.foreignKeys.push_back(fk);
    doc.updateTable(hero, QStringLiteral("Add foreign key hero.mission_id"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_hero"});

    // 4. a relationship on it
    Relationship rel;
    rel.id = QStringLiteral("r_mission_heroes");
    rel.foreignKey = QStringLiteral("fk_hero_mission");
    rel.parentAttribute = QStringLiteral("heroes");
    rel.childAttribute = QStringLiteral("mission");
    QCOMPARE(doc.addRelationship(rel), QStringLiteral("r_mission_heroes"));
    QCOMPARE(changed.count(), 4);
    QVERIFY(idsOf(changed.last()).tables.isEmpty());
    QCOMPARE(idsOf(changed.last()).relationships, QStringList{"r_mission_heroes"});
    QCOMPARE(firstIssue(doc.schema()), QString());

    // 5. a drag: two moves of the same table merge into one command
    const int before = stack->count();
    doc.moveTables({{QStringLiteral("t_mission"), QPointF(10, 10)}});
    doc.moveTables({{QStringLiteral("t_mission"), QPointF(20, 30.5)}});
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(changed.count(), 6);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_mission"});
    QVERIFY(idsOf(changed.last()).geometryOnly);
    QCOMPARE(doc.schema().table(QStringLiteral("t_mission"))->position, QPointF(20, 30.5));

    // 6. removing a column drops the foreign key it is in and the relationship on that key
    doc.removeColumn(QStringLiteral("t_hero"), QStringLiteral("c_hero_team"));
    QCOMPARE(changed.count(), 7);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_hero"});
    QCOMPARE(idsOf(changed.last()).relationships, QStringList{"r_team_heroes"});
    QVERIFY(!doc.schema().table(QStringLiteral("t_hero"))->column(QStringLiteral("c_hero_team")));
    QVERIFY(!hasForeignKey(doc.schema(), QStringLiteral("fk_hero_team")));
    QVERIFY(!doc.schema().relationship(QStringLiteral("r_team_heroes")));
    QVERIFY(doc.schema().relationship(QStringLiteral("r_mission_heroes")));
    QCOMPARE(firstIssue(doc.schema()), QString());

    // 7. removing a table drops the foreign keys in other tables that point at it
    doc.removeTable(QStringLiteral("t_team"));
    QCOMPARE(changed.count(), 8);
    QCOMPARE(idsOf(changed.last()).tables, (QStringList{"t_link", "t_team"}));
    QCOMPARE(idsOf(changed.last()).relationships, QStringList{"r_team_links"});
    QVERIFY(!doc.schema().table(QStringLiteral("t_team")));
    QVERIFY(!hasForeignKey(doc.schema(), QStringLiteral("fk_link_team")));
    QVERIFY(hasForeignKey(doc.schema(), QStringLiteral("fk_link_hero")));
    QVERIFY(!doc.schema().relationship(QStringLiteral("r_team_links")));
    QCOMPARE(doc.schema().relationships.size(), std::size_t(2));
    QCOMPARE(firstIssue(doc.schema()), QString());

    QCOMPARE(undoTexts(stack),
             (QStringList{QString::fromUtf8("Add table “mission”"),
                          QString::fromUtf8("Add column “title” to “mission”"),
                          QStringLiteral("Add foreign key hero.mission_id"),
                          QString::fromUtf8("Add relationship “heroes”"),
                          QStringLiteral("Move table"),
                          QString::fromUtf8("Delete column “hero.team_id”"),
                          QString::fromUtf8("Delete table “team”")}));
    const Schema edited = doc.schema();
    const QByteArray editedBytes = serializeProject(edited);

    // Undo everything: the exact original, down to the bytes of the file.
    changed.clear();
    stack->undo(); // the table removal comes back with the same ids
    QCOMPARE(idsOf(changed.last()).tables, (QStringList{"t_link", "t_team"}));
    QCOMPARE(idsOf(changed.last()).relationships, QStringList{"r_team_links"});
    stack->undo();
    stack->undo(); // the merged move: one undo back to no position at all
    QVERIFY(idsOf(changed.last()).geometryOnly);
    QVERIFY(!doc.schema().table(QStringLiteral("t_mission"))->position.has_value());
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(changed.count(), 7);
    QCOMPARE(idsOf(changed.last()).tables, QStringList{"t_mission"});
    QCOMPARE(doc.schema(), original);
    QCOMPARE(serializeProject(doc.schema()), originalBytes);
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);

    // Redo everything: the exact edited state.
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(changed.count(), 14);
    QCOMPARE(doc.schema(), edited);
    QCOMPARE(serializeProject(doc.schema()), editedBytes);
    QVERIFY(doc.isModified());

    // Saving marks the document clean; undoing after that makes it modified again.
    doc.markSaved();
    QVERIFY(!doc.isModified());
    stack->undo();
    QVERIFY(doc.isModified());
    QVERIFY(doc.schema().table(QStringLiteral("t_team")));
}

void TestDocument::moveMergesOnlySameTables()
{
    SchemaDocument doc;
    doc.reset(loadExample("heroes.sqlmodel.json"));
    QUndoStack *stack = doc.undoStack();
    doc.moveTables({{QStringLiteral("t_hero"), QPointF(1, 1)}});
    doc.moveTables({{QStringLiteral("t_hero"), QPointF(2, 2)}});
    QCOMPARE(stack->count(), 1);
    // another table: a new command
    doc.moveTables({{QStringLiteral("t_team"), QPointF(3, 3)}});
    QCOMPARE(stack->count(), 2);
    // two tables at once: a new command with a plural name
    doc.moveTables({{QStringLiteral("t_team"), QPointF(4, 4)},
                    {QStringLiteral("t_hero"), QPointF(5, 5)}});
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->text(2), QStringLiteral("Move 2 tables"));
    // a move that must not merge (e.g. an "align" action)
    doc.moveTables({{QStringLiteral("t_team"), QPointF(6, 6)},
                    {QStringLiteral("t_hero"), QPointF(7, 7)}},
                   false);
    QCOMPARE(stack->count(), 4);
    // an unknown table is ignored and pushes nothing
    doc.moveTables({{QStringLiteral("t_nope"), QPointF(8, 8)}});
    QCOMPARE(stack->count(), 4);
    stack->undo();
    QCOMPARE(doc.schema().table(QStringLiteral("t_team"))->position, QPointF(4, 4));
    QCOMPARE(doc.schema().table(QStringLiteral("t_hero"))->position, QPointF(5, 5));
}

// Removing a column that other tables' foreign keys reference drops those keys too, and undo
// restores them in place.
void TestDocument::removeReferencedColumn()
{
    const Schema original = loadExample("heroes.sqlmodel.json");
    SchemaDocument doc;
    doc.reset(original);
    QSignalSpy changed(&doc, &SchemaDocument::changed);
    doc.removeColumn(QStringLiteral("t_team"), QStringLiteral("c_team_id"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(idsOf(changed.last()).tables, (QStringList{"t_hero", "t_link", "t_team"}));
    QCOMPARE(idsOf(changed.last()).relationships, (QStringList{"r_team_heroes", "r_team_links"}));
    QVERIFY(!hasForeignKey(doc.schema(), QStringLiteral("fk_hero_team")));
    QVERIFY(!hasForeignKey(doc.schema(), QStringLiteral("fk_link_team")));
    QCOMPARE(doc.schema().relationships.size(), std::size_t(1));
    QCOMPARE(doc.undoStack()->text(0), QString::fromUtf8("Delete column “team.id”"));
    doc.undoStack()->undo();
    QCOMPARE(doc.schema(), original);
    // Removing something that does not exist pushes nothing.
    doc.removeColumn(QStringLiteral("t_team"), QStringLiteral("c_nope"));
    doc.removeTable(QStringLiteral("t_nope"));
    QCOMPARE(doc.undoStack()->count(), 1);
}

// Removing a column of an explicitly ordered composite key, or the one column of a field
// validator, leaves a design that still validates; undo restores all of it.
void TestDocument::removeColumnKeepsDesignValid()
{
    Schema s = loadExample("heroes.sqlmodel.json");
    Table *link = s.table(QStringLiteral("t_link"));
    QVERIFY(link);
    QStringList keys;
    for (const Column &c : link->columns) {
        if (c.primaryKey)
            keys.prepend(c.id); // the reverse of the column order: an explicit order
    }
    QCOMPARE(keys.size(), 2);
    link->primaryKeyOrder = keys;
    Table *hero = s.table(QStringLiteral("t_hero"));
    Validator v;
    v.id = QStringLiteral("v_name");
    v.name = QStringLiteral("check_name");
    v.columns = {hero->columns.at(1).id};
    v.body = QStringLiteral("return value");
    hero->validators.push_back(v);
    QVERIFY(validate(s).empty());
    SchemaDocument doc;
    doc.reset(s);
    doc.removeColumn(link->id, keys.front());
    doc.removeColumn(hero->id, v.columns.front());
    const auto issues = validate(doc.schema());
    QVERIFY2(issues.empty(), issues.empty() ? "" : qPrintable(issues.front().where + u' ' + issues.front().message));
    QCOMPARE(doc.schema().table(link->id)->primaryKeyOrder, QStringList{keys.back()});
    QVERIFY(doc.schema().table(hero->id)->validators.empty());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.schema(), s);
}

void TestDocument::resetClearsHistory()
{
    SchemaDocument doc;
    QSignalSpy reset(&doc, &SchemaDocument::schemaReset);
    doc.reset(loadExample("heroes.sqlmodel.json"));
    doc.setName(QStringLiteral("renamed"));
    QCOMPARE(doc.schema().name, QStringLiteral("renamed"));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Schema shop = loadExample("shop.sqlmodel.json");
    doc.reset(shop);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.schema(), shop);
    QVERIFY(!doc.isModified());
}

QTEST_GUILESS_MAIN(TestDocument)

#include "tst_document.moc"
