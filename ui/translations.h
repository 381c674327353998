// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Ui {

// Installs the application's translation for `locale` (embedded under :/i18n) and Qt's own
// translations for the standard dialogs. Returns false when the application has none for it
// (English needs none).
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Ui
