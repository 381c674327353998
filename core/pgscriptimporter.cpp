// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Being written: the PostgreSQL script reader (libpg_query).
#include "importer.h"

namespace Core::Import {

std::optional<Catalog> readPostgresScript(const QByteArray &, const QString &label, const QStringList &,
                                          QString *error)
{
    *error = label + QLatin1String(": the PostgreSQL script reader is not built yet");
    return std::nullopt;
}

} // namespace Core::Import
