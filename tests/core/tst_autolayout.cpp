// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Auto-layout: every table gets a place, no two cards overlap, tables joined by a foreign key
// sit nearer each other than unrelated ones, and the result is the same on every run.

#include "autolayout.h"
#include "projectfile.h"

#include <QElapsedTimer>
#include <QRectF>
#include <QTest>

using namespace Core;

namespace {

Schema load(const QString &path)
{
    Schema s;
    LoadError e;
    if (!loadProject(path, &s, &e))
        qFatal("%s", qPrintable(e.toString()));
    return s;
}

// A synthetic design: `groups` chains of `length` tables, each referencing the previous one.
Schema chains(int groups, int length)
{
    Schema s;
    for (int g = 0; g < groups; ++g) {
        for (int i = 0; i < length; ++i) {
            Table t;
            t.id = QStringLiteral("t%1_%2").arg(g).arg(i);
            t.name = QStringLiteral("t%1_%2").arg(g).arg(i);
            Column id;
            id.id = t.id + QLatin1String("_id");
            id.name = QStringLiteral("id");
            id.primaryKey = true;
            id.nullable = false;
            t.columns.push_back(id);
            if (i > 0) {
                Column ref;
                ref.id = t.id + QLatin1String("_ref");
                ref.name = QStringLiteral("parent_id");
                t.columns.push_back(ref);
                ForeignKey fk;
                fk.id = t.id + QLatin1String("_fk");
                fk.columns = {ref.id};
                fk.refTable = QStringLiteral("t%1_%2").arg(g).arg(i - 1);
                fk.refColumns = {fk.refTable + QLatin1String("_id")};
                t.foreignKeys.push_back(fk);
            }
            s.tables.push_back(t);
        }
    }
    return s;
}

void checkLayout(const Schema &s, const QHash<QString, QPointF> &pos)
{
    QCOMPARE(pos.size(), qsizetype(s.tables.size()));
    std::vector<QRectF> cards;
    for (const Table &t : s.tables) {
        QVERIFY2(pos.contains(t.id), qPrintable(t.name));
        cards.emplace_back(pos.value(t.id), estimatedCardSize(t));
    }
    for (std::size_t a = 0; a < cards.size(); ++a) {
        for (std::size_t b = a + 1; b < cards.size(); ++b) {
            QVERIFY2(!cards[a].adjusted(1, 1, -1, -1).intersects(cards[b]),
                     qPrintable(s.tables[a].name + QLatin1String(" overlaps ") + s.tables[b].name));
        }
    }
}

qreal distance(const QHash<QString, QPointF> &pos, const QString &a, const QString &b)
{
    const QPointF d = pos.value(a) - pos.value(b);
    return std::hypot(d.x(), d.y());
}

} // namespace

class TestAutoLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("heroes") << QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json");
        QTest::newRow("shop") << QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json");
    }
    void examples()
    {
        QFETCH(QString, path);
        const Schema s = load(path);
        QString error;
        const auto pos = autoLayout(s, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        checkLayout(s, pos);
        QCOMPARE(autoLayout(s), pos); // deterministic
        checkLayout(s, gridLayout(s));
    }

    void relatedTablesStayTogether()
    {
        const Schema s = chains(6, 5);
        for (const auto &pos : {autoLayout(s), gridLayout(s)}) {
            checkLayout(s, pos);
            // A table's parent is nearer than the same position in another chain.
            for (int g = 0; g < 6; ++g) {
                const QString child = QStringLiteral("t%1_1").arg(g);
                const QString parent = QStringLiteral("t%1_0").arg(g);
                const QString stranger = QStringLiteral("t%1_0").arg((g + 1) % 6);
                QVERIFY(distance(pos, child, parent) < distance(pos, child, stranger));
            }
        }
    }

    // A hub referenced by a hundred tables (users, editors, ...) must not become one column a
    // hundred cards tall.
    void hubStaysCompact()
    {
        Schema s = chains(1, 1);
        for (int i = 0; i < 100; ++i) {
            Schema leaf = chains(1, 2);
            Table t = leaf.tables[1];
            t.id = t.name = QStringLiteral("leaf%1").arg(i);
            t.columns[0].id = t.id + QLatin1String("_id");
            t.columns[1].id = t.id + QLatin1String("_ref");
            t.foreignKeys[0].id = t.id + QLatin1String("_fk");
            t.foreignKeys[0].columns = {t.columns[1].id};
            t.foreignKeys[0].refTable = QStringLiteral("t0_0");
            t.foreignKeys[0].refColumns = {QStringLiteral("t0_0_id")};
            s.tables.push_back(t);
        }
        const auto pos = autoLayout(s);
        checkLayout(s, pos);
        QRectF box;
        for (const Table &t : s.tables)
            box |= QRectF(pos.value(t.id), estimatedCardSize(t));
        QVERIFY2(box.width() / box.height() < 4 && box.height() / box.width() < 4,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
    }

    void largeDesign()
    {
        const Schema s = chains(40, 10); // 400 tables
        QElapsedTimer timer;
        timer.start();
        const auto pos = autoLayout(s);
        const qint64 ms = timer.elapsed();
        qDebug("autoLayout: 400 tables in 40 groups in %lld ms", ms);
        checkLayout(s, pos);
        // Packed into rows, not one strip: the bounding box is not extremely elongated.
        QRectF box;
        for (const Table &t : s.tables)
            box |= QRectF(pos.value(t.id), estimatedCardSize(t));
        QVERIFY2(box.width() / box.height() < 6 && box.height() / box.width() < 6,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
    }
};

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
