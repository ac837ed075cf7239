// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyHygiene.h"

namespace keyward {

namespace {

QString days(qint64 count)
{
    return count == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(count);
}

} // namespace

QString KeyHygiene::concernName(Concern concern)
{
    switch (concern) {
    case Concern::ExpiringSoon:
        return QStringLiteral("expiring-soon");
    case Concern::NeverUsed:
        return QStringLiteral("never-used");
    case Concern::Idle:
        return QStringLiteral("idle");
    case Concern::WideOpen:
        return QStringLiteral("wide-open");
    }
    Q_UNREACHABLE();
}

bool KeyHygiene::changesThings(const QString &permission)
{
    return permission == QLatin1String("write") || permission == QLatin1String("admin") ||
           permission == QLatin1String("*") || permission.endsWith(QLatin1String(":write")) ||
           permission.endsWith(QLatin1String(":admin"));
}

QList<KeyHygiene::Finding> KeyHygiene::review(const ApiKey &key, const QDateTime &now,
                                              const Settings &settings)
{
    QList<Finding> findings;
    if (key.status != KeyStatus::Active || key.isExpiredAt(now))
        return findings;
    const bool rotatedNotExpired = key.kind == ApiKeyKind::Tenant;
    if (key.expiresAt.isValid() && key.expiresAt < now.addDays(settings.expiringWithinDays)) {
        const qint64 left = now.secsTo(key.expiresAt);
        findings.append({Concern::ExpiringSoon,
                         left < 86400
                             ? QStringLiteral("expires within a day")
                             : QStringLiteral("expires in %1").arg(days((left + 86399) / 86400))});
    }
    if (!rotatedNotExpired && !key.lastUsedAt.isValid() &&
        key.createdAt <= now.addDays(-settings.neverUsedAfterDays))
        findings.append(
            {Concern::NeverUsed, QStringLiteral("never used in the %1 since it was made")
                                     .arg(days(key.createdAt.daysTo(now)))});
    if (!rotatedNotExpired && key.lastUsedAt.isValid() &&
        key.lastUsedAt <= now.addDays(-settings.idleAfterDays))
        findings.append(
            {Concern::Idle, QStringLiteral("unused for %1").arg(days(key.lastUsedAt.daysTo(now)))});
    QStringList wide;
    for (const QString &permission : key.permissions) {
        if (changesThings(permission))
            wide << permission;
    }
    if (!wide.isEmpty() && key.allowedNetworks.trimmed().isEmpty())
        findings.append(
            {Concern::WideOpen,
             QStringLiteral("%1 from any network").arg(wide.join(QStringLiteral(", ")))});
    return findings;
}

ApiKeyRepository::Filter::Attention KeyHygiene::attention(Concern concern, const QDateTime &now,
                                                          const Settings &settings)
{
    ApiKeyRepository::Filter::Attention attention;
    attention.inForceAt = now;
    switch (concern) {
    case Concern::ExpiringSoon:
        attention.expiringBefore = now.addDays(settings.expiringWithinDays);
        break;
    case Concern::NeverUsed:
        attention.neverUsedIfBefore = now.addDays(-settings.neverUsedAfterDays);
        attention.tenantKeys = false;
        break;
    case Concern::Idle:
        attention.lastUsedBefore = now.addDays(-settings.idleAfterDays);
        attention.tenantKeys = false;
        break;
    case Concern::WideOpen:
        attention.wideOpen = true;
        break;
    }
    return attention;
}

} // namespace keyward
