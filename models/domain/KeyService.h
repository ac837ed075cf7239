// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "domain/KeyHygiene.h"
#include "domain/KeyRequests.h"
#include "entities/Page.h"
#include "store/ApiKeyRepository.h"
#include "store/TenantRepository.h"

namespace keyward {

class AuditLog;
class Clock;
class NetworkAllowList;
class SecretBox;
class TokenService;

// Creates, reads, changes, rotates and revokes keys of every kind, for every
// caller (three API families, CLI, GUI) under the same rules.
class KeyService {
public:
    struct ListFilter {
        std::optional<qint64> tenantId; // default: the caller's tenant (all for SuperAdmin)
        std::optional<ApiKeyKind> kind;
        bool clientCredentialsOnly = false;
        bool includeDeleted = false;
        // Only the keys KeyHygiene raises this concern about, so judged.
        std::optional<KeyHygiene::Concern> concern;
        KeyHygiene::Settings hygiene;
        // Words that must each appear in a key's label, description, prefix,
        // permissions or networks (or be its id), case-insensitively.
        QString search;
        // The order of the whole list (Status is judged now).
        KeySort sort;
    };

    KeyService(const Database &database, const Clock &clock, const SecretBox &masterBox,
               const TokenService &tokens, const NetworkAllowList &networks, const AuditLog &audit);

    Outcome<IssuedKey> create(const Actor &actor, const NewKey &request) const;
    // create() for a caller that already holds the write transaction.
    Outcome<IssuedKey> createInTransaction(const Actor &actor, const NewKey &request) const;
    Outcome<ApiKey> get(const Actor &actor, qint64 id) const;
    // The refusal for a key that does not exist (or that the caller is not
    // to know exists).
    static DomainError noSuchKey(qint64 id);
    // How many keys (deleted ones aside) each tenant the actor may read
    // holds, in one query; tenants without keys are left out.
    Outcome<QHash<qint64, qint64>> countPerTenant(const Actor &actor) const;
    Outcome<Page<ApiKey>> list(const Actor &actor, const ListFilter &filter,
                               const PageRequest &page) const;
    Outcome<ApiKey> update(const Actor &actor, qint64 id, const KeyChanges &changes) const;
    // Soft delete: the key never authenticates again and leaves the lists.
    Outcome<ApiKey> remove(const Actor &actor, qint64 id) const;
    // A new secret with the same settings; the old one stays valid for
    // graceSeconds (0: revoked at once).
    Outcome<IssuedKey> rotate(const Actor &actor, qint64 id, qint64 graceSeconds) const;
    // The clear value of a tenant key, which is publishable.
    std::optional<QByteArray> publishedValue(const ApiKey &tenantKey) const;

private:
    Outcome<ApiKey> findAccessible(const Actor &actor, qint64 id, bool forWrite) const;
    Outcome<ApiKey> save(const Actor &actor, const ApiKey &key, const QString &action,
                         const QString &detail = {}) const;
    std::optional<DomainError> validate(const NewKey &request) const;

    const Database &m_database;
    ApiKeyRepository m_keys;
    TenantRepository m_tenants;
    const Clock &m_clock;
    const SecretBox &m_masterBox;
    const TokenService &m_tokens;
    const NetworkAllowList &m_networks;
    const AuditLog &m_audit;
};

} // namespace keyward
