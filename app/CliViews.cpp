// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CliViews.h"

#include <QJsonArray>

using namespace keyward;

namespace {

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue CliViews::time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject CliViews::key(const ApiKey &key)
{
    QJsonObject view{{QStringLiteral("id"), key.id},
                     {QStringLiteral("tenantId"), key.tenantId},
                     {QStringLiteral("name"), key.name},
                     {QStringLiteral("description"), key.description},
                     {QStringLiteral("kind"), apiKeyKindName(key.kind)},
                     {QStringLiteral("status"), keyStatusName(key.status)},
                     {QStringLiteral("prefix"), key.displayPrefix},
                     {QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions)},
                     {QStringLiteral("allowedNetworks"), key.allowedNetworks},
                     {QStringLiteral("rateLimitPerMinute"), orNull(key.rateLimitPerMinute)},
                     {QStringLiteral("rotatedFromId"), orNull(key.rotatedFromId)},
                     {QStringLiteral("useCount"), key.useCount},
                     {QStringLiteral("createdAt"), time(key.createdAt)},
                     {QStringLiteral("expiresAt"), time(key.expiresAt)},
                     {QStringLiteral("lastUsedAt"), time(key.lastUsedAt)}};
    // API's list name it by, since its value is the secret.
    if (!key.publicId.isEmpty())
        view.insert(QStringLiteral("keyId"), key.publicId);
    return view;
}

QJsonObject CliViews::tenant(const Tenant &tenant)
{
    return {{QStringLiteral("id"), tenant.id},
            {QStringLiteral("name"), tenant.name},
            {QStringLiteral("isActive"), tenant.isActive},
            {QStringLiteral("discoverable"), tenant.discoverable},
            {QStringLiteral("createdAt"), time(tenant.createdAt)},
            {QStringLiteral("updatedAt"), time(tenant.updatedAt)}};
}

QJsonObject CliViews::user(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("tenantId"), user.tenantId},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("isActive"), user.isActive},
            {QStringLiteral("createdAt"), time(user.createdAt)}};
}
