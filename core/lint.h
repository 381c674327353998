// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Design lint: the rules of the SQLModel rule catalogue that can be decided from the schema
// alone, each with a stable id, a severity, a message naming the object, the reason with its
// source, and (where the catalogue gives one) a quick fix that is one undoable edit.

#include "schema.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Core {

class SchemaDocument;

enum class Severity { Error, Warning, Info };
QString severityName(Severity s); // "error", "warning", "info"

struct Finding
{
    QString rule;      // stable id, e.g. "SQM012"
    QString name;      // the rule's slug, e.g. "fk-no-index"
    Severity severity = Severity::Warning;
    QString message;   // names the object
    QString why;       // the reason, with its source
    QString object;    // path of the object: "hero", "hero.team_id", "hero.fk:fk_hero_team", ...
    QString tableId;   // ids of the object, for selecting it in the designer
    QString objectId;
    QString fix;       // a description of the quick fix, or empty when there is none

    bool operator==(const Finding &) const = default;
};

// Every finding for the schema, in a deterministic order (document order, then rule id),
// without the ones the design suppresses (Schema::suppressions) unless `withSuppressed`.
std::vector<Finding> lintSchema(const Schema &schema, bool withSuppressed = false);
// Whether the design suppresses this finding.
bool isSuppressed(const Schema &schema, const Finding &finding);

// lintSchema() for a design that changes a little at a time (the designer, on every edit): it
// keeps each table's findings and, on the next update, re-runs the checks only of the tables the
// change can affect (the changed tables and their neighbours through foreign keys and
// relationships); the design-wide checks run every time. The result always equals
// lintSchema(schema, withSuppressed). Not thread-safe: use one from one thread at a time.
class IncrementalLint
{
public:
    IncrementalLint();
    ~IncrementalLint();
    IncrementalLint(const IncrementalLint &) = delete;
    IncrementalLint &operator=(const IncrementalLint &) = delete;

    std::vector<Finding> update(const Schema &schema, bool withSuppressed = false);
    void reset(); // forget the cache: the next update checks every table
    int recheckedTables() const; // how many tables the last update checked again

private:
    struct State;
    std::unique_ptr<State> d;
};

// Applies the quick fix of `finding` to the document as one undoable command. Returns false when
// the finding has no quick fix or no longer applies.
bool applyQuickFix(SchemaDocument *document, const Finding &finding);

} // namespace Core
