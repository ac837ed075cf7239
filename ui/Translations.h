// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace keyward::Translations {

// Installs on `app` the console's translation for `locale` (compiled into the
// library under :/i18n) and Qt's own for its standard dialogs and buttons
// (Debian's qt6-translations-l10n, when installed). Returns whether the
// console's was found: English, the language of the sources, needs none.
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace keyward::Translations
