// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "lint.h"
#include "naming.h"
#include "projectfile.h"
#include "querygenerator.h"
#include "validate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Core;

namespace {

using Mutation = std::function<void(Schema &)>;
// Returns an empty string when the fixed schema is as expected, else what differs.
using Check = std::function<QString(const Schema &)>;

} // namespace

Q_DECLARE_METATYPE(Core::Schema)
Q_DECLARE_METATYPE(Check)

namespace {

Column makeColumn(const QString &id, const QString &name, TypeKind kind = TypeKind::Integer,
                  bool nullable = true)
{
    Column c;
    c.id = id;
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    if (kind == TypeKind::String)
        c.type.length = 100;
    return c;
}

Column primaryKey(const QString &id)
{
    Column c = makeColumn(id, QStringLiteral("id"), TypeKind::Integer, false);
    c.primaryKey = true;
    c.autoincrement = true;
    return c;
}

ForeignKey makeForeignKey(const QString &id, const QString &column, const QString &refTable,
                          const QString &refColumn, const QString &onDelete = {})
{
    ForeignKey fk;
    fk.id = id;
    fk.columns = {column};
    fk.refTable = refTable;
    fk.refColumns = {refColumn};
    fk.onDelete = onDelete;
    return fk;
}

// team 1-n hero over an indexed, nullable hero.team_id with ON DELETE SET NULL and passive
// deletes: a design with no finding except the SQLite reminder.
Schema heroes()
{
    Schema s;
    s.name = QStringLiteral("heroes");
    Table team;
    team.id = QStringLiteral("t_team");
    team.name = QStringLiteral("team");
    team.columns = {primaryKey(QStringLiteral("c_team_id")),
                    makeColumn(QStringLiteral("c_team_name"), QStringLiteral("name"),
                               TypeKind::String, false)};
    Table hero;
    hero.id = QStringLiteral("t_hero");
    hero.name = QStringLiteral("hero");
    Column teamId = makeColumn(QStringLiteral("c_hero_team"), QStringLiteral("team_id"));
    teamId.index = true;
    hero.columns = {primaryKey(QStringLiteral("c_hero_id")),
                    makeColumn(QStringLiteral("c_hero_name"), QStringLiteral("name"),
                               TypeKind::String, false),
                    makeColumn(QStringLiteral("c_hero_age"), QStringLiteral("age")), teamId};
    hero.foreignKeys = {makeForeignKey(QStringLiteral("fk_hero_team"), QStringLiteral("c_hero_team"),
                                       QStringLiteral("t_team"), QStringLiteral("c_team_id"),
                                       QStringLiteral("SET NULL"))};
    s.tables = {team, hero};
    Relationship r;
    r.id = QStringLiteral("r_heroes");
    r.kind = RelationshipKind::OneToMany;
    r.foreignKey = QStringLiteral("fk_hero_team");
    r.parentAttribute = QStringLiteral("heroes");
    r.childAttribute = QStringLiteral("team");
    r.passiveDeletes = QStringLiteral("all");
    s.relationships = {r};
    return s;
}

// team n-m hero through heroteamlink(team_id, hero_id), both keys and CASCADE.
Schema manyToMany()
{
    Schema s = heroes();
    Table &hero = s.tables[1];
    hero.columns.pop_back();
    hero.foreignKeys.clear();
    s.relationships.clear();
    Table link;
    link.id = QStringLiteral("t_link");
    link.name = QStringLiteral("heroteamlink");
    Column team = makeColumn(QStringLiteral("c_link_team"), QStringLiteral("team_id"),
                             TypeKind::Integer, false);
    team.primaryKey = true;
    Column heroId = makeColumn(QStringLiteral("c_link_hero"), QStringLiteral("hero_id"),
                               TypeKind::Integer, false);
    heroId.primaryKey = true;
    heroId.index = true;
    link.columns = {team, heroId};
    link.foreignKeys = {
        makeForeignKey(QStringLiteral("fk_link_team"), QStringLiteral("c_link_team"),
                       QStringLiteral("t_team"), QStringLiteral("c_team_id"), QStringLiteral("CASCADE")),
        makeForeignKey(QStringLiteral("fk_link_hero"), QStringLiteral("c_link_hero"),
                       QStringLiteral("t_hero"), QStringLiteral("c_hero_id"), QStringLiteral("CASCADE")),
    };
    s.tables.push_back(link);
    Relationship r;
    r.id = QStringLiteral("r_m2m");
    r.kind = RelationshipKind::ManyToMany;
    r.foreignKey = QStringLiteral("fk_link_team");
    r.secondForeignKey = QStringLiteral("fk_link_hero");
    r.parentAttribute = QStringLiteral("heroes");
    r.childAttribute = QStringLiteral("teams");
    s.relationships = {r};
    return s;
}

// heroes() plus team.code (unique) referenced by hero.team_code.
Schema withCode()
{
    Schema s = heroes();
    Column code = makeColumn(QStringLiteral("c_team_code"), QStringLiteral("code"),
                             TypeKind::String, false);
    code.type.length = 10;
    code.unique = true;
    s.tables[0].columns.push_back(code);
    Column ref = makeColumn(QStringLiteral("c_hero_team_code"), QStringLiteral("team_code"),
                            TypeKind::String);
    ref.type.length = 10;
    ref.index = true;
    s.tables[1].columns.push_back(ref);
    s.tables[1].foreignKeys.push_back(makeForeignKey(QStringLiteral("fk_hero_team_code"),
                                                     QStringLiteral("c_hero_team_code"),
                                                     QStringLiteral("t_team"),
                                                     QStringLiteral("c_team_code")));
    return s;
}

Table &table(Schema &s, const char *id) { return *s.table(QLatin1String(id)); }
Column &column(Schema &s, const char *table, const char *id)
{
    return *s.table(QLatin1String(table))->column(QLatin1String(id));
}
Relationship &relationship(Schema &s, const char *id)
{
    for (Relationship &r : s.relationships) {
        if (r.id == QLatin1String(id))
            return r;
    }
    qFatal("no relationship %s", id);
}

Column &addColumn(Schema &s, const char *tableId, Column c)
{
    Table &t = table(s, tableId);
    t.columns.push_back(c);
    return t.columns.back();
}

// One catalogue or project rule: a design that triggers it on `object`, one that does not, and
// (for rules with a quick fix) what the fixed design must look like.
struct Case
{
    const char *tag;
    const char *rule;
    QString object;
    std::function<Schema()> positive;
    std::function<Schema()> negative;
    Check check; // null: the rule has no quick fix
};

QString expect(bool ok, const char *what) { return ok ? QString() : QString::fromUtf8(what); }

std::vector<Case> cases()
{
    std::vector<Case> v;
    auto heroesWith = [](Mutation m) {
        return [m] {
            Schema s = heroes();
            m(s);
            return s;
        };
    };
    auto m2mWith = [](Mutation m) {
        return [m] {
            Schema s = manyToMany();
            m(s);
            return s;
        };
    };
    auto codeWith = [](Mutation m) {
        return [m] {
            Schema s = withCode();
            m(s);
            return s;
        };
    };
    const auto plain = [] { return heroes(); };

    v.push_back({"API007", "API007", "hero.hashed_password",
                 heroesWith([](Schema &s) {
                     addColumn(s, "t_hero", makeColumn("c_pw", "hashed_password", TypeKind::String, false));
                 }),
                 heroesWith([](Schema &s) {
                     addColumn(s, "t_hero", makeColumn("c_secret", "secret_name", TypeKind::String, false));
                 }),
                 nullptr});
    v.push_back({"SQM011", "SQM011", "hero.team_id",
                 heroesWith([](Schema &s) { column(s, "t_hero", "c_hero_team").type.kind = TypeKind::BigInteger; }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_hero_team")->type.kind == TypeKind::Integer,
                                   "hero.team_id is not integer");
                 }});
    v.push_back({"SQM012", "SQM012", "hero.team_id",
                 heroesWith([](Schema &s) { column(s, "t_hero", "c_hero_team").index = false; }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_hero_team")->index, "hero.team_id is not indexed");
                 }});
    v.push_back({"SQM012-composite", "SQM012", "stock.fk:fk_stock_warehouse_id_product_id_slot",
                 [] {
                     Schema s = heroes();
                     Table slot;
                     slot.id = "t_slot";
                     slot.name = "slot";
                     Column a = makeColumn("c_slot_w", "warehouse_id", TypeKind::Integer, false);
                     a.primaryKey = true;
                     Column b = makeColumn("c_slot_p", "product_id", TypeKind::Integer, false);
                     b.primaryKey = true;
                     slot.columns = {a, b, makeColumn("c_slot_label", "label", TypeKind::String)};
                     Table stock;
                     stock.id = "t_stock";
                     stock.name = "stock";
                     stock.columns = {primaryKey("c_stock_id"), makeColumn("c_stock_w", "warehouse_id"),
                                      makeColumn("c_stock_p", "product_id"),
                                      makeColumn("c_stock_n", "quantity")};
                     ForeignKey fk;
                     fk.id = "fk_stock_slot";
                     fk.columns = {"c_stock_w", "c_stock_p"};
                     fk.refTable = "t_slot";
                     fk.refColumns = {"c_slot_w", "c_slot_p"};
                     stock.foreignKeys = {fk};
                     s.tables.push_back(slot);
                     s.tables.push_back(stock);
                     return s;
                 },
                 plain,
                 [](const Schema &s) {
                     const Table *t = s.table("t_stock");
                     return expect(t->indexes.size() == 1
                                       && t->indexes[0].columns == QStringList{"c_stock_w", "c_stock_p"}
                                       && t->indexes[0].name.isEmpty() && !t->indexes[0].unique,
                                   "no index on stock (warehouse_id, product_id)");
                 }});
    v.push_back({"SQM015", "SQM015", "team.heroes",
                 heroesWith([](Schema &s) { relationship(s, "r_heroes").childAttribute.clear(); }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->childAttribute == QLatin1String("team"),
                                   "childAttribute is not \"team\"");
                 }});
    v.push_back({"SQM015-parent", "SQM015", "hero.team",
                 heroesWith([](Schema &s) {
                     relationship(s, "r_heroes").parentAttribute.clear();
                     relationship(s, "r_heroes").passiveDeletes.clear();
                     // The plural of "hero" is taken by a column: the fix must pick another name.
                     addColumn(s, "t_team", makeColumn("c_team_heroes", pluralize("hero")));
                 }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->parentAttribute == "team_" + pluralize("hero"),
                                   "parentAttribute is not team_ + the plural of hero");
                 }});
    v.push_back({"SQM021", "SQM021", "team.heroes",
                 m2mWith([](Schema &s) { column(s, "t_link", "c_link_hero").primaryKey = false; }),
                 [] { return manyToMany(); },
                 [](const Schema &s) {
                     return expect(s.table("t_link")->column("c_link_hero")->primaryKey,
                                   "heroteamlink.hero_id is not in the primary key");
                 }});
    v.push_back({"SQM022", "SQM022", "team.heroes",
                 m2mWith([](Schema &s) {
                     Table &link = table(s, "t_link");
                     link.columns.insert(link.columns.begin(), primaryKey("c_link_id"));
                     link.columns[1].index = true;
                 }),
                 [] { return manyToMany(); },
                 [](const Schema &s) {
                     const Column *id = s.table("t_link")->column("c_link_id");
                     return expect(!id->primaryKey && !id->autoincrement && id->nullable
                                       && s.table("t_link")->column("c_link_team")->primaryKey,
                                   "heroteamlink.id is still a key column");
                 }});
    v.push_back({"SQM023", "SQM023", "team.heroes",
                 m2mWith([](Schema &s) {
                     Column c = makeColumn("c_link_since", "since", TypeKind::DateTime, false);
                     c.type.timezone = true;
                     addColumn(s, "t_link", c);
                 }),
                 m2mWith([](Schema &s) {
                     Column c = makeColumn("c_link_since", "since", TypeKind::DateTime, false);
                     c.type.timezone = true;
                     addColumn(s, "t_link", c);
                     relationship(s, "r_m2m").viewOnly = true;
                 }),
                 [](const Schema &s) {
                     return expect(s.relationship("r_m2m")->viewOnly, "not view-only");
                 }});
    v.push_back({"SQM023-overlap", "SQM023", "team.heroes",
                 m2mWith([](Schema &s) {
                     Relationship r;
                     r.id = "r_team_links";
                     r.foreignKey = "fk_link_team";
                     r.parentAttribute = "hero_links";
                     r.childAttribute = "team";
                     r.cascadeDelete = true;
                     s.relationships.push_back(r);
                 }),
                 [] { return manyToMany(); },
                 [](const Schema &s) {
                     return expect(s.relationship("r_m2m")->viewOnly, "not view-only");
                 }});
    v.push_back({"SQM025", "SQM025", "team.heroes",
                 heroesWith([](Schema &s) {
                     Relationship &r = relationship(s, "r_heroes");
                     r.cascadeDelete = true;
                     r.passiveDeletes.clear();
                 }),
                 heroesWith([](Schema &s) {
                     Relationship &r = relationship(s, "r_heroes");
                     r.cascadeDelete = true;
                     table(s, "t_hero").foreignKeys[0].onDelete = "CASCADE";
                 }),
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->foreignKeys[0].onDelete == QLatin1String("CASCADE"),
                                   "no ON DELETE CASCADE");
                 }});
    v.push_back({"SQM026", "SQM026", "team.heroes",
                 heroesWith([](Schema &s) {
                     relationship(s, "r_heroes").passiveDeletes.clear();
                     table(s, "t_hero").foreignKeys[0].onDelete = "CASCADE";
                 }),
                 heroesWith([](Schema &s) {
                     relationship(s, "r_heroes").passiveDeletes.clear();
                     relationship(s, "r_heroes").cascadeDelete = true;
                     table(s, "t_hero").foreignKeys[0].onDelete = "CASCADE";
                 }),
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->cascadeDelete, "no cascade delete");
                 }});
    v.push_back({"SQM026-set-null", "SQM026", "team.heroes",
                 heroesWith([](Schema &s) { relationship(s, "r_heroes").passiveDeletes.clear(); }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->passiveDeletes == QLatin1String("all"),
                                   "passive deletes is not \"all\"");
                 }});
    v.push_back({"SQM027", "SQM027", "team.heroes",
                 heroesWith([](Schema &s) { table(s, "t_hero").foreignKeys[0].onDelete.clear(); }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->foreignKeys[0].onDelete == QLatin1String("SET NULL"),
                                   "ON DELETE is not SET NULL");
                 }});
    v.push_back({"SQM028", "SQM028", "heroes", plain,
                 heroesWith([](Schema &s) {
                     table(s, "t_hero").foreignKeys[0].onDelete.clear();
                     relationship(s, "r_heroes").passiveDeletes.clear();
                 }),
                 nullptr});
    v.push_back({"SQM030", "SQM030", "hero.powers",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_powers", "powers", TypeKind::Json)); }),
                 plain, nullptr});
    v.push_back({"SQM031", "SQM031", "hero.name",
                 heroesWith([](Schema &s) { column(s, "t_hero", "c_hero_name").type.length = 0; }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_hero_name")->type.length == 255, "length is not 255");
                 }});
    v.push_back({"SQM033", "SQM033", "hero.rating",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_rating", "rating", TypeKind::Numeric)); }),
                 heroesWith([](Schema &s) {
                     Column &c = addColumn(s, "t_hero", makeColumn("c_rating", "rating", TypeKind::Numeric));
                     c.type.precision = 5;
                     c.type.scale = 2;
                 }),
                 [](const Schema &s) {
                     const ColumnType &t = s.table("t_hero")->column("c_rating")->type;
                     return expect(t.precision == 12 && t.scale == 2, "not numeric(12, 2)");
                 }});
    v.push_back({"SQM034", "SQM034", "hero.unit_price",
                 heroesWith([](Schema &s) {
                     Column &c = addColumn(s, "t_hero", makeColumn("c_price", "unit_price", TypeKind::Float, false));
                     c.defaultValue = 9.5;
                 }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_weight", "weight_kg", TypeKind::Float)); }),
                 [](const Schema &s) {
                     const Column *c = s.table("t_hero")->column("c_price");
                     return expect(c->type.kind == TypeKind::Numeric && c->type.precision == 12
                                       && c->type.scale == 2 && c->defaultValue == DefaultValue(9.5),
                                   "not numeric(12, 2) with the default kept");
                 }});
    v.push_back({"SQM035", "SQM035", "hero.born_at",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_born", "born_at", TypeKind::DateTime)); }),
                 heroesWith([](Schema &s) {
                     addColumn(s, "t_hero", makeColumn("c_born", "born_at", TypeKind::DateTime)).type.timezone = true;
                 }),
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_born")->type.timezone, "no time zone");
                 }});
    v.push_back({"SQM040", "SQM040", "hero.tags",
                 heroesWith([](Schema &s) {
                     addColumn(s, "t_hero", makeColumn("c_tags", "tags", TypeKind::Json)).defaultValue = QStringLiteral("[]");
                 }),
                 heroesWith([](Schema &s) {
                     addColumn(s, "t_hero", makeColumn("c_tags", "tags", TypeKind::Json)).defaultFactory = DefaultFactory::EmptyList;
                 }),
                 [](const Schema &s) {
                     const Column *c = s.table("t_hero")->column("c_tags");
                     return expect(c->defaultFactory == DefaultFactory::EmptyList
                                       && std::holds_alternative<NoDefault>(c->defaultValue),
                                   "no emptyList factory");
                 }});
    const auto attributeIs = [](const char *id, const char *attr) -> Check {
        return [id, attr](const Schema &s) {
            const QString got = s.table("t_hero")->column(QLatin1String(id))->attribute;
            return got == QLatin1String(attr) ? QString() : QLatin1String("attribute is ") + got;
        };
    };
    v.push_back({"SQM041", "SQM041", "hero.metadata",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_meta", "metadata", TypeKind::String)); }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_meta", "meta", TypeKind::String)); }),
                 attributeIs("c_meta", "metadata_")});
    v.push_back({"SQM042", "SQM042", "hero._hidden",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_hidden", "_hidden")); }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_hidden", "hidden")); }),
                 attributeIs("c_hidden", "hidden")});
    v.push_back({"SQM043", "SQM043", "hero.class",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_class", "class", TypeKind::String)); }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_class", "klass", TypeKind::String)); }),
                 attributeIs("c_class", "class_")});
    v.push_back({"SQM044", "SQM044", "order",
                 heroesWith([](Schema &s) { table(s, "t_team").name = "order"; }), plain, nullptr});
    v.push_back({"SQM044-column", "SQM044", "hero.group",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_group", "group")); }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_group", "squad")); }),
                 nullptr});
    v.push_back({"SMS101", "SMS101", "hero",
                 heroesWith([](Schema &s) { table(s, "t_team").className = "HERO"; }), plain, nullptr});
    v.push_back({"SMS103", "SMS103", "hero.name",
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").index = true;
                     table(s, "t_hero").indexes.push_back({"ix_name_age", {}, {"c_hero_name", "c_hero_age"}, false, {}});
                 }),
                 heroesWith([](Schema &s) {
                     table(s, "t_hero").indexes.push_back({"ix_name_age", {}, {"c_hero_name", "c_hero_age"}, false, {}});
                 }),
                 [](const Schema &s) {
                     const Table *t = s.table("t_hero");
                     return expect(!t->column("c_hero_name")->index && t->indexes.size() == 1,
                                   "the column index is still there or the composite index is gone");
                 }});
    v.push_back({"SMS104", "SMS104", "hero.uq:uq_hero_name",
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").index = true;
                     column(s, "t_hero", "c_hero_name").unique = true;
                     table(s, "t_hero").uniques.push_back({"uq_name", {}, {"c_hero_name"}});
                 }),
                 heroesWith([](Schema &s) { column(s, "t_hero", "c_hero_name").unique = true; }),
                 [](const Schema &s) {
                     const Table *t = s.table("t_hero");
                     return expect(t->uniques.empty() && t->column("c_hero_name")->unique,
                                   "the unique constraint is still there");
                 }});
    v.push_back({"SMS105", "SMS105", "marker",
                 heroesWith([](Schema &s) {
                     Table t;
                     t.id = "t_marker";
                     t.name = "marker";
                     t.columns = {primaryKey("c_marker_id")};
                     s.tables.push_back(t);
                 }),
                 plain, nullptr});
    v.push_back({"SMS106", "SMS106", "enum:Status",
                 heroesWith([](Schema &s) { s.enums.push_back({"e_status", "Status", {}, {"in progress", "in_progress"}, {}}); }),
                 heroesWith([](Schema &s) { s.enums.push_back({"e_status", "Status", {}, {"draft", "in progress"}, {}}); }),
                 nullptr});
    v.push_back({"SMS107", "SMS107", QString(61, u'x') + QLatin1String(".pk:pk_") + QString(61, u'x'),
                 heroesWith([](Schema &s) {
                     Table t;
                     t.id = "t_long";
                     t.name = QString(61, u'x');
                     t.columns = {primaryKey("c_long_id"), makeColumn("c_long_v", "v")};
                     s.tables.push_back(t);
                 }),
                 heroesWith([](Schema &s) {
                     Table t;
                     t.id = "t_long";
                     t.name = QString(60, u'x');
                     t.columns = {primaryKey("c_long_id"), makeColumn("c_long_v", "v")};
                     s.tables.push_back(t);
                 }),
                 nullptr});
    v.push_back({"SMS108", "SMS108", "hero.ix:ix_hero_name",
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").index = true;
                     table(s, "t_hero").indexes.push_back({"ix_by_age", "ix_hero_name", {"c_hero_age"}, false, {}});
                 }),
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").index = true;
                     table(s, "t_hero").indexes.push_back({"ix_by_age", "ix_hero_by_age", {"c_hero_age"}, false, {}});
                 }),
                 nullptr});
    v.push_back({"SMS109", "SMS109", "hero.fk:fk_hero_team_code_team",
                 codeWith([](Schema &s) { column(s, "t_team", "c_team_code").nullable = true; }),
                 [] { return withCode(); },
                 [](const Schema &s) {
                     return expect(!s.table("t_team")->column("c_team_code")->nullable, "team.code is nullable");
                 }});
    v.push_back({"SMS110", "SMS110", "hero.ck:age_ok",
                 heroesWith([](Schema &s) { table(s, "t_hero").checks.push_back({"ck_age", "age_ok", "agee >= 0"}); }),
                 heroesWith([](Schema &s) {
                     table(s, "t_hero").checks.push_back(
                         {"ck_age", "age_ok",
                          "AGE >= 0 AND \"age\" < 200 AND length(name) > 0 AND name <> 'agee' "
                          "AND age::text IS NOT NULL AND age BETWEEN 1e-3 AND 10E+2"});
                 }),
                 nullptr});
    v.push_back({"SMS111", "SMS111", "Team",
                 heroesWith([](Schema &s) { table(s, "t_team").name = "Team"; }), plain,
                 [](const Schema &s) {
                     const Table *t = s.table("t_team");
                     return expect(t->name == QLatin1String("team") && t->className == QLatin1String("Team"),
                                   "not renamed to team with class Team");
                 }});
    v.push_back({"SMS112", "SMS112", "team.heroes",
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_team").nullable = false;
                     table(s, "t_hero").foreignKeys[0].onDelete.clear();
                     relationship(s, "r_heroes").passiveDeletes.clear();
                 }),
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_team").nullable = false;
                     table(s, "t_hero").foreignKeys[0].onDelete = "CASCADE";
                     relationship(s, "r_heroes").passiveDeletes.clear();
                     relationship(s, "r_heroes").cascadeDelete = true;
                 }),
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->passiveDeletes == QLatin1String("all")
                                       && s.table("t_hero")->foreignKeys[0].onDelete == QLatin1String("RESTRICT"),
                                   "not passive \"all\" with RESTRICT");
                 }});
    v.push_back({"SMS113", "SMS113", "hero.team",
                 heroesWith([](Schema &s) { relationship(s, "r_heroes").parentAttribute.clear(); }),
                 heroesWith([](Schema &s) {
                     relationship(s, "r_heroes").parentAttribute.clear();
                     relationship(s, "r_heroes").passiveDeletes.clear();
                 }),
                 [](const Schema &s) {
                     return expect(s.relationship("r_heroes")->parentAttribute == pluralize("hero"),
                                   "parentAttribute is not the plural of hero");
                 }});
    v.push_back({"SMS114", "SMS114", "hero.team_code",
                 codeWith([](Schema &s) { column(s, "t_hero", "c_hero_team_code").type.length = 20; }),
                 [] { return withCode(); },
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_hero_team_code")->type.length == 10,
                                   "length is not 10");
                 }});
    v.push_back({"SMS116", "SMS116", "team.heroes",
                 heroesWith([](Schema &s) { relationship(s, "r_heroes").kind = RelationshipKind::OneToOne; }),
                 heroesWith([](Schema &s) {
                     relationship(s, "r_heroes").kind = RelationshipKind::OneToOne;
                     column(s, "t_hero", "c_hero_team").unique = true;
                 }),
                 [](const Schema &s) {
                     return expect(s.table("t_hero")->column("c_hero_team")->unique, "hero.team_id is not unique");
                 }});
    v.push_back({"SMS117", "SMS117", "team.id",
                 heroesWith([](Schema &s) { column(s, "t_team", "c_team_id").autoincrement = false; }),
                 plain,
                 [](const Schema &s) {
                     return expect(s.table("t_team")->column("c_team_id")->autoincrement, "not autoincrement");
                 }});
    v.push_back({"SMS118", "SMS118", "hero.fk:fk_hero_team_id_team",
                 heroesWith([](Schema &s) {
                     Table &t = table(s, "t_hero");
                     ForeignKey fk = t.foreignKeys[0];
                     fk.id = "fk_hero_team_again";
                     t.foreignKeys.push_back(fk);
                 }),
                 plain,
                 [](const Schema &s) {
                     const Table *t = s.table("t_hero");
                     return expect(t->foreignKeys.size() == 1 && t->foreignKeys[0].id == QLatin1String("fk_hero_team"),
                                   "the duplicate foreign key is still there");
                 }});
    v.push_back({"SMS119", "SMS119", "hero.first name",
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_first", "first name", TypeKind::String)); }),
                 heroesWith([](Schema &s) { addColumn(s, "t_hero", makeColumn("c_first", "first_name", TypeKind::String)); }),
                 attributeIs("c_first", "first_name")});
    v.push_back({"SMS120", "SMS120", "audit_log",
                 heroesWith([](Schema &s) {
                     Table t;
                     t.id = QStringLiteral("t_audit");
                     t.name = QStringLiteral("audit_log");
                     t.columns.push_back(makeColumn("c_audit_msg", "message", TypeKind::Text, false));
                     s.tables.push_back(t);
                 }),
                 plain,
                 nullptr});
    v.push_back({"SMS121", "SMS121", "hero.name",
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").constraints.minLength = 10;
                     column(s, "t_hero", "c_hero_name").constraints.maxLength = 5;
                 }),
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").constraints.minLength = 2;
                     column(s, "t_hero", "c_hero_name").constraints.maxLength = 5;
                 }),
                 nullptr});
    v.push_back({"SMS121 allowed value", "SMS121", "hero.name",
                 heroesWith([](Schema &s) {
                     ColumnConstraints &k = column(s, "t_hero", "c_hero_name").constraints;
                     k.pattern = QStringLiteral("^[A-Z]");
                     k.allowedValues = {QStringLiteral("Ann"), QStringLiteral("bob")};
                 }),
                 heroesWith([](Schema &s) {
                     ColumnConstraints &k = column(s, "t_hero", "c_hero_name").constraints;
                     k.pattern = QStringLiteral("^[A-Z]");
                     k.allowedValues = {QStringLiteral("Ann"), QStringLiteral("Bob")};
                 }),
                 nullptr});
    v.push_back({"SMS122", "SMS122", "hero.name",
                 heroesWith([](Schema &s) {
                     Column &c = column(s, "t_hero", "c_hero_name");
                     c.defaultValue = QStringLiteral("x");
                     c.constraints.minLength = 3;
                 }),
                 heroesWith([](Schema &s) {
                     Column &c = column(s, "t_hero", "c_hero_name");
                     c.defaultValue = QStringLiteral("xyz");
                     c.constraints.minLength = 3;
                 }),
                 nullptr});
    v.push_back({"SMS123", "SMS123", "hero.name",
                 heroesWith([](Schema &s) {
                     Column &c = column(s, "t_hero", "c_hero_name");
                     c.type.length = 40;
                     c.constraints.maxLength = 80;
                 }),
                 heroesWith([](Schema &s) {
                     Column &c = column(s, "t_hero", "c_hero_name");
                     c.type.length = 40;
                     c.constraints.maxLength = 20;
                 }),
                 nullptr});
    // The cookbook looks heroes up by name and lists them newest first; without an index those
    // queries scan. The fix indexes the column and the cookbook's use becomes indexed.
    const auto cookbookUseIndexed = [](const char *columnId) {
        return [columnId](const Schema &s) {
            if (!s.table("t_hero")->column(QLatin1String(columnId))->index)
                return QStringLiteral("the column is not indexed");
            for (const QueryColumnUse &u : queryColumnUses(s)) {
                if (u.columnId == QLatin1String(columnId) && u.kind != QueryColumnUse::Kind::Join)
                    return u.indexed ? QString() : QStringLiteral("the cookbook's use is not indexed");
            }
            return QStringLiteral("the cookbook no longer uses the column");
        };
    };
    v.push_back({"SMS124", "SMS124", "hero.name", plain,
                 heroesWith([](Schema &s) {
                     column(s, "t_hero", "c_hero_name").index = true;
                     column(s, "t_team", "c_team_name").unique = true;
                 }),
                 cookbookUseIndexed("c_hero_name")});
    const auto withCreatedAt = [](bool indexed) {
        return [indexed](Schema &s) {
            column(s, "t_hero", "c_hero_name").index = true;
            column(s, "t_team", "c_team_name").index = true;
            Column c = makeColumn("c_hero_created", "created_at", TypeKind::DateTime, false);
            c.type.timezone = true;
            c.index = indexed;
            addColumn(s, "t_hero", c);
        };
    };
    v.push_back({"SMS124 order", "SMS124", "hero.created_at", heroesWith(withCreatedAt(false)),
                 heroesWith(withCreatedAt(true)), cookbookUseIndexed("c_hero_created")});
    return v;
}

std::vector<Finding> matching(const std::vector<Finding> &findings, const QString &rule,
                              const QString &object = {})
{
    std::vector<Finding> out;
    for (const Finding &f : findings) {
        if (f.rule == rule && (object.isEmpty() || f.object == object))
            out.push_back(f);
    }
    return out;
}

QString listing(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.rule + u' ' + severityName(f.severity) + u' ' + f.message;
    return lines.join(u'\n');
}

QString firstIssue(const Schema &s)
{
    const std::vector<ValidationIssue> issues = validate(s);
    return issues.empty() ? QString() : issues.front().where + QLatin1String(": ") + issues.front().message;
}

// `count` tables in a chain: each has a key, a name and a parent_id referencing the one before,
// with a children/parent relationship.
Schema chain(int count)
{
    Schema s;
    s.name = QStringLiteral("chain");
    for (int i = 0; i < count; ++i) {
        Table t;
        t.id = QStringLiteral("t%1").arg(i);
        t.name = QStringLiteral("table_%1").arg(i);
        t.columns = {primaryKey(QStringLiteral("c%1_id").arg(i)),
                     makeColumn(QStringLiteral("c%1_name").arg(i), QStringLiteral("name"), TypeKind::String),
                     makeColumn(QStringLiteral("c%1_parent").arg(i), QStringLiteral("parent_id"))};
        if (i > 0) {
            t.foreignKeys = {makeForeignKey(QStringLiteral("fk%1").arg(i), QStringLiteral("c%1_parent").arg(i),
                                            QStringLiteral("t%1").arg(i - 1), QStringLiteral("c%1_id").arg(i - 1))};
            Relationship r;
            r.id = QStringLiteral("r%1").arg(i);
            r.foreignKey = QStringLiteral("fk%1").arg(i);
            r.parentAttribute = QStringLiteral("children");
            r.childAttribute = QStringLiteral("parent");
            s.relationships.push_back(r);
        }
        s.tables.push_back(t);
    }
    return s;
}

Schema loadExample(const QString &path)
{
    Schema s;
    LoadError e;
    if (!loadProject(path, &s, &e))
        qFatal("%s", qPrintable(e.toString()));
    return s;
}

} // namespace

class TestLint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void quickFix_data();
    void quickFix();
    void golden_data();
    void golden();
    void examples_data();
    void examples();
    void deterministicOrder();
    void noFixOrStale();
    void largeDesign();
    void suppressions();
    void incrementalEqualsFull();
    void incrementalRechecksNeighboursOnly();
};

void TestLint::rule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("object");
    QTest::addColumn<Schema>("positive");
    QTest::addColumn<Schema>("negative");
    for (const Case &c : cases())
        QTest::newRow(c.tag) << QString::fromLatin1(c.rule) << c.object
                             << c.positive() << c.negative();
}

// Every rule fires on its positive design (a valid one: lint is advice, not validation) and not
// at all on its negative twin.
void TestLint::rule()
{
    QFETCH(QString, rule);
    QFETCH(QString, object);
    QFETCH(Schema, positive);
    QFETCH(Schema, negative);
    QCOMPARE(firstIssue(positive), QString());
    QCOMPARE(firstIssue(negative), QString());

    const std::vector<Finding> found = lintSchema(positive);
    const std::vector<Finding> hits = matching(found, rule, object);
    QVERIFY2(hits.size() == 1, qPrintable(QLatin1String("expected one ") + rule + QLatin1String(" on ")
                                          + object + QLatin1String(", got:\n") + listing(found)));
    const Finding &f = hits.front();
    QVERIFY(!f.name.isEmpty());
    QVERIFY(f.message.startsWith(object + QLatin1String(": ")));
    QVERIFY(f.why.size() > 40);
    QCOMPARE(severityName(f.severity).isEmpty(), false);

    const std::vector<Finding> clean = lintSchema(negative);
    QVERIFY2(matching(clean, rule).empty(), qPrintable(listing(matching(clean, rule))));
}

void TestLint::quickFix_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("object");
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<Check>("check");
    for (const Case &c : cases()) {
        if (c.check)
            QTest::newRow(c.tag) << QString::fromLatin1(c.rule) << c.object
                                 << c.positive() << c.check;
    }
}

// Apply, the finding is gone, the design changed as expected and is still valid; one undo gives
// back the exact original, redo the fixed design.
void TestLint::quickFix()
{
    QFETCH(QString, rule);
    QFETCH(QString, object);
    QFETCH(Schema, schema);
    QFETCH(Check, check);

    SchemaDocument doc;
    doc.reset(schema);
    const std::vector<Finding> hits = matching(lintSchema(schema), rule, object);
    QCOMPARE(hits.size(), std::size_t(1));
    const Finding finding = hits.front();
    QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.message));

    QVERIFY(applyQuickFix(&doc, finding));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY2(doc.undoStack()->text(0).startsWith(QLatin1String("Quick fix: ")),
             qPrintable(doc.undoStack()->text(0)));
    const Schema fixed = doc.schema();
    QVERIFY(!(fixed == schema));
    QCOMPARE(check(fixed), QString());
    QCOMPARE(firstIssue(fixed), QString());
    const std::vector<Finding> after = lintSchema(fixed);
    QVERIFY2(matching(after, rule, object).empty(), qPrintable(listing(after)));
    QVERIFY(!applyQuickFix(&doc, finding)); // no longer applies

    doc.undoStack()->undo();
    QVERIFY(doc.schema() == schema);
    doc.undoStack()->redo();
    QVERIFY(doc.schema() == fixed);
}

void TestLint::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(SMS_TEST_DATA_DIR "/lint"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!cases.isEmpty());
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

// tests/data/lint/<case>/design.sqlmodel.json against expected.txt: one line per finding,
// `RULE severity message`, in lintSchema's order.
void TestLint::golden()
{
    QFETCH(QString, dir);
    const Schema s = loadExample(dir + QLatin1String("/design.sqlmodel.json"));
    QFile expectedFile(dir + QLatin1String("/expected.txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(expectedFile.readAll()).trimmed();
    const QString actual = listing(lintSchema(s));
    if (actual != expected)
        qInfo().noquote() << "actual:\n" + actual;
    QCOMPARE(actual, expected);
}

void TestLint::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SMS_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.sqlmodel.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// The shipped examples are good designs: no error; their warnings are printed for review.
void TestLint::examples()
{
    QFETCH(QString, path);
    const std::vector<Finding> findings = lintSchema(loadExample(path));
    std::vector<Finding> errors;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            errors.push_back(f);
        else
            qInfo().noquote() << f.rule + u' ' + severityName(f.severity) + u' ' + f.message;
    }
    QVERIFY2(errors.empty(), qPrintable(listing(errors)));
}

// Document order (enums, tables with their columns, keys, indexes and checks, relationships,
// then the design), then rule id; the same design always gives the same list.
void TestLint::deterministicOrder()
{
    Schema s = heroes();
    s.tables[0].name = QStringLiteral("order");                     // SQM044 on the first table
    s.tables[1].columns[2].type.kind = TypeKind::Float;              // hero.age
    s.tables[1].columns[2].name = QStringLiteral("price");           // SQM034 ...
    s.tables[1].columns[1].type.length = 0;                          // SQM031 before it
    s.relationships[0].childAttribute.clear();                       // SQM015
    const std::vector<Finding> a = lintSchema(s);
    QCOMPARE(listing(a), listing(lintSchema(s)));
    QStringList rules;
    for (const Finding &f : a)
        rules << f.rule;
    QCOMPARE(rules, (QStringList{"SQM044", "SMS124", "SMS124", "SQM031", "SQM034", "SQM015", "SQM028"}));
}

void TestLint::noFixOrStale()
{
    Schema s = heroes();
    SchemaDocument doc;
    doc.reset(s);
    const std::vector<Finding> hits = matching(lintSchema(s), QStringLiteral("SQM028"));
    QCOMPARE(hits.size(), std::size_t(1));
    QVERIFY(hits.front().fix.isEmpty());
    QVERIFY(!applyQuickFix(&doc, hits.front()));

    Finding stale;
    stale.rule = QStringLiteral("SQM012");
    stale.object = QStringLiteral("hero.team_id");
    stale.tableId = QStringLiteral("t_hero");
    stale.objectId = QStringLiteral("fk_hero_team");
    stale.fix = QStringLiteral("Index hero.team_id");
    QVERIFY(!applyQuickFix(&doc, stale)); // the column is indexed already
    QVERIFY(!applyQuickFix(nullptr, stale));
    QCOMPARE(doc.undoStack()->count(), 0);
}

// 1,000 tables in a chain of foreign keys with relationships: lintSchema stays linear.
void TestLint::largeDesign()
{
    const Schema s = chain(1000);
    QElapsedTimer timer;
    timer.start();
    const std::vector<Finding> findings = lintSchema(s);
    const qint64 ms = timer.elapsed();
    qInfo("lintSchema: %lld ms for 1,000 tables, %zu findings", ms, findings.size());
    QCOMPARE(matching(findings, QStringLiteral("SQM012")).size(), std::size_t(999));
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

// A suppressed warning leaves the list (and the CLI's exit code), stays available on request,
// and suppressing is one undoable edit that the project file keeps.
void TestLint::suppressions()
{
    Schema s = heroes();
    column(s, "t_team", "c_team_id").autoincrement = false;
    const auto before = lintSchema(s);
    const auto hit = std::find_if(before.begin(), before.end(),
                                  [](const Finding &f) { return f.rule == QLatin1String("SMS117"); });
    QVERIFY(hit != before.end());
    const Finding finding = *hit;
    SchemaDocument doc;
    doc.reset(s);
    doc.setSuppressed({finding.rule, finding.object, QStringLiteral("ids come from the CRM")}, true);
    QCOMPARE(doc.schema().suppressions.size(), std::size_t(1));
    const auto after = lintSchema(doc.schema());
    QCOMPARE(after.size(), before.size() - 1);
    QVERIFY(std::none_of(after.begin(), after.end(), [&](const Finding &f) { return f == finding; }));
    const auto all = lintSchema(doc.schema(), true);
    QCOMPARE(all.size(), before.size());
    QVERIFY(isSuppressed(doc.schema(), finding));
    // Saved and read back.
    Schema reread;
    LoadError error;
    QVERIFY2(parseProject(serializeProject(doc.schema()), QStringLiteral("x"), &reread, &error),
             qPrintable(error.toString()));
    QCOMPARE(reread.suppressions, doc.schema().suppressions);
    // Suppressing twice changes nothing; undo restores the warning.
    doc.setSuppressed({finding.rule, finding.object, {}}, true);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(lintSchema(doc.schema()).size(), before.size());
}


// IncrementalLint gives exactly what lintSchema gives, whatever the edit: every rule's negative
// design edited into its positive twin and back, and one linter carried across all the cases in
// turn (each step a large, unrelated change).
void TestLint::incrementalEqualsFull()
{
    IncrementalLint carried;
    int steps = 0;
    for (const Case &c : cases()) {
        IncrementalLint own;
        for (const Schema &s : {c.negative(), c.positive(), c.negative(), c.positive()}) {
            for (bool withSuppressed : {false, true}) {
                const QString expected = listing(lintSchema(s, withSuppressed));
                IncrementalLint &lint = withSuppressed ? carried : own;
                const QString actual = listing(lint.update(s, withSuppressed));
                if (actual != expected) {
                    qInfo().noquote() << "case" << c.tag << "\nexpected:\n" + expected
                                             + "\nactual:\n" + actual;
                }
                QCOMPARE(actual, expected);
                ++steps;
            }
        }
    }
    QVERIFY(steps > 100);
}

// On a chain of 1,000 tables, a one-table edit re-checks that table and the one that references
// it, not the design; a rename re-checks the mixed-case tables too; an enum edit re-checks all.
void TestLint::incrementalRechecksNeighboursOnly()
{
    Schema s = chain(1000);
    s.tables[10].name = QStringLiteral("MixedCase");
    IncrementalLint lint;
    QCOMPARE(listing(lint.update(s)), listing(lintSchema(s)));
    QCOMPARE(lint.recheckedTables(), 1000);

    auto step = [&](const std::function<void(Schema &)> &edit) {
        edit(s);
        QElapsedTimer timer;
        timer.start();
        const QString actual = listing(lint.update(s));
        const qint64 ms = timer.elapsed();
        const QString expected = listing(lintSchema(s));
        if (actual != expected) {
            qWarning().noquote() << "incremental lint differs; expected:\n" + expected + "\nactual:\n" + actual;
            return -1;
        }
        qInfo("incremental lint: %d tables re-checked, %lld ms", lint.recheckedTables(), ms);
        return lint.recheckedTables();
    };
    // A comment on table 500: itself and table 501, whose key references it.
    QCOMPARE(step([](Schema &d) { d.tables[500].comment = QStringLiteral("edited"); }), 2);
    // The last table: nothing references it.
    QCOMPARE(step([](Schema &d) { d.tables[999].columns[1].nullable = false; }), 1);
    // A rename: the table, its referencer and the mixed-case table (its fix needs a free name).
    QCOMPARE(step([](Schema &d) { d.tables[300].name = QStringLiteral("renamed"); }), 3);
    // A relationship edit: the tables at its ends.
    QCOMPARE(step([](Schema &d) { d.relationships[41].lazy = QStringLiteral("selectin"); }), 2);
    // Removing a table and the key and relationship on it.
    const int removed = step([](Schema &d) {
        d.tables.erase(d.tables.begin() + 700);
        d.tables[700].foreignKeys.clear();
        std::erase_if(d.relationships, [](const Relationship &r) {
            return r.id == QLatin1String("r700") || r.id == QLatin1String("r701");
        });
    });
    QVERIFY2(removed >= 1 && removed <= 4, qPrintable(QString::number(removed)));
    // Reordering tables re-checks nothing, but the findings follow the new order.
    QCOMPARE(step([](Schema &d) { std::swap(d.tables[1], d.tables[2]); }), 0);
    // An enum: everything.
    QCOMPARE(step([](Schema &d) {
                 EnumType e;
                 e.id = QStringLiteral("e1");
                 e.name = QStringLiteral("Mood");
                 e.values = {QStringLiteral("happy"), QStringLiteral("sad")};
                 d.enums.push_back(e);
             }),
             int(s.tables.size()));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
