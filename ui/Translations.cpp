// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace keyward::Translations {

namespace {

bool installOne(QCoreApplication &app, const QLocale &locale, const QString &name,
                const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool install(QCoreApplication &app, const QLocale &locale)
{
    installOne(app, locale, QStringLiteral("qtbase"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installOne(app, locale, QStringLiteral("keyward"), QStringLiteral(":/i18n"));
}

} // namespace keyward::Translations
