// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The query cookbook of a design: for every table model, current SQLModel/SQLAlchemy 2 code for
// a join along each relationship (aliased for self references, through the link table for
// many-to-many), eager loading (selectinload for collections, joinedload for scalar parents) with
// and without raiseload("*"), filters on indexed columns and on lookup keys (name, email, slug,
// code, ...) even without an index, a newest-first listing by a creation or modification date,
// a projection, count and exists, offset
// and keyset pagination, bulk insert and bulk update/delete by criteria. A sync (Session) and an
// async (AsyncSession) module beside the models, which they import the way crud.py does. A pure
// function like generateCrud(); tables without a primary key (Core tables) are left out.

#include "sqlmodelgenerator.h"

namespace Core {

struct QueryOptions
{
    GeneratorOptions models; // the models' layout and package name, which the queries import
    QString tableId;         // only this table's queries; empty: the whole design
    bool sync = true;        // queries.py
    bool async = true;       // queries_async.py
};

std::vector<GeneratedFile> generateQueries(const Schema &schema, const QueryOptions &options);

// A column the cookbook uses in a WHERE, ORDER BY or join condition, and whether an index (its
// own, a unique constraint, the primary key, or an index it leads) serves that use. Besides the
// indexed columns the cookbook filters by lookup keys and orders by a recency date whether or not
// they have an index; the unindexed rows are what index advice (lint SMS124, SQM012 for joins) is
// about.
struct QueryColumnUse
{
    enum class Kind {
        Filter, // find_<rows>_by_<column>, and the criterion of bulk update/delete
        Order,  // ORDER BY of pagination and listings (the primary key, a recency date)
        Join,   // the child side of a relationship's join condition (a foreign key column)
    };
    QString tableId;
    QString columnId;
    Kind kind = Kind::Filter;
    bool indexed = false;

    bool operator==(const QueryColumnUse &) const = default;
};

// In table and column order; tables without a primary key are left out, like the cookbook does.
std::vector<QueryColumnUse> queryColumnUses(const Schema &schema);
// The filter and order uses of one table (no joins: those need the relationships).
std::vector<QueryColumnUse> queryColumnUses(const Table &table);

} // namespace Core
