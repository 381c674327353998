// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "command.h"
#include "crudgenerator.h"
#include "querygenerator.h"
#include "migrationgenerator.h"
#include "projectfile.h"
#include "sqlmodelgenerator.h"
#include "validate.h"
#include "validatorcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace App {

namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> list;
    return list;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

int usageError(const QString &message)
{
    err() << "sqlmodel-studio: " << message << "\n"
          << "Try 'sqlmodel-studio --help'.\n";
    err().flush();
    return ExitUsage;
}

int userError(const QString &message)
{
    err() << "sqlmodel-studio: " << message << "\n";
    err().flush();
    return ExitUserError;
}

bool loadValidProject(const QString &path, Core::Schema *schema)
{
    Core::LoadError error;
    if (!Core::loadProject(path, schema, &error)) {
        userError(error.toString());
        return false;
    }
    return true;
}

bool writeFiles(const QString &outDir, const std::vector<Core::GeneratedFile> &files)
{
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir)) {
        userError(QStringLiteral("%1: cannot create the output folder").arg(outDir));
        return false;
    }
    for (const Core::GeneratedFile &f : files) {
        const QString path = dir.filePath(f.path);
        const QString parent = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(parent)) {
            userError(QStringLiteral("%1: cannot create the folder").arg(parent));
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            userError(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return false;
        }
        file.write(f.content.toUtf8());
        if (!file.commit()) {
            userError(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return false;
        }
    }
    return true;
}

namespace {

int runGenerate(const QStringList &args)
{
    QString project;
    QString outDir;
    Core::GeneratorOptions options;
    bool withCrud = false;
    bool withRouters = false;
    bool withQueries = false;
    bool withAlembic = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&outDir))
                return usageError(QStringLiteral("%1 needs a folder").arg(a));
        } else if (a.startsWith(QLatin1String("--output="))) {
            outDir = a.mid(9);
        } else if (a == QLatin1String("--layout") || a.startsWith(QLatin1String("--layout="))) {
            QString layout;
            if (a.contains(u'='))
                layout = a.section(u'=', 1);
            else if (!value(&layout))
                return usageError(QStringLiteral("--layout needs module or package"));
            if (layout == QLatin1String("module"))
                options.layout = Core::GeneratorOptions::Layout::Module;
            else if (layout == QLatin1String("package"))
                options.layout = Core::GeneratorOptions::Layout::Package;
            else
                return usageError(QStringLiteral("unknown layout '%1' (module or package)").arg(layout));
        } else if (a == QLatin1String("--with") || a.startsWith(QLatin1String("--with="))) {
            QString list;
            if (a.contains(u'='))
                list = a.section(u'=', 1);
            else if (!value(&list))
                return usageError(QStringLiteral("--with needs a list such as crud,router"));
            for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
                const QString w = item.trimmed();
                if (w == QLatin1String("crud"))
                    withCrud = true;
                else if (w == QLatin1String("router") || w == QLatin1String("routers"))
                    withRouters = true;
                else if (w == QLatin1String("queries"))
                    withQueries = true;
                else if (w == QLatin1String("alembic"))
                    withAlembic = true;
                else
                    return usageError(
                        QStringLiteral("unknown --with item '%1' (crud, router, queries, alembic)").arg(w));
            }
        } else if (a == QLatin1String("--no-multiple-models")) {
            options.multipleModels = false;
        } else if (a == QLatin1String("--multiple-models")) {
            options.multipleModels = true;
        } else if (a.startsWith(u'-') && a != QLatin1String("-")) {
            return usageError(QStringLiteral("unknown option '%1' for generate").arg(a));
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
        }
    }
    if (project.isEmpty())
        return usageError(QStringLiteral("generate needs a project file"));
    if (outDir.isEmpty())
        return usageError(QStringLiteral("generate needs -o OUTDIR"));
    if (withRouters && !options.multipleModels) {
        // A router takes XCreate/XUpdate and answers with XPublic; without them it would take
        // table models as request bodies, which skips validation (SQLModel #52, API001).
        return usageError(QStringLiteral("--with router needs the multiple models (XCreate, "
                                         "XUpdate, XPublic): drop --no-multiple-models"));
    }

    Core::Schema schema;
    if (!loadValidProject(project, &schema))
        return ExitUserError;
    // A validator body that does not compile would break the whole module: refuse it here.
    std::vector<Core::ValidatorSyntaxError> syntax;
    QString syntaxError;
    if (!Core::checkValidatorSyntax(schema, &syntax, &syntaxError))
        return userError(QStringLiteral("%1: %2").arg(project, syntaxError));
    if (!syntax.empty()) {
        QStringList lines;
        for (const Core::ValidatorSyntaxError &e : syntax)
            lines << project + QLatin1String(": ") + e.toString();
        return userError(lines.join(u'\n') + QLatin1String("\nnothing was written"));
    }
    auto files = Core::generateSqlModel(schema, options);
    if (withCrud || withRouters) {
        Core::CrudOptions crud;
        crud.models = options;
        crud.sync = withCrud || withRouters; // the routers call the sync CRUD functions
        crud.async = withCrud;
        crud.routers = withRouters;
        const auto extra = Core::generateCrud(schema, crud);
        files.insert(files.end(), extra.begin(), extra.end());
    }
    if (withQueries) {
        Core::QueryOptions queries;
        queries.models = options;
        const auto extra = Core::generateQueries(schema, queries);
        files.insert(files.end(), extra.begin(), extra.end());
    }
    if (withAlembic) {
        Core::AlembicOptions alembic;
        alembic.modelsModule = options.packageName;
        const auto extra = Core::generateAlembicEnvironment(alembic);
        files.insert(files.end(), extra.begin(), extra.end());
    }
    if (!writeFiles(outDir, files))
        return ExitUserError;
    if (withAlembic && !QDir(outDir).mkpath(QStringLiteral("alembic/versions")))
        return userError(QStringLiteral("%1: cannot create alembic/versions").arg(outDir));
    for (const auto &f : files)
        out() << QDir(outDir).filePath(f.path) << "\n";
    out().flush();
    return ExitOk;
}

int runFormat(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("format needs one or more project files"));
    for (const QString &a : args) {
        if (a.startsWith(u'-'))
            return usageError(QStringLiteral("unknown option '%1' for format").arg(a));
    }
    for (const QString &path : args) {
        Core::Schema schema;
        if (!loadValidProject(path, &schema))
            return ExitUserError;
        QString message;
        if (!Core::saveProject(path, schema, &message))
            return userError(QStringLiteral("%1: %2").arg(path, message));
    }
    return ExitOk;
}

SMS_REGISTER_COMMAND({
    QStringLiteral("generate"),
    QStringLiteral("PROJECT.sqlmodel.json -o OUTDIR [--layout module|package]\n"
                   "         [--no-multiple-models] [--with crud,router,queries,alembic]"),
    QStringLiteral("write the SQLModel models for a project: OUTDIR/models.py, or the package\n"
                   "OUTDIR/models/ with --layout package. --with adds, beside the models:\n"
                   "crud (crud.py and crud_async.py), router (FastAPI routers in\n"
                   "OUTDIR/routers/), queries (the query cookbook: queries.py and\n"
                   "queries_async.py) and alembic (alembic.ini and the alembic/ environment)."),
    10,
    runGenerate,
});

SMS_REGISTER_COMMAND({
    QStringLiteral("format"),
    QStringLiteral("PROJECT.sqlmodel.json..."),
    QStringLiteral("rewrite project files in their canonical form (stable order, 2-space indent)."),
    90,
    runFormat,
});

QString usageText()
{
    QString text = QStringLiteral("Usage:\n  sqlmodel-studio [PROJECT.sqlmodel.json]   open the designer\n");
    for (const Command &c : commands()) {
        const QString head = QLatin1String("  sqlmodel-studio ") + c.name + u' ';
        const QStringList lines = c.synopsis.split(u'\n');
        text += head + lines.first() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(head.size(), u' ') + lines.at(i).trimmed() + u'\n';
    }
    text += QLatin1String("  sqlmodel-studio --help | --version\n\nCommands:\n");
    for (const Command &c : commands()) {
        const QStringList lines = c.summary.split(u'\n');
        text += QLatin1String("  ") + c.name.leftJustified(11) + lines.first() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(13, u' ') + lines.at(i) + u'\n';
    }
    text += QLatin1String("\nExit status: 0 on success, 1 on a user error (the message is on stderr), "
                          "2 on bad usage.\n");
    return text;
}

} // namespace

bool registerCommand(Command command)
{
    auto &list = registry();
    const auto pos = std::find_if(list.begin(), list.end(), [&](const Command &c) {
        return c.order > command.order || (c.order == command.order && c.name > command.name);
    });
    list.insert(pos, std::move(command));
    return true;
}

const std::vector<Command> &commands() { return registry(); }

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    static const QStringList options = {
        QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"),
        QStringLiteral("-v"), QStringLiteral("help"),
    };
    const QString &first = args.first();
    const bool known = std::any_of(commands().begin(), commands().end(),
                                   [&](const Command &c) { return c.name == first; });
    if (known || options.contains(first) || (first.startsWith(u'-') && first != QLatin1String("--")))
        return true;
    // The designer opens a project file; any other word is a mistyped command, answered on the
    // terminal rather than by a window (and without needing a display).
    return !first.endsWith(QLatin1String(".json")) && !QFileInfo::exists(first);
}

int runCli(const QStringList &args)
{
    const QString command = args.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << usageText();
        out().flush();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sqlmodel-studio " << SMS_VERSION << "\n";
        out().flush();
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name == command)
            return c.run(args.mid(1));
    }
    return usageError(QStringLiteral("unknown command or option '%1'").arg(command));
}

} // namespace App
