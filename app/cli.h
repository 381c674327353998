// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace App {

enum ExitCode { ExitOk = 0, ExitUserError = 1, ExitUsage = 2 };

// True when the arguments (without the program name) ask for a headless subcommand, or for
// --help / --version, rather than for the designer.
bool isCliInvocation(const QStringList &args);

// Runs a subcommand; needs only a QCoreApplication. Messages go to stdout/stderr.
int runCli(const QStringList &args);

} // namespace App
