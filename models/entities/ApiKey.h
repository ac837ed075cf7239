// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

enum class ApiKeyKind { Tenant, Secret, Jwt };

// The longest a key may live (100 years): lifetimes and expiry dates beyond
// are refused, and a v1 key JWT given no lifetime expires then.
constexpr qint64 maxKeyLifetimeSeconds = 100LL * 365 * 24 * 3600;
// The longest a rotated key keeps working beside its replacement (1 year).
constexpr qint64 maxGraceSeconds = 365LL * 24 * 3600;
enum class KeyStatus { Active, Disabled, Deleted };

QString apiKeyKindName(ApiKeyKind kind);
std::optional<ApiKeyKind> apiKeyKindFromName(QStringView name);
QString keyStatusName(KeyStatus status);
std::optional<KeyStatus> keyStatusFromName(QStringView name);

// One credential row: a tenant key, a secret key (including the status-envelope API's
// UUID credentials) or a v1 JWT key. The secret itself is never here:
// only its digest, a display prefix and, for publishable tenant keys, the
// value sealed under the master key.
struct ApiKey {
    qint64 id = 0;
    qint64 tenantId = 0;
    ApiKeyKind kind = ApiKeyKind::Secret;
    QString name;
    QString description;
    QString displayPrefix;
    QByteArray digest;
    QByteArray sealedValue;
    QString publicId;
    KeyStatus status = KeyStatus::Active;
    QStringList permissions;
    QString allowedNetworks;
    std::optional<qint64> rateLimitPerMinute;
    std::optional<qint64> lifetimeSeconds;
    QDateTime notBefore;
    QDateTime expiresAt;
    QString jti;
    std::optional<qint64> serviceId;
    std::optional<qint64> rotatedFromId;  // the key this one replaced in a rotation
    std::optional<qint64> supersededById; // the key that replaced this one (read, not stored)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastUsedAt;
    qint64 useCount = 0;

    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }
    bool hasPermission(const QString &permission) const { return permissions.contains(permission); }
};

} // namespace keyward
