// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/ApiKey.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace keyward {

// What a caller asks for when creating a key; KeyService validates it.
struct NewKey {
    std::optional<qint64> tenantId; // default: the caller's tenant
    ApiKeyKind kind = ApiKeyKind::Secret;
    bool clientCredential = false; // the status-envelope API: the credential is a UUID
    QString name;
    QString description;
    QStringList permissions;
    QString allowedNetworks;
    std::optional<qint64> rateLimitPerMinute;
    std::optional<qint64> lifetimeSeconds;
    QDateTime expiresAt;
    QDateTime notBefore;
    std::optional<qint64> serviceId;
    KeyStatus status = KeyStatus::Active;
    std::optional<qint64> rotatedFromId; // the key this one replaces (KeyService::rotate)
};

// A partial update: only the fields that are set change.
struct KeyChanges {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QStringList> permissions;
    std::optional<QString> allowedNetworks;
    std::optional<std::optional<qint64>> rateLimitPerMinute; // set to nullopt: no limit
    std::optional<QDateTime> expiresAt;                      // invalid QDateTime: never
    std::optional<KeyStatus> status;
};

// A key just made, with its secret: the only moment the secret exists
// outside the caller's hands (for a JWT key, the secret is the JWT).
struct IssuedKey {
    ApiKey key;
    QByteArray secret;
};

} // namespace keyward
