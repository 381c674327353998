// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QTemporaryFile>

// The resource lives in a static library: register it explicitly (outside any namespace).
static void initCodeLintResource()
{
    Q_INIT_RESOURCE(codelint);
}

namespace Core {

namespace {

bool severityFromName(const QString &name, Severity *out)
{
    if (name == QLatin1String("error"))
        *out = Severity::Error;
    else if (name == QLatin1String("warning"))
        *out = Severity::Warning;
    else if (name == QLatin1String("info"))
        *out = Severity::Info;
    else
        return false;
    return true;
}

// The end of the analyser's stderr, after a colon, or nothing.
QString stderrTail(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return {};
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > 2000)
        text = QLatin1String("...") + text.right(2000);
    return QLatin1String(":\n") + text;
}

} // namespace

std::vector<CodeFinding> lintCode(const QStringList &paths, const CodeLintOptions &opts,
                                  QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    err.clear();
    if (paths.isEmpty()) {
        err = QStringLiteral("no paths to lint");
        return {};
    }
    initCodeLintResource();
    QFile script(QStringLiteral(":/sms/sms_lint_code.py"));
    if (!script.open(QIODevice::ReadOnly)) {
        err = QStringLiteral("the code analyser is missing from the resources");
        return {};
    }
    const QByteArray source = script.readAll();

    QTemporaryFile temp(QDir::tempPath() + QStringLiteral("/sms_lint_code_XXXXXX.py"));
    if (!temp.open() || temp.write(source) != source.size() || !temp.flush()) {
        err = QStringLiteral("cannot write a temporary file: %1").arg(temp.errorString());
        return {};
    }

    QProcess process;
    QStringList args{QStringLiteral("-I"), temp.fileName()};
    args += paths;
    process.start(opts.interpreter, args, QIODevice::ReadOnly);
    if (!process.waitForStarted(30000)) {
        err = QStringLiteral("cannot run the Python interpreter '%1': %2")
                  .arg(opts.interpreter, process.errorString());
        return {};
    }
    if (!process.waitForFinished(opts.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        err = QStringLiteral("the code analyser did not finish within %1 s")
                  .arg(opts.timeoutMs / 1000);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray stderrBytes = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        err = QStringLiteral("the code analyser crashed (%1)%2")
                  .arg(opts.interpreter, stderrTail(stderrBytes));
        return {};
    }
    if (process.exitCode() != 0) {
        err = QStringLiteral("the code analyser failed (%1, exit code %2)%3")
                  .arg(opts.interpreter, QString::number(process.exitCode()),
                       stderrTail(stderrBytes));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        err = QStringLiteral("the code analyser printed no JSON list (%1)%2")
                  .arg(parseError.errorString(), stderrTail(stderrBytes));
        return {};
    }
    std::vector<CodeFinding> findings;
    const QJsonArray list = doc.array();
    findings.reserve(std::size_t(list.size()));
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        CodeFinding f;
        f.path = o.value(QLatin1String("path")).toString();
        f.line = o.value(QLatin1String("line")).toInt();
        f.column = o.value(QLatin1String("column")).toInt();
        f.rule = o.value(QLatin1String("rule")).toString();
        f.name = o.value(QLatin1String("name")).toString();
        f.message = o.value(QLatin1String("message")).toString();
        f.fix = o.value(QLatin1String("fix")).toString();
        if (f.rule.isEmpty() || f.path.isEmpty()
            || !severityFromName(o.value(QLatin1String("severity")).toString(), &f.severity)) {
            err = QStringLiteral("the code analyser printed a malformed finding");
            return {};
        }
        findings.push_back(f);
    }
    return findings;
}

} // namespace Core
