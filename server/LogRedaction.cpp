// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "LogRedaction.h"

#include <QLoggingCategory>

namespace keyward {

namespace {

QLoggingCategory::CategoryFilter s_previous = nullptr;

void filter(QLoggingCategory *category)
{
    if (s_previous)
        s_previous(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepSecretsOutOfLogs()
{
    if (!s_previous)
        s_previous = QLoggingCategory::installFilter(filter);
}

QString loggable(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'\\')
            escaped += c;
        else
            escaped += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace keyward
