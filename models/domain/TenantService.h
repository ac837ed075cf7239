// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "entities/Page.h"
#include "entities/Tenant.h"
#include "store/ApiKeyRepository.h"
#include "store/TenantRepository.h"

#include <optional>

namespace keyward {

class AuditLog;
class Clock;
class KeyService;

// Tenants and their discovery: every tenant is born with an active tenant key.
class TenantService {
public:
    struct Changes {
        std::optional<QString> name;
        std::optional<bool> isActive;
        std::optional<bool> discoverable;
    };
    // Seed 001's anonymous answer: the tenant key's value and state.
    struct Discovery {
        Tenant tenant;
        QByteArray key;
        bool isActive = false;
    };
    enum class DiscoveryFailure { TenantNotFound, KeyNotConfigured, KeyInactive, Unavailable };

    TenantService(const Database &database, const Clock &clock, const KeyService &keys,
                  const AuditLog &audit);

    // The rule for a name create() and update() hold to, for forms to check
    // as the operator types (that no other tenant has it is the store's to say).
    static std::optional<DomainError> checkName(const QString &name);

    Outcome<Tenant> create(const Actor &actor, const QString &name) const;
    // create() for a caller that already holds the write transaction.
    Outcome<Tenant> createInTransaction(const Actor &actor, const QString &name) const;
    Outcome<Tenant> get(const Actor &actor, qint64 id) const;
    // Anonymous callers (actor nullopt) see only discoverable tenants.
    Outcome<Page<Tenant>> list(const std::optional<Actor> &actor, const PageRequest &page) const;
    Outcome<Tenant> update(const Actor &actor, qint64 id, const Changes &changes) const;
    Result<Discovery, DiscoveryFailure> discover(qint64 tenantId) const;

private:
    const Database &m_database;
    TenantRepository m_tenants;
    ApiKeyRepository m_apiKeys;
    const Clock &m_clock;
    const KeyService &m_keys;
    const AuditLog &m_audit;
};

} // namespace keyward
