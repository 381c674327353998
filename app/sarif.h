// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SARIF 2.1.0 output shared by `lint` and `lint-code`: one run, the rules that fired as
// reportingDescriptors, one result per finding.

#include "lint.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace App {

struct SarifResult
{
    QString rule;
    QString name;        // the rule's slug
    QString description; // the rule's reason, or empty
    Core::Severity severity = Core::Severity::Warning;
    QString message;     // already including the fix advice
    QJsonObject location; // a SARIF location object
};

QString sarifLevel(Core::Severity severity);

// `runProperties` are merged into the run object (e.g. originalUriBaseIds).
QJsonDocument sarifDocument(const std::vector<SarifResult> &results,
                            const QJsonObject &runProperties = {});

} // namespace App
