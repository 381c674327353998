// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Headless subcommands. Each lives in its own file and registers itself with
// SMS_REGISTER_COMMAND; the dispatcher and the --help text come from the registry.

#include "sqlmodelgenerator.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Core {
struct Schema;
}

namespace App {

struct Command
{
    QString name;     // the word after `sqlmodel-studio`
    QString synopsis; // the arguments, as in `generate PROJECT -o OUTDIR [...]`
    QString summary;  // one or more lines for the Commands section of --help
    int order = 100;  // position in --help
    std::function<int(const QStringList &args)> run; // args without the command word
};

bool registerCommand(Command command);
const std::vector<Command> &commands();

#define SMS_COMMAND_CONCAT2(a, b) a##b
#define SMS_COMMAND_CONCAT(a, b) SMS_COMMAND_CONCAT2(a, b)
#define SMS_REGISTER_COMMAND(...) \
    static const bool SMS_COMMAND_CONCAT(smsCommandRegistered, __LINE__) \
        = ::App::registerCommand(__VA_ARGS__)

// Shared by the commands: messages on stderr and the exit code to return.
int usageError(const QString &message); // exit 2, with a pointer to --help
int userError(const QString &message);  // exit 1
// Loads and validates a project; prints the error (file, place, problem) and returns false.
bool loadValidProject(const QString &path, Core::Schema *schema);
// Writes files below outDir atomically, creating folders; prints the error and returns false.
bool writeFiles(const QString &outDir, const std::vector<Core::GeneratedFile> &files);

} // namespace App
