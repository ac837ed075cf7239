// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Paging.h"

namespace keyward {

namespace {

Result<int, QString> boundedInt(const QUrlQuery &query, const QString &name, int fallback, int max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < 1 || value > max)
        return QStringLiteral("%1 must be an integer from 1 to %2").arg(name).arg(max);
    return value;
}

} // namespace

Result<PageRequest, QString> pageFromQuery(const QUrlQuery &query)
{
    auto page = boundedInt(query, QStringLiteral("page"), 1, 1'000'000);
    if (!page)
        return page.error();
    auto size = boundedInt(query, QStringLiteral("pageSize"), 20, PageRequest::maxPageSize);
    if (!size)
        return size.error();
    return PageRequest{*page, *size};
}

Result<std::optional<qint64>, QString> optionalIdFromQuery(const QUrlQuery &query,
                                                           const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 1)
        return QStringLiteral("%1 must be a positive integer").arg(name);
    return std::optional<qint64>(value);
}

} // namespace keyward
