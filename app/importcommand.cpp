// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `import`: reads a SQLite file, a live PostgreSQL database or a SQL script into a new project
// file, and prints the import report (what was left out or changed).

#include "cli.h"
#include "command.h"
#include "importer.h"
#include "projectfile.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <map>

namespace App {

namespace {

int runImport(const QStringList &args)
{
    QString source;
    QString output;
    bool quiet = false;
    bool force = false;
    Core::Import::Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&output))
                return usageError(QStringLiteral("%1 needs a project file name").arg(a));
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a == QLatin1String("--schema") || a.startsWith(QLatin1String("--schema="))) {
            if (a.contains(u'='))
                v = a.mid(a.indexOf(u'=') + 1);
            else if (!value(&v))
                return usageError(QStringLiteral("--schema needs a schema name"));
            options.schemas << v;
        } else if (a == QLatin1String("--dialect") || a.startsWith(QLatin1String("--dialect="))) {
            if (a.contains(u'='))
                v = a.mid(a.indexOf(u'=') + 1);
            else if (!value(&v))
                return usageError(QStringLiteral("--dialect needs sqlite or postgresql"));
            if (v == QLatin1String("sqlite"))
                options.dialect = Core::Import::Dialect::Sqlite;
            else if (v == QLatin1String("postgresql") || v == QLatin1String("postgres"))
                options.dialect = Core::Import::Dialect::PostgreSql;
            else
                return usageError(
                    QStringLiteral("unknown dialect '%1' (expected sqlite or postgresql)").arg(v));
        } else if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
            quiet = true;
        } else if (a == QLatin1String("-f") || a == QLatin1String("--force")) {
            force = true;
        } else if (a.startsWith(u'-') && a != QLatin1String("-")) {
            return usageError(QStringLiteral("unknown option '%1' for import").arg(a));
        } else if (source.isEmpty()) {
            source = a;
        } else {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
        }
    }
    if (source.isEmpty())
        return usageError(QStringLiteral("import needs a SOURCE (a SQLite file, a SQL script or "
                                         "a postgresql:// URL)"));
    if (output.isEmpty())
        return usageError(QStringLiteral("import needs -o PROJECT.sqlmodel.json"));
    if (QFileInfo(output).isDir())
        return userError(QStringLiteral("%1: is a folder; give the project file name").arg(output));
    if (QFileInfo::exists(output) && !force)
        return userError(QStringLiteral("%1: already exists; use --force to replace it").arg(output));
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return userError(QStringLiteral("%1: the output would overwrite the source").arg(output));

    QElapsedTimer timer;
    timer.start();
    const Core::Import::Result result = Core::Import::importSource(source, options);
    if (!result.ok())
        return userError(result.error);
    QString error;
    if (!Core::saveProject(output, result.schema, &error))
        return userError(error);

    if (!quiet) {
        QTextStream out(stdout);
        const Core::Schema &s = result.schema;
        std::size_t columns = 0;
        std::size_t fks = 0;
        for (const Core::Table &t : s.tables) {
            columns += t.columns.size();
            fks += t.foreignKeys.size();
        }
        out << QStringLiteral("Imported %1 tables, %2 columns, %3 foreign keys, %4 relationships, "
                              "%5 enums into %6 (%7 ms)\n")
                   .arg(s.tables.size())
                   .arg(columns)
                   .arg(fks)
                   .arg(s.relationships.size())
                   .arg(s.enums.size())
                   .arg(output)
                   .arg(timer.elapsed());
        const auto &notes = s.importReport->notes;
        if (!notes.empty()) {
            std::map<QString, int> byKind;
            for (const Core::ImportNote &n : notes)
                byKind[n.kind] += 1;
            QStringList summary;
            for (const auto &[kind, count] : byKind)
                summary << QStringLiteral("%1 %2").arg(count).arg(kind);
            out << QStringLiteral("Import report: %1 objects not imported as they are (%2); the "
                                  "project keeps this list:\n")
                       .arg(notes.size())
                       .arg(summary.join(QLatin1String(", ")));
            for (const Core::ImportNote &n : notes) {
                out << "  " << n.kind;
                if (!n.object.isEmpty())
                    out << ' ' << n.object;
                out << ": " << n.detail << '\n';
            }
        }
    }
    return ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND({
    QStringLiteral("import"),
    QStringLiteral("SOURCE -o PROJECT.sqlmodel.json [--schema NAME]... [--dialect sqlite|postgresql]"),
    QStringLiteral(
        "read an existing database into a new project: SOURCE is a SQLite database file,\n"
        "a postgresql://user@host:port/dbname URL (libpq conventions: PGPASSWORD, ~/.pgpass,\n"
        "sslmode; --schema limits the schemas, default all but the system ones) or a SQL\n"
        "script (--dialect, guessed when absent). The source is never written. Prints what\n"
        "could not be imported as it is; the project keeps that report. --force replaces an\n"
        "existing project file, --quiet prints nothing on success."),
    5,
    runImport,
});

} // namespace App
