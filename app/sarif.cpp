// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarif.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace App {

QString sarifLevel(Core::Severity s)
{
    switch (s) {
    case Core::Severity::Error: return QStringLiteral("error");
    case Core::Severity::Warning: return QStringLiteral("warning");
    case Core::Severity::Info: return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QJsonDocument sarifDocument(const std::vector<SarifResult> &results, const QJsonObject &runProperties)
{
    QMap<QString, QJsonObject> rules;
    for (const SarifResult &f : results) {
        if (rules.contains(f.rule))
            continue;
        QJsonObject r;
        r.insert(QStringLiteral("id"), f.rule);
        r.insert(QStringLiteral("name"), f.name);
        r.insert(QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), f.name}});
        if (!f.description.isEmpty())
            r.insert(QStringLiteral("fullDescription"),
                     QJsonObject{{QStringLiteral("text"), f.description}});
        r.insert(QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(f.severity)}});
        rules.insert(f.rule, r);
    }
    QJsonArray ruleArray;
    QHash<QString, int> ruleIndex;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        ruleIndex.insert(it.key(), int(ruleArray.size()));
        ruleArray.append(it.value());
    }
    QJsonArray resultArray;
    for (const SarifResult &f : results) {
        resultArray.append(QJsonObject{
            {QStringLiteral("ruleId"), f.rule},
            {QStringLiteral("ruleIndex"), ruleIndex.value(f.rule)},
            {QStringLiteral("level"), sarifLevel(f.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message}}},
            {QStringLiteral("locations"), QJsonArray{f.location}},
        });
    }
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("sqlmodel-studio")},
        {QStringLiteral("version"), QStringLiteral(SMS_VERSION)},
        {QStringLiteral("informationUri"), QStringLiteral("https://sqlmodel.tiangolo.com/")},
        {QStringLiteral("rules"), ruleArray},
    };
    QJsonObject run = runProperties;
    run.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}});
    run.insert(QStringLiteral("results"), resultArray);
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(root);
}

} // namespace App
