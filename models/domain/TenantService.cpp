// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/TenantService.h"

#include "domain/AccessPolicy.h"
#include "domain/AuditLog.h"
#include "domain/ChangeDetail.h"
#include "domain/Clock.h"
#include "domain/KeyRules.h"
#include "domain/KeyService.h"
#include "domain/Transactional.h"

namespace keyward {

std::optional<DomainError> TenantService::checkName(const QString &name)
{
    // A tenant's name is held to what a key's label is: not blank, at most
    // 200 characters.
    return KeyRules::name(name);
}

namespace {

// No two tenants share a name (case aside), so an operator picking one from
// a list, or reading an audit trail, knows which is meant.
std::optional<DomainError> refuseTakenName(const TenantRepository &tenants, const QString &name,
                                           qint64 self)
{
    auto taken = tenants.lockAndFindNamed(name, self);
    if (!taken)
        return DomainError::unavailable(taken.error());
    if (!taken->has_value())
        return std::nullopt;
    return DomainError::conflict(
        {QT_TRANSLATE_NOOP("Sentence", "a tenant named \"%1\" already exists (ID %2)"),
         {name, QString::number(**taken)}});
}

} // namespace

TenantService::TenantService(const Database &database, const Clock &clock, const KeyService &keys,
                             const AuditLog &audit)
    : m_database(database)
    , m_tenants(database)
    , m_apiKeys(database)
    , m_clock(clock)
    , m_keys(keys)
    , m_audit(audit)
{}

Outcome<Tenant> TenantService::create(const Actor &actor, const QString &name) const
{
    return inWriteTransaction(m_database, [&] { return createInTransaction(actor, name); });
}

Outcome<Tenant> TenantService::createInTransaction(const Actor &actor, const QString &name) const
{
    if (!actor.isSuperAdmin())
        return DomainError::forbidden(
            QT_TRANSLATE_NOOP("Sentence", "Only a SuperAdmin can create tenants"));
    if (auto error = checkName(name))
        return *error;
    if (auto taken = refuseTakenName(m_tenants, name.trimmed(), 0))
        return *taken;
    const QDateTime now = m_clock.now();
    Tenant tenant{0, name.trimmed(), true, true, now, now};
    auto id = m_tenants.insert(tenant);
    if (!id)
        return DomainError::unavailable(id.error());
    tenant.id = id.value();
    NewKey tenantKey;
    tenantKey.tenantId = tenant.id;
    tenantKey.kind = ApiKeyKind::Tenant;
    tenantKey.name = QStringLiteral("Tenant key");
    auto key = m_keys.createInTransaction(actor, tenantKey);
    if (!key)
        return key.error();
    auto audited = m_audit.record(actor, tenant.id, QStringLiteral("tenant.create"),
                                  QStringLiteral("tenant:%1").arg(tenant.id), tenant.name);
    if (!audited)
        return DomainError::unavailable(audited.error());
    return tenant;
}

Outcome<Tenant> TenantService::get(const Actor &actor, qint64 id) const
{
    auto found = m_tenants.findById(id);
    if (!found)
        return DomainError::unavailable(found.error());
    if (!found->has_value())
        return DomainError::notFound(
            {QT_TRANSLATE_NOOP("Sentence", "No tenant found with ID %1"), {QString::number(id)}});
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Tenants, AccessPolicy::Operation::Read,
                              id))
        return DomainError::forbidden(QT_TRANSLATE_NOOP("Sentence", "Cannot access this tenant"));
    return **found;
}

Outcome<Page<Tenant>> TenantService::list(const std::optional<Actor> &actor,
                                          const PageRequest &page) const
{
    if (actor && !actor->isSuperAdmin()) {
        // Everyone else sees exactly their own tenant.
        auto own = get(*actor, actor->tenantId);
        if (!own)
            return own.error();
        Page<Tenant> result{{}, 1, page.page, page.pageSize, std::nullopt, false};
        if (page.page == 1)
            result.items.append(own.value());
        return result;
    }
    auto listed = m_tenants.list(page, !actor.has_value());
    if (!listed)
        return DomainError::unavailable(listed.error());
    return listed.value();
}

Outcome<Tenant> TenantService::update(const Actor &actor, qint64 id, const Changes &changes) const
{
    auto found = get(actor, id);
    if (!found)
        return found;
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Tenants, AccessPolicy::Operation::Write,
                              id))
        return DomainError::forbidden(
            QT_TRANSLATE_NOOP("Sentence", "Only a SuperAdmin can change tenants"));
    Tenant tenant = found.value();
    const bool renamed = changes.name && changes.name->trimmed() != tenant.name;
    if (changes.name) {
        if (auto error = checkName(*changes.name))
            return *error;
        tenant.name = changes.name->trimmed();
    }
    tenant.isActive = changes.isActive.value_or(tenant.isActive);
    tenant.discoverable = changes.discoverable.value_or(tenant.discoverable);
    tenant.updatedAt = m_clock.now();
    return inWriteTransaction(m_database, [&]() -> Outcome<Tenant> {
        if (renamed) {
            if (auto taken = refuseTakenName(m_tenants, tenant.name, tenant.id))
                return *taken;
        }
        if (auto updated = m_tenants.update(tenant); !updated)
            return DomainError::unavailable(updated.error());
        auto audited = m_audit.record(actor, tenant.id, QStringLiteral("tenant.update"),
                                      QStringLiteral("tenant:%1").arg(tenant.id),
                                      ChangeDetail::of(found.value(), tenant));
        if (!audited)
            return DomainError::unavailable(audited.error());
        return tenant;
    });
}

Result<TenantService::Discovery, TenantService::DiscoveryFailure>
TenantService::discover(qint64 tenantId) const
{
    auto tenant = m_tenants.findById(tenantId);
    if (!tenant)
        return DiscoveryFailure::Unavailable;
    // A tenant that turned discovery off is indistinguishable from none.
    if (!tenant->has_value() || !(*tenant)->discoverable)
        return DiscoveryFailure::TenantNotFound;
    auto key = m_apiKeys.findTenantKey(tenantId);
    if (!key)
        return DiscoveryFailure::Unavailable;
    if (!key->has_value())
        return DiscoveryFailure::KeyNotConfigured;
    const ApiKey &tenantKey = **key;
    const bool active = (*tenant)->isActive && tenantKey.status == KeyStatus::Active &&
                        !tenantKey.isExpiredAt(m_clock.now());
    if (!active)
        return DiscoveryFailure::KeyInactive;
    const auto value = m_keys.publishedValue(tenantKey);
    if (!value)
        return DiscoveryFailure::Unavailable;
    return Discovery{**tenant, *value, true};
}

} // namespace keyward
