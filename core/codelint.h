// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Code lint: the rules of the SQLModel rule catalogue that need the Python source (Pydantic v1
// and SQLAlchemy 1.x APIs, async pitfalls, Alembic env/mako problems, ...). The analysis is
// sms_lint_code.py, embedded as a resource and run on the user's interpreter with only the
// standard library `ast` module; this side runs it and reads its JSON.

#include "lint.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Core {

struct CodeFinding
{
    QString path;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString rule;   // catalogue id, e.g. "PYD004"; "SMS000" for a syntax error
    QString name;   // the rule's slug, e.g. "dict"
    Severity severity = Severity::Warning;
    QString message;
    QString fix; // empty when there is none

    bool operator==(const CodeFinding &) const = default;
};

struct CodeLintOptions
{
    QString interpreter = QStringLiteral("python3");
    int timeoutMs = 120000;
};

// Lints the given files and folders (recursing into *.py and Alembic script.py.mako). Returns
// the findings sorted by path, line, column and rule. On failure (no interpreter, a crash, a
// timeout, unreadable output) returns an empty list and sets *error to a non-empty message.
std::vector<CodeFinding> lintCode(const QStringList &paths, const CodeLintOptions &opts,
                                  QString *error);

} // namespace Core
