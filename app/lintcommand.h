// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace App {

// `sqlmodel-studio lint PROJECT [--format text|json|sarif]`: exit 1 when any error-severity
// finding is reported.
int runLint(const QStringList &args);

} // namespace App
