// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/ApiKey.h"
#include "entities/KeySort.h"
#include "entities/Page.h"
#include "store/StoreError.h"

#include <QHash>

#include <optional>

namespace keyward {

class Database;

// The api_keys table: every kind of credential, looked up by id, by digest
// (one indexed lookup per verification), by jti or by public id.
class ApiKeyRepository {
public:
    struct Filter {
        std::optional<qint64> tenantId; // nullopt: every tenant
        std::optional<ApiKeyKind> kind;
        bool clientCredentialsOnly = false; // the status-envelope API: UUID credentials of services
        bool includeDeleted = false;
        // Keys an operator should look at (see KeyHygiene): set inForceAt to
        // keep only active keys unexpired then, and any of the rest to
        // narrow further.
        struct Attention {
            QDateTime inForceAt;
            QDateTime expiringBefore;    // expiring before this
            QDateTime neverUsedIfBefore; // never used and created before this
            QDateTime lastUsedBefore;    // last used before this
            bool tenantKeys = true;      // false: leave tenant keys out
            bool wideOpen = false;       // a permission that changes things, no allow-list
        };
        std::optional<Attention> attention;
        // Every term appears, case-insensitively, in the label, description,
        // prefix, permissions or allowed networks, or is the id.
        QStringList searchTerms;
    };
    struct Usage {
        qint64 keyId = 0;
        QDateTime lastUsedAt;
        qint64 uses = 0;
    };

    explicit ApiKeyRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const ApiKey &key) const;
    Result<std::optional<ApiKey>, StoreError> findById(qint64 id) const;
    Result<std::optional<ApiKey>, StoreError> findByDigest(const QByteArray &digest) const;
    Result<std::optional<ApiKey>, StoreError> findByJti(const QString &jti) const;
    Result<std::optional<ApiKey>, StoreError> findByPublicId(const QString &publicId) const;
    // The tenant's current tenant key: the active one without expiry, else
    // the newest that is not deleted (a rotated one in its grace period, or a
    // disabled one).
    Result<std::optional<ApiKey>, StoreError> findTenantKey(qint64 tenantId) const;
    Result<Page<ApiKey>, StoreError> list(const Filter &filter, const PageRequest &page,
                                          const KeySort &sort = {}) const;
    // How many keys match, per tenant (tenants with none left out).
    Result<QHash<qint64, qint64>, StoreError> countPerTenant(const Filter &filter) const;
    // Writes the mutable fields: name, description, status, permissions,
    // allowed networks, rate limit, lifetime, validity window, updatedAt.
    Result<Ok, StoreError> update(const ApiKey &key) const;
    // The v1 API keys still usable at `now` whose JWT was issued (at creation)
    // before `before`.
    Result<qint64, StoreError> countLiveJwtKeysCreatedBefore(const QDateTime &before,
                                                             const QDateTime &now) const;
    // Adds batched use counts in one transaction.
    Result<Ok, StoreError> addUsage(const QList<Usage> &usage) const;

private:
    Result<std::optional<ApiKey>, StoreError> findOne(const QString &where,
                                                      const QVariant &value) const;

    const Database &m_database;
};

} // namespace keyward
