// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/ApiKey.h"
#include "entities/Page.h"
#include "entities/Tenant.h"
#include "entities/User.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace keyward {

// How the success-envelope API shows domain values: camelCase fields, ISO 8601 UTC times
// with Z, secrets masked.
namespace SuccessEnvelopeViews {

QJsonValue isoTime(const QDateTime &time);
QJsonObject key(const ApiKey &key);
QJsonObject tenant(const Tenant &tenant);
// What anonymous callers may see of a tenant.
QJsonObject publicTenant(const Tenant &tenant);
QJsonObject user(const User &user);

template <typename T, typename View> QJsonObject page(const Page<T> &page, View view)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(view(item));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("totalCount"), page.totalCount},
            {QStringLiteral("page"), page.page},
            {QStringLiteral("pageSize"), page.pageSize}};
}

} // namespace SuccessEnvelopeViews

} // namespace keyward
