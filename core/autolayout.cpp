// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autolayout.h"

#include "naming.h"

#include <graphviz/gvc.h>

#include <QMutex>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Core {

namespace {

constexpr qreal Gap = 60;      // between cards in a group, and between groups
constexpr qreal PointsPerUnit = 1.0; // Graphviz works in points; the scene in pixels at 100 %

// Graphviz keeps global state: one layout at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QSizeF sizeOf(const Table &t, const QHash<QString, QSizeF> &sizes)
{
    const auto it = sizes.constFind(t.id);
    return it == sizes.constEnd() ? estimatedCardSize(t) : *it;
}

// Groups of tables linked by foreign keys (union-find over table indexes).
std::vector<std::vector<std::size_t>> components(const Schema &s)
{
    std::vector<std::size_t> parent(s.tables.size());
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    const auto find = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < s.tables.size(); ++i)
        index.insert(s.tables[i].id, i);
    for (std::size_t i = 0; i < s.tables.size(); ++i) {
        for (const ForeignKey &fk : s.tables[i].foreignKeys) {
            const auto it = index.constFind(fk.refTable);
            if (it != index.constEnd())
                parent[find(i)] = find(*it);
        }
    }
    QHash<std::size_t, std::size_t> slot;
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t i = 0; i < s.tables.size(); ++i) {
        const std::size_t root = find(i);
        auto it = slot.find(root);
        if (it == slot.end()) {
            it = slot.insert(root, out.size());
            out.emplace_back();
        }
        out[*it].push_back(i);
    }
    return out;
}

struct Island
{
    std::vector<std::size_t> tables;
    QHash<std::size_t, QPointF> offsets; // top-left of each card inside the island
    QSizeF size;
};

// One group through dot. Returns false when Graphviz fails.
bool layoutIsland(const Schema &s, Island &island, const QHash<QString, QSizeF> &sizes)
{
    if (island.tables.size() == 1) {
        const QSizeF size = sizeOf(s.tables[island.tables.front()], sizes);
        island.offsets.insert(island.tables.front(), QPointF(0, 0));
        island.size = size;
        return true;
    }
    QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = gvContext();
    if (!gvc)
        return false;
    char graphName[] = "design";
    Agraph_t *g = agopen(graphName, Agdirected, nullptr);
    const auto set = [](void *obj, const char *key, const QByteArray &value) {
        agsafeset(obj, const_cast<char *>(key), const_cast<char *>(value.constData()),
                  const_cast<char *>(""));
    };
    // dot reads well up to a few dozen tables; beyond that a hub referenced by a hundred tables
    // becomes a rank a hundred cards tall, so large groups get a force-directed layout.
    const bool large = island.tables.size() > 40;
    const char *engine = large ? "sfdp" : "dot";
    if (large) {
        set(g, "overlap", "prism");
        set(g, "sep", QByteArray("+") + QByteArray::number(int(Gap / 2)));
        set(g, "K", "1.2");
    } else {
        set(g, "rankdir", "RL"); // children on the left, the tables they reference on the right
        set(g, "nodesep", QByteArray::number(Gap / 72.0 * 0.6));
        set(g, "ranksep", QByteArray::number(Gap * 1.5 / 72.0));
    }
    set(g, "splines", "false");
    QHash<std::size_t, Agnode_t *> nodes;
    QHash<QString, std::size_t> byId;
    for (std::size_t i : island.tables) {
        const QByteArray name = QByteArray::number(qulonglong(i));
        Agnode_t *n = agnode(g, const_cast<char *>(name.constData()), 1);
        const QSizeF size = sizeOf(s.tables[i], sizes);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", QByteArray::number(size.width() / 72.0 * PointsPerUnit));
        set(n, "height", QByteArray::number(size.height() / 72.0 * PointsPerUnit));
        set(n, "label", "");
        nodes.insert(i, n);
        byId.insert(s.tables[i].id, i);
    }
    for (std::size_t i : island.tables) {
        for (const ForeignKey &fk : s.tables[i].foreignKeys) {
            const auto it = byId.constFind(fk.refTable);
            if (it == byId.constEnd() || *it == i)
                continue; // self references do not change the ranks
            agedge(g, nodes.value(i), nodes.value(*it), nullptr, 1);
        }
    }
    const bool ok = gvLayout(gvc, g, engine) == 0;
    if (ok) {
        const boxf bb = GD_bb(g);
        for (std::size_t i : island.tables) {
            Agnode_t *n = nodes.value(i);
            const QSizeF size = sizeOf(s.tables[i], sizes);
            // Graphviz: centres, y upwards; the scene: top-left corners, y downwards.
            const qreal x = ND_coord(n).x - bb.LL.x - size.width() / 2;
            const qreal y = (bb.UR.y - ND_coord(n).y) - size.height() / 2;
            island.offsets.insert(i, QPointF(std::round(x), std::round(y)));
        }
        island.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return ok;
}

// Islands into rows (shelf packing), aiming at a 16:10 overall shape.
QHash<QString, QPointF> pack(const Schema &s, std::vector<Island> islands)
{
    std::stable_sort(islands.begin(), islands.end(), [](const Island &a, const Island &b) {
        return a.size.height() * a.size.width() > b.size.height() * b.size.width();
    });
    qreal area = 0;
    qreal widest = 0;
    for (const Island &i : islands) {
        area += (i.size.width() + Gap) * (i.size.height() + Gap);
        widest = std::max(widest, i.size.width());
    }
    const qreal rowWidth = std::max(widest, std::sqrt(area * 16.0 / 10.0));
    QHash<QString, QPointF> out;
    qreal x = 0;
    qreal y = 0;
    qreal rowHeight = 0;
    for (const Island &island : islands) {
        if (x > 0 && x + island.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + Gap;
            rowHeight = 0;
        }
        for (std::size_t t : island.tables)
            out.insert(s.tables[t].id, QPointF(x, y) + island.offsets.value(t) + QPointF(Gap, Gap));
        x += island.size.width() + Gap;
        rowHeight = std::max(rowHeight, island.size.height());
    }
    return out;
}

} // namespace

QSizeF estimatedCardSize(const Table &t)
{
    // Matches the canvas cards roughly: a header of two lines and a row per column.
    qsizetype longest = std::max(tableClassName(t).size(), t.name.size());
    for (const Column &c : t.columns)
        longest = std::max(longest, c.name.size() + 14);
    const qreal width = std::clamp<qreal>(qreal(longest) * 7.5 + 40, 160, 420);
    const qreal height = 40 + 18 * qreal(std::max<std::size_t>(t.columns.size(), 1));
    return {width, height};
}

QHash<QString, QPointF> gridLayout(const Schema &schema, const QHash<QString, QSizeF> &sizes)
{
    std::vector<Island> islands;
    for (const std::vector<std::size_t> &group : components(schema)) {
        // A group as a small grid of its own, in design order.
        Island island;
        island.tables = group;
        const int perRow = std::max(1, int(std::ceil(std::sqrt(double(group.size())))));
        qreal x = 0;
        qreal y = 0;
        qreal rowHeight = 0;
        qreal width = 0;
        for (std::size_t k = 0; k < group.size(); ++k) {
            if (k > 0 && k % std::size_t(perRow) == 0) {
                x = 0;
                y += rowHeight + Gap;
                rowHeight = 0;
            }
            const QSizeF size = sizeOf(schema.tables[group[k]], sizes);
            island.offsets.insert(group[k], QPointF(x, y));
            x += size.width() + Gap;
            width = std::max(width, x - Gap);
            rowHeight = std::max(rowHeight, size.height());
        }
        island.size = QSizeF(width, y + rowHeight);
        islands.push_back(std::move(island));
    }
    return pack(schema, std::move(islands));
}

QHash<QString, QPointF> autoLayout(const Schema &schema, const QHash<QString, QSizeF> &sizes,
                                   QString *error)
{
    std::vector<Island> islands;
    for (const std::vector<std::size_t> &group : components(schema)) {
        Island island;
        island.tables = group;
        if (!layoutIsland(schema, island, sizes)) {
            if (error)
                *error = QStringLiteral("Graphviz could not lay out the design; the tables are "
                                        "arranged in a grid instead");
            return gridLayout(schema, sizes);
        }
        islands.push_back(std::move(island));
    }
    return pack(schema, std::move(islands));
}

} // namespace Core
