// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Being written: the PostgreSQL catalog reader.
#include "importer.h"

namespace Core::Import {

std::optional<Catalog> readPostgresDatabase(const QString &url, const QStringList &, QString *error)
{
    *error = redactedUrl(url) + QLatin1String(": the PostgreSQL reader is not built yet");
    return std::nullopt;
}

} // namespace Core::Import
