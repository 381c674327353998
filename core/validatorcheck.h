// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Python syntax of validator bodies, checked by compiling each body inside the method the
// generator writes around it, with the user's interpreter (only the standard library). The
// designer checks a body before it accepts it, and `generate` refuses to write models around a
// body that does not compile, so that nothing broken is emitted.

#include "schema.h"

#include <QString>

#include <vector>

namespace Core {

struct ValidatorSyntaxError
{
    QString tableId;
    QString validatorId;
    QString label;   // `table "account": validator "strip_handle"`
    int line = 0;    // 1-based line in the body
    QString message; // Python's message, e.g. "invalid syntax"

    QString toString() const; // LABEL: line N: MESSAGE
};

// Every validator body of the schema that does not compile. Returns false (and sets *error)
// when the interpreter cannot be run.
bool checkValidatorSyntax(const Schema &schema, std::vector<ValidatorSyntaxError> *problems,
                          QString *error, const QString &interpreter = QStringLiteral("python3"));

// One body; `model` picks the method signature (a model or a field validator).
bool checkValidatorBody(const QString &body, bool model, std::vector<ValidatorSyntaxError> *problems,
                        QString *error, const QString &interpreter = QStringLiteral("python3"));

} // namespace Core
