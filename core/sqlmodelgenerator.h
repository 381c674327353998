// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQLModel generator: a pure function from a Schema and options to files. The output is what
// `ruff format` would write and passes `ruff check` (with isort), `mypy`, imports, configures its
// mappers and creates exactly the designed schema on SQLite and PostgreSQL.

#include "schema.h"

#include <QHash>
#include <QSet>
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

// Precondition: validate(schema) is empty. Deterministic. When the models need a package beyond
// SQLModel (email-validator for EmailStr), a requirements.txt lists it beside the models.
std::vector<GeneratedFile> generateSqlModel(const Schema &schema, const GeneratorOptions &options);
// The packages beyond SQLModel that the models need, as requirement lines.
QStringList modelRequirements(const Schema &schema);

// The Python names the models generator gives a schema's objects, derived once and shared with
// the generators whose code imports the models (CRUD, routers), so that they cannot drift apart.
struct ModelNames
{
    QHash<QString, QString> tableClass;  // table id -> table model class
    QHash<QString, QString> baseClass;   // table id -> XBase; empty without multiple models
    QHash<QString, QString> createClass; // XCreate
    QHash<QString, QString> publicClass; // XPublic
    QHash<QString, QString> updateClass; // XUpdate; empty when hasUpdateModel() is false
    QHash<QString, QString> enumClass;   // enum id -> Python enum class
    QHash<QString, QString> enumTypeVar; // enum id -> module-level SQLAlchemy Enum type
    QHash<QString, QString> module;      // table id -> module name in the package layout
    QHash<QString, QHash<QString, QString>> attribute; // table id -> column id -> attribute
    QSet<QString> moduleLevelNames; // every name the models module defines or imports
};
ModelNames modelNames(const Schema &schema, const GeneratorOptions &options);

// A primary-key column whose value the database or Python generates: it lives on the table model
// only (not in XBase/XCreate), after the inherited fields, and is required in XPublic.
bool isGeneratedKey(const Column &column);
// Whether the table gets an XUpdate model: only when it has a column outside its primary key.
bool hasUpdateModel(const Table &table);

} // namespace Core
