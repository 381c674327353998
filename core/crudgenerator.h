// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CRUD code for every table of a design, with the current SQLModel idioms: create from XCreate
// through model_validate, get by primary key (composite keys too), list with offset, limit and a
// stable order_by, partial update with model_dump(exclude_unset=True) and sqlmodel_update, delete.
// A sync (Session) and an async (AsyncSession, expire_on_commit=False, selectinload for
// relationships) variant, and optionally one FastAPI router module per table. A pure function
// like generateSqlModel(); the files sit beside the models (they import `.models`).

#include "sqlmodelgenerator.h"

namespace Core {

struct CrudOptions
{
    GeneratorOptions models; // the models' layout and package name, which the CRUD code imports
    bool sync = true;        // crud.py
    bool async = true;       // crud_async.py
    bool routers = false;    // routers/<table>.py and routers/__init__.py
};

std::vector<GeneratedFile> generateCrud(const Schema &schema, const CrudOptions &options);

} // namespace Core
