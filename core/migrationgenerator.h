// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Alembic output: the environment (alembic.ini, env.py, script.py.mako) and hand-written-quality
// revision files computed from two designs. Pure functions, like the models generator; the
// revision code works on PostgreSQL and on SQLite (every ALTER goes through batch_alter_table).

#include "sqlmodelgenerator.h"

#include <QString>

#include <vector>

namespace Core {

struct Schema;

struct AlembicOptions {
    QString scriptFolder = QStringLiteral("alembic"); // beside alembic.ini and the models
    QString modelsModule = QStringLiteral("models");  // imported by env.py
};

// alembic.ini, <scriptFolder>/env.py and <scriptFolder>/script.py.mako, relative to the folder
// that holds the models. The database URL comes from `-x url=...` or SQLALCHEMY_URL.
std::vector<GeneratedFile> generateAlembicEnvironment(const AlembicOptions &options);

// The design part of a schema (enums, tables, relationships), without its checkpoint.
Schema designOf(const Schema &schema);
// The design recorded by the checkpoint, or an empty one.
Schema checkpointDesign(const Schema &schema);

// Deterministic: the first 12 hex digits of SHA-1(parent, message, canonical `after`).
QString revisionId(const QString &parent, const QString &message, const Schema &after);

struct Revision {
    QString id;
    QString fileName; // "<id>_<slug>.py"
    QString content;
    int changes = 0; // upgrade steps; 0 means nothing to migrate
};

// The revision that migrates a database built from `before` to `after` (and back in
// downgrade()). `parent` is the previous revision id, empty for the first one.
// `options.scriptFolder` decides how isort classifies `alembic` (a folder of that name beside
// the models makes it first party).
Revision generateRevision(const Schema &before, const Schema &after, const QString &parent,
                          const QString &message, const AlembicOptions &options = {});

} // namespace Core
