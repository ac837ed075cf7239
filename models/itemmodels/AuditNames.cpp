// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/AuditNames.h"

#include "domain/Services.h"

namespace keyward {

AuditNames::AuditNames(const Services &services, Actor viewer)
    : m_services(services)
    , m_viewer(std::move(viewer))
{}

QString AuditNames::of(const QString &stored) const
{
    if (const auto known = m_names.constFind(stored); known != m_names.cend())
        return *known;
    QString shown = stored;
    bool numeric = false;
    const QString kind = stored.section(QLatin1Char(':'), 0, 0);
    const qint64 id = stored.section(QLatin1Char(':'), 1).toLongLong(&numeric);
    if (!numeric) {
        // "operator", "system", "console (alice@host)": already words
    } else if (kind == QLatin1String("user")) {
        if (const auto user = m_services.users.get(m_viewer, id))
            shown = user->email;
    } else if (kind == QLatin1String("key") || kind == QLatin1String("apikey")) {
        if (const auto key = m_services.keys.get(m_viewer, id))
            shown = tr("key “%1” (%2)").arg(key->name, QString::number(id));
    } else if (kind == QLatin1String("tenant")) {
        shown = tr("tenant “%1”").arg(tenant(id));
    }
    m_names.insert(stored, shown);
    return shown;
}

QString AuditNames::tenant(qint64 id) const
{
    if (const auto known = m_tenants.constFind(id); known != m_tenants.cend())
        return *known;
    const auto found = m_services.tenants.get(m_viewer, id);
    const QString shown = found ? found->name : QString::number(id);
    m_tenants.insert(id, shown);
    return shown;
}

QString AuditNames::action(const QString &stored)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("tenant.create"), QT_TRANSLATE_NOOP("AuditNames", "Tenant created")},
        {QStringLiteral("tenant.update"), QT_TRANSLATE_NOOP("AuditNames", "Tenant changed")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditNames", "User created")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("AuditNames", "User changed")},
        {QStringLiteral("apikey.create"), QT_TRANSLATE_NOOP("AuditNames", "Key created")},
        {QStringLiteral("apikey.update"), QT_TRANSLATE_NOOP("AuditNames", "Key changed")},
        {QStringLiteral("apikey.delete"), QT_TRANSLATE_NOOP("AuditNames", "Key deleted")},
        {QStringLiteral("apikey.rotate"), QT_TRANSLATE_NOOP("AuditNames", "Key rotated")},
        {QStringLiteral("apikey.leak"), QT_TRANSLATE_NOOP("AuditNames", "Leaked key revoked")},
        {QStringLiteral("service.create"),
         QT_TRANSLATE_NOOP("AuditNames", "Service identity created")},
        {QStringLiteral("signing_key.rotate"),
         QT_TRANSLATE_NOOP("AuditNames", "Signing key rotated")},
        {QStringLiteral("signing_key.retire"),
         QT_TRANSLATE_NOOP("AuditNames", "Signing key retired")},
    };
    const auto word = words.constFind(stored);
    return word == words.cend() ? stored : tr(*word);
}

void AuditNames::forget()
{
    m_names.clear();
    m_tenants.clear();
}

} // namespace keyward
