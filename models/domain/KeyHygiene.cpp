// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyHygiene.h"

namespace keyward {

namespace {

// English says "1 day" but "2 days": a sentence with a count has a source
// for one and one for more, each translated whole.
Sentence counted(qint64 count, const char *one, const char *many)
{
    return count == 1 ? Sentence(one) : Sentence(many, {QString::number(count)});
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
                             ? Sentence(QT_TRANSLATE_NOOP("Sentence", "expires within a day"))
                             : counted((left + 86399) / 86400,
                                       QT_TRANSLATE_NOOP("Sentence", "expires in 1 day"),
                                       QT_TRANSLATE_NOOP("Sentence", "expires in %1 days"))});
    }
    if (!rotatedNotExpired && !key.lastUsedAt.isValid() &&
        key.createdAt <= now.addDays(-settings.neverUsedAfterDays))
        findings.append(
            {Concern::NeverUsed,
             counted(
                 key.createdAt.daysTo(now),
                 QT_TRANSLATE_NOOP("Sentence", "never used in the 1 day since it was made"),
                 QT_TRANSLATE_NOOP("Sentence", "never used in the %1 days since it was made"))});
    if (!rotatedNotExpired && key.lastUsedAt.isValid() &&
        key.lastUsedAt <= now.addDays(-settings.idleAfterDays))
        findings.append(
            {Concern::Idle,
             counted(key.lastUsedAt.daysTo(now), QT_TRANSLATE_NOOP("Sentence", "unused for 1 day"),
                     QT_TRANSLATE_NOOP("Sentence", "unused for %1 days"))});
    QStringList wide;
    for (const QString &permission : key.permissions) {
        if (changesThings(permission))
            wide << permission;
    }
    if (!wide.isEmpty() && key.allowedNetworks.trimmed().isEmpty())
        findings.append({Concern::WideOpen,
                         {QT_TRANSLATE_NOOP("Sentence", "%1 from any network"),
                          {wide.join(QStringLiteral(", "))}}});
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
