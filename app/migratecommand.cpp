// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `migrate`: writes the Alembic revision from the project's migration checkpoint to the current
// design, and moves the checkpoint forward.

#include "cli.h"
#include "command.h"
#include "migrationgenerator.h"
#include "projectfile.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace App {

namespace {

int runMigrate(const QStringList &args) {
    QString project;
    QString outDir;
    QString message;
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
        } else if (a == QLatin1String("-m") || a == QLatin1String("--message")) {
            if (!value(&message))
                return usageError(QStringLiteral("%1 needs a message").arg(a));
        } else if (a.startsWith(QLatin1String("--message="))) {
            message = a.mid(10);
        } else if (a.startsWith(u'-') && a != QLatin1String("-")) {
            return usageError(QStringLiteral("unknown option '%1' for migrate").arg(a));
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
        }
    }
    if (project.isEmpty())
        return usageError(QStringLiteral("migrate needs a project file"));
    if (outDir.isEmpty())
        return usageError(QStringLiteral("migrate needs -o ALEMBIC_DIR"));
    if (message.trimmed().isEmpty())
        return usageError(QStringLiteral("migrate needs -m MESSAGE"));

    Core::Schema schema;
    if (!loadValidProject(project, &schema))
        return ExitUserError;
    const Core::Schema before = Core::checkpointDesign(schema);
    const Core::Schema after = Core::designOf(schema);
    const QString parent = schema.migrations ? schema.migrations->head : QString();
    // ALEMBIC_DIR is the script folder; alembic.ini goes beside it, next to the models.
    const QFileInfo dir(QDir::cleanPath(QDir(outDir).absolutePath()));
    Core::AlembicOptions options;
    options.scriptFolder = dir.fileName();
    const Core::Revision revision = Core::generateRevision(before, after, parent, message, options);
    if (revision.changes == 0) {
        return userError(QStringLiteral("%1: nothing to migrate: the design matches revision %2")
                             .arg(project, parent.isEmpty() ? QStringLiteral("(none)") : parent));
    }

    std::vector<Core::GeneratedFile> files = Core::generateAlembicEnvironment(options);
    const QString versionPath =
        options.scriptFolder + QLatin1String("/versions/") + revision.fileName;
    files.push_back({versionPath, revision.content});
    if (!writeFiles(dir.absolutePath(), files))
        return ExitUserError;

    Core::MigrationCheckpoint checkpoint;
    if (schema.migrations)
        checkpoint.revisions = schema.migrations->revisions;
    checkpoint.head = revision.id;
    checkpoint.revisions.push_back({revision.id, message});
    checkpoint.enums = after.enums;
    checkpoint.tables = after.tables;
    checkpoint.relationships = after.relationships;
    schema.migrations = checkpoint;
    QString error;
    if (!Core::saveProject(project, schema, &error))
        return userError(error);

    QTextStream(stdout) << QDir(dir.absolutePath()).filePath(versionPath) << "\n";
    return ExitOk;
}

} // namespace

SMS_REGISTER_COMMAND({
    QStringLiteral("migrate"),
    QStringLiteral("PROJECT.sqlmodel.json -m MESSAGE -o ALEMBIC_DIR"),
    QStringLiteral(
        "write the Alembic revision from the project's migration checkpoint to the\n"
        "current design into ALEMBIC_DIR/versions (alembic.ini goes beside ALEMBIC_DIR)\n"
        "and record the new checkpoint in the project file."),
    20,
    runMigrate,
});

} // namespace App
