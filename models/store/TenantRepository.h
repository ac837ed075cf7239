// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"
#include "entities/Tenant.h"
#include "store/StoreError.h"

#include <optional>

namespace keyward {

class Database;

// The tenants table.
class TenantRepository {
public:
    explicit TenantRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const Tenant &tenant) const;
    Result<std::optional<Tenant>, StoreError> findById(qint64 id) const;
    Result<Page<Tenant>, StoreError> list(const PageRequest &page, bool discoverableOnly) const;
    Result<Ok, StoreError> update(const Tenant &tenant) const;
    Result<qint64, StoreError> count() const;
    // The id of another tenant named `name` (case aside) than `self`, looked
    // up under a lock held until the write transaction ends, so two processes
    // cannot both find the name free.
    Result<std::optional<qint64>, StoreError> lockAndFindNamed(const QString &name,
                                                               qint64 self) const;

private:
    const Database &m_database;
};

} // namespace keyward
