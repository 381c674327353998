// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Arranging the cards of a design. autoLayout() lays out each group of tables connected by
// foreign keys with Graphviz's dot (parents to the right of their children, crossings kept
// low), then packs the groups into rows, largest first, so that a design of hundreds of tables
// reads as islands rather than one long strip. gridLayout() is the instant fallback an import
// uses: related tables next to each other, in rows.

#include "schema.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>

namespace Core {

// The size a card needs, in scene units, when the view has not measured it: from the longest
// name and the number of columns.
QSizeF estimatedCardSize(const Table &table);

// Top-left positions by table id. `sizes` overrides estimatedCardSize() for the tables it holds.
// `error` (optional) is set when Graphviz cannot be used; the grid is returned then.
QHash<QString, QPointF> autoLayout(const Schema &schema, const QHash<QString, QSizeF> &sizes = {},
                                   QString *error = nullptr);
QHash<QString, QPointF> gridLayout(const Schema &schema, const QHash<QString, QSizeF> &sizes = {});

} // namespace Core
