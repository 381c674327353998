// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Being written: the SQLite reader (file and script).
#include "importer.h"

namespace Core::Import {

std::optional<Catalog> readSqliteDatabase(const QString &path, QString *error)
{
    *error = path + QLatin1String(": the SQLite reader is not built yet");
    return std::nullopt;
}

std::optional<Catalog> readSqliteScript(const QByteArray &, const QString &label, QString *error)
{
    *error = label + QLatin1String(": the SQLite reader is not built yet");
    return std::nullopt;
}

} // namespace Core::Import
