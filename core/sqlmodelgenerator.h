// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQLModel generator: a pure function from a Schema and options to files. The output is what
// `ruff format` would write and passes `ruff check` (with isort), `mypy`, imports, configures its
// mappers and creates exactly the designed schema on SQLite and PostgreSQL.

#include "schema.h"

#include <QString>

#include <vector>

namespace Core {

struct GeneratedFile
{
    QString path; // relative, with forward slashes: "models.py" or "models/hero.py"
    QString content;

    bool operator==(const GeneratedFile &) const = default;
};

struct GeneratorOptions
{
    enum class Layout { Module, Package };
    Layout layout = Layout::Module;
    bool multipleModels = true;      // XBase, X, XCreate, XUpdate, XPublic
    QString packageName = QStringLiteral("models");
};

// Precondition: validate(schema) is empty. Deterministic.
std::vector<GeneratedFile> generateSqlModel(const Schema &schema, const GeneratorOptions &options);

} // namespace Core
