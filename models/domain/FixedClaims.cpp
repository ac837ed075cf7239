// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/FixedClaims.h"

#include "crypto/RandomUuid.h"

#include <QJsonDocument>

namespace keyward {

QByteArray FixedClaims::open(const Identity &identity, const std::function<QJsonObject()> &make)
{
    {
        std::lock_guard locked(m_lock);
        const auto found = m_entries.constFind(identity.keyId);
        if (found != m_entries.cend() && found->tenantId == identity.tenantId &&
            found->scope == identity.scope)
            return found->open;
    }
    const QByteArray object = openObject(make());
    std::lock_guard locked(m_lock);
    if (m_entries.size() >= capacity)
        m_entries.clear();
    m_entries.insert(identity.keyId, {identity.tenantId, identity.scope, object});
    return object;
}

QByteArray FixedClaims::openObject(const QJsonObject &claims)
{
    return QJsonDocument(claims).toJson(QJsonDocument::Compact).chopped(1);
}

QByteArray FixedClaims::withTimesAndId(QByteArray open, qint64 now, qint64 lifetimeSeconds)
{
    // Numbers and a UUID: nothing in them needs escaping.
    const QByteArray issuedAt = QByteArray::number(now);
    open.reserve(open.size() + 120);
    open.append(open.endsWith('{') ? "\"exp\":" : ",\"exp\":");
    open.append(QByteArray::number(now + lifetimeSeconds));
    open.append(",\"iat\":").append(issuedAt);
    open.append(",\"jti\":\"").append(randomUuid().toByteArray(QUuid::WithoutBraces));
    open.append("\",\"nbf\":").append(issuedAt).append('}');
    return open;
}

} // namespace keyward
