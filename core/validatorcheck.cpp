// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatorcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Core {

namespace {

// Reads [{"key", "model", "body"}] on stdin, prints [{"key", "line", "message"}]: each body is
// dedented and compiled as the body of a method, as the generator writes it.
const char *const kScript = R"PY(
import json, re, sys, textwrap
out = []
for item in json.load(sys.stdin):
    body = textwrap.dedent(item["body"].expandtabs(4).replace("\r", "")).strip("\n")
    head = "def v(self):\n" if item["model"] else "def v(cls, value):\n"
    code = "class C:\n    " + head + textwrap.indent(body, " " * 8) + "\n"
    try:
        compile(code, "<validator>", "exec", dont_inherit=True)
    except SyntaxError as e:
        line = max(1, (e.lineno or 3) - 2)
        msg = re.sub(r"on line (\d+)", lambda m: "on line %d" % max(1, int(m.group(1)) - 2), e.msg)
        out.append({"key": item["key"], "line": line, "message": msg})
print(json.dumps(out))
)PY";

struct Item
{
    QString key;
    bool model;
    QString body;
    QString tableId;
    QString validatorId;
    QString label;
};

bool run(const std::vector<Item> &items, std::vector<ValidatorSyntaxError> *problems,
         QString *error, const QString &interpreter)
{
    problems->clear();
    if (items.empty())
        return true;
    QJsonArray input;
    for (const Item &i : items) {
        input.append(QJsonObject{{QStringLiteral("key"), i.key},
                                 {QStringLiteral("model"), i.model},
                                 {QStringLiteral("body"), i.body}});
    }
    QProcess process;
    process.start(interpreter, {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(kScript)});
    if (!process.waitForStarted(30000)) {
        *error = QStringLiteral("cannot check the validators' Python syntax: cannot run '%1': %2")
                     .arg(interpreter, process.errorString());
        return false;
    }
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        *error = QStringLiteral("cannot check the validators' Python syntax: '%1' failed: %2")
                     .arg(interpreter, QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    const QJsonArray out = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    for (const QJsonValue &v : out) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        for (const Item &i : items) {
            if (i.key != key)
                continue;
            problems->push_back({i.tableId, i.validatorId, i.label,
                                 o.value(QLatin1String("line")).toInt(),
                                 o.value(QLatin1String("message")).toString()});
        }
    }
    return true;
}

} // namespace

QString ValidatorSyntaxError::toString() const
{
    return QStringLiteral("%1: line %2: %3").arg(label).arg(line).arg(message);
}

bool checkValidatorSyntax(const Schema &schema, std::vector<ValidatorSyntaxError> *problems,
                          QString *error, const QString &interpreter)
{
    std::vector<Item> items;
    for (const Table &t : schema.tables) {
        for (const Validator &v : t.validators) {
            const QString label = QStringLiteral("table \"%1\": validator \"%2\"").arg(t.name, v.name);
            items.push_back({QString::number(items.size()), v.model, v.body, t.id, v.id, label});
        }
    }
    return run(items, problems, error, interpreter);
}

bool checkValidatorBody(const QString &body, bool model, std::vector<ValidatorSyntaxError> *problems,
                        QString *error, const QString &interpreter)
{
    return run({{QStringLiteral("0"), model, body, {}, {}, QStringLiteral("validator")}}, problems,
               error, interpreter);
}

} // namespace Core
