// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "entities/ApiKey.h"

namespace keyward {

QString apiKeyKindName(ApiKeyKind kind)
{
    switch (kind) {
    case ApiKeyKind::Tenant:
        return QStringLiteral("tenant");
    case ApiKeyKind::Secret:
        return QStringLiteral("secret");
    case ApiKeyKind::Jwt:
        return QStringLiteral("jwt");
    }
    Q_UNREACHABLE();
}

std::optional<ApiKeyKind> apiKeyKindFromName(QStringView name)
{
    for (ApiKeyKind kind : {ApiKeyKind::Tenant, ApiKeyKind::Secret, ApiKeyKind::Jwt}) {
        if (name == apiKeyKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString keyStatusName(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("ACTIVE");
    case KeyStatus::Disabled:
        return QStringLiteral("DISABLED");
    case KeyStatus::Deleted:
        return QStringLiteral("DELETED");
    }
    Q_UNREACHABLE();
}

std::optional<KeyStatus> keyStatusFromName(QStringView name)
{
    for (KeyStatus status : {KeyStatus::Active, KeyStatus::Disabled, KeyStatus::Deleted}) {
        if (name == keyStatusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace keyward
