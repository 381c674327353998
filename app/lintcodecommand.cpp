// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "codelint.h"
#include "command.h"
#include "sarif.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QUrl>

namespace App {

namespace {

QJsonDocument toJson(const std::vector<Core::CodeFinding> &findings)
{
    QJsonArray list;
    for (const Core::CodeFinding &f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), f.path);
        o.insert(QStringLiteral("line"), f.line);
        o.insert(QStringLiteral("column"), f.column);
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("name"), f.name);
        o.insert(QStringLiteral("severity"), Core::severityName(f.severity));
        o.insert(QStringLiteral("message"), f.message);
        o.insert(QStringLiteral("fix"),
                 f.fix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.fix));
        list.append(o);
    }
    return QJsonDocument(list);
}

// A URI relative to the current folder (%SRCROOT%) when the file is below it, else a file:// URL.
QString artifactUri(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString rel = QDir::current().relativeFilePath(abs);
    if (!rel.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(rel))
        return QString::fromUtf8(QUrl(rel).toEncoded());
    return QUrl::fromLocalFile(abs).toString(QUrl::FullyEncoded);
}

// SARIF: each finding with a physical location (file, line, column), relative to %SRCROOT%
// (the current folder) when the file is below it.
QJsonDocument toSarif(const std::vector<Core::CodeFinding> &findings)
{
    std::vector<SarifResult> results;
    for (const Core::CodeFinding &f : findings) {
        const QString uri = artifactUri(f.path);
        QJsonObject artifact{{QStringLiteral("uri"), uri}};
        if (!uri.startsWith(QLatin1String("file:")))
            artifact.insert(QStringLiteral("uriBaseId"), QStringLiteral("%SRCROOT%"));
        const QJsonObject physical{
            {QStringLiteral("artifactLocation"), artifact},
            {QStringLiteral("region"),
             QJsonObject{{QStringLiteral("startLine"), qMax(1, f.line)},
                         {QStringLiteral("startColumn"), qMax(1, f.column)}}},
        };
        const QString text = f.fix.isEmpty() ? f.message : f.message + QLatin1String(" Fix: ") + f.fix;
        results.push_back({f.rule, f.name, QString(), f.severity, text,
                           QJsonObject{{QStringLiteral("physicalLocation"), physical}}});
    }
    QString cwd = QDir::currentPath();
    if (!cwd.endsWith(u'/'))
        cwd += u'/';
    const QString srcRoot = QUrl::fromLocalFile(cwd).toString(QUrl::FullyEncoded);
    return sarifDocument(results,
                         {{QStringLiteral("originalUriBaseIds"),
                           QJsonObject{{QStringLiteral("%SRCROOT%"),
                                        QJsonObject{{QStringLiteral("uri"), srcRoot}}}}}});
}

int runLintCode(const QStringList &args)
{
    QTextStream out(stdout);
    QStringList paths;
    QString format = QStringLiteral("text");
    Core::CodeLintOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("--format needs text, json or sarif"));
            format = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1String("--python")) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("--python needs an interpreter"));
            options.interpreter = args.at(++i);
        } else if (a.startsWith(QLatin1String("--python="))) {
            options.interpreter = a.mid(9);
        } else if (a.startsWith(u'-')) {
            return usageError(QStringLiteral("unknown option '%1' for lint-code").arg(a));
        } else {
            paths << a;
        }
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")
        && format != QLatin1String("sarif"))
        return usageError(QStringLiteral("unknown format '%1' (text, json or sarif)").arg(format));
    if (options.interpreter.isEmpty())
        return usageError(QStringLiteral("--python needs an interpreter"));
    if (paths.isEmpty())
        return usageError(QStringLiteral("lint-code needs one or more files or folders"));
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            return userError(QStringLiteral("%1: no such file or folder").arg(p));
    }

    QString error;
    const auto findings = Core::lintCode(paths, options, &error);
    if (!error.isEmpty())
        return userError(error);
    bool anyError = false;
    for (const auto &f : findings)
        anyError = anyError || f.severity == Core::Severity::Error;

    if (format == QLatin1String("json")) {
        out << toJson(findings).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("sarif")) {
        out << toSarif(findings).toJson(QJsonDocument::Indented);
    } else {
        int counts[3] = {0, 0, 0};
        for (const auto &f : findings) {
            ++counts[int(f.severity)];
            out << f.path << ":" << f.line << ":" << f.column << ": "
                << Core::severityName(f.severity) << " " << f.rule << " [" << f.name << "] "
                << f.message << "\n";
            if (!f.fix.isEmpty())
                out << "    fix: " << f.fix << "\n";
        }
        out << counts[0] << " error(s), " << counts[1] << " warning(s), " << counts[2]
            << " note(s)\n";
    }
    out.flush();
    return anyError ? ExitUserError : ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND({
    QStringLiteral("lint-code"),
    QStringLiteral("PATH... [--format text|json|sarif] [--python INTERPRETER]"),
    QStringLiteral("check existing Python code (models, CRUD, FastAPI, Alembic env.py and\n"
                   "script.py.mako) for Pydantic v1, SQLAlchemy 1.x, async and Alembic problems;\n"
                   "runs on INTERPRETER (default python3); exit 1 on any error."),
    40,
    runLintCode,
});

} // namespace App
