// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "command.h"
#include "sarif.h"
#include "lint.h"
#include "projectfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace App {

namespace {

QJsonDocument toJson(const std::vector<Core::Finding> &findings, const Core::Schema &schema)
{
    QJsonArray list;
    for (const Core::Finding &f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("name"), f.name);
        o.insert(QStringLiteral("severity"), Core::severityName(f.severity));
        o.insert(QStringLiteral("message"), f.message);
        o.insert(QStringLiteral("why"), f.why);
        o.insert(QStringLiteral("object"), f.object);
        o.insert(QStringLiteral("fix"), f.fix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.fix));
        if (Core::isSuppressed(schema, f))
            o.insert(QStringLiteral("suppressed"), true);
        list.append(o);
    }
    return QJsonDocument(list);
}

// SARIF: each finding located in the project file, with the object path as a logical location.
QJsonDocument toSarif(const std::vector<Core::Finding> &findings, const QString &projectPath)
{
    std::vector<SarifResult> results;
    for (const Core::Finding &f : findings) {
        const QJsonObject physical{
            {QStringLiteral("artifactLocation"),
             QJsonObject{{QStringLiteral("uri"), QFileInfo(projectPath).filePath()}}},
        };
        const QJsonObject location{
            {QStringLiteral("physicalLocation"), physical},
            {QStringLiteral("logicalLocations"),
             QJsonArray{QJsonObject{{QStringLiteral("fullyQualifiedName"), f.object}}}},
        };
        const QString text = f.fix.isEmpty() ? f.message : f.message + QLatin1String(" Fix: ") + f.fix;
        results.push_back({f.rule, f.name, f.why, f.severity, text, location});
    }
    return sarifDocument(results);
}

int runLint(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString project;
    QString format = QStringLiteral("text");
    bool withSuppressed = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--include-suppressed")) {
            withSuppressed = true;
        } else if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                err << "sqlmodel-studio: --format needs text, json or sarif\n";
                return ExitUsage;
            }
            format = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(u'-')) {
            err << "sqlmodel-studio: unknown option '" << a << "' for lint\n";
            return ExitUsage;
        } else if (project.isEmpty()) {
            project = a;
        } else {
            err << "sqlmodel-studio: unexpected argument '" << a << "'\n";
            return ExitUsage;
        }
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")
        && format != QLatin1String("sarif")) {
        err << "sqlmodel-studio: unknown format '" << format << "' (text, json or sarif)\n";
        return ExitUsage;
    }
    if (project.isEmpty()) {
        err << "sqlmodel-studio: lint needs a project file\nTry 'sqlmodel-studio --help'.\n";
        return ExitUsage;
    }
    Core::Schema schema;
    Core::LoadError error;
    if (!Core::loadProject(project, &schema, &error)) {
        err << "sqlmodel-studio: " << error.toString() << "\n";
        return ExitUserError;
    }
    const auto findings = Core::lintSchema(schema, withSuppressed);
    const std::size_t suppressed = Core::lintSchema(schema, true).size()
                                   - Core::lintSchema(schema, false).size();
    bool anyError = false;
    for (const auto &f : findings) {
        // A suppressed error was accepted by the design: it does not fail the run.
        anyError = anyError || (f.severity == Core::Severity::Error && !Core::isSuppressed(schema, f));
    }

    if (format == QLatin1String("json")) {
        out << toJson(findings, schema).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("sarif")) {
        out << toSarif(findings, project).toJson(QJsonDocument::Indented);
    } else {
        int counts[3] = {0, 0, 0};
        for (const auto &f : findings) {
            const bool quiet = Core::isSuppressed(schema, f);
            if (!quiet)
                ++counts[int(f.severity)];
            out << project << ": " << f.object << ": " << Core::severityName(f.severity) << " "
                << f.rule << " [" << f.name << "] " << f.message
                << (quiet ? " (suppressed)" : "") << "\n";
            if (!f.fix.isEmpty())
                out << "    fix: " << f.fix << "\n";
        }
        out << counts[0] << " error(s), " << counts[1] << " warning(s), " << counts[2]
            << " note(s)";
        if (suppressed > 0)
            out << ", " << suppressed << " suppressed in the project";
        out << "\n";
    }
    out.flush();
    return anyError ? ExitUserError : ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND({
    QStringLiteral("lint"),
    QStringLiteral("PROJECT.sqlmodel.json [--format text|json|sarif] [--include-suppressed]"),
    QStringLiteral("check a design against the SQLModel rule catalogue; exit 1 on any error.\n"
                   "Warnings the project suppresses are left out (--include-suppressed lists\n"
                   "them, marked)."),
    30,
    runLint,
});

} // namespace App
