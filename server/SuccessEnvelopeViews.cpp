// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SuccessEnvelopeViews.h"

#include "crypto/KeyFormat.h"

namespace keyward {

QJsonValue SuccessEnvelopeViews::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject SuccessEnvelopeViews::key(const ApiKey &key)
{
    return {{QStringLiteral("id"), key.id},
            {QStringLiteral("key"),
             QString::fromLatin1(KeyFormat::masked(key.displayPrefix.toLatin1()))},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("isActive"), key.status == KeyStatus::Active},
            {QStringLiteral("status"), keyStatusName(key.status)},
            {QStringLiteral("kind"), apiKeyKindName(key.kind)},
            {QStringLiteral("tenantId"), key.tenantId},
            {QStringLiteral("description"), key.description},
            {QStringLiteral("allowedIp"), textOrNull(key.allowedNetworks)},
            {QStringLiteral("createdDate"), isoTime(key.createdAt)},
            {QStringLiteral("lastUsed"), isoTime(key.lastUsedAt)},
            {QStringLiteral("useCount"), key.useCount},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions)},
            {QStringLiteral("rateLimit"), optionalNumber(key.rateLimitPerMinute)},
            {QStringLiteral("expiresAt"), isoTime(key.expiresAt)}};
}

QJsonObject SuccessEnvelopeViews::publicTenant(const Tenant &tenant)
{
    return {{QStringLiteral("id"), tenant.id},
            {QStringLiteral("name"), tenant.name},
            {QStringLiteral("isActive"), tenant.isActive}};
}

QJsonObject SuccessEnvelopeViews::tenant(const Tenant &tenant)
{
    QJsonObject view = publicTenant(tenant);
    view.insert(QStringLiteral("discoverable"), tenant.discoverable);
    view.insert(QStringLiteral("createdDate"), isoTime(tenant.createdAt));
    view.insert(QStringLiteral("updatedDate"), isoTime(tenant.updatedAt));
    return view;
}

QJsonObject SuccessEnvelopeViews::user(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("tenantId"), user.tenantId},
            {QStringLiteral("isActive"), user.isActive},
            {QStringLiteral("createdDate"), isoTime(user.createdAt)}};
}

} // namespace keyward
