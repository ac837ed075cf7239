// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"
#include "entities/User.h"
#include "entities/UserSort.h"
#include "store/StoreError.h"

#include <optional>

namespace keyward {

class Database;

// The users table. Emails are unique regardless of case.
class UserRepository {
public:
    explicit UserRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const User &user) const;
    Result<std::optional<User>, StoreError> findById(qint64 id) const;
    Result<std::optional<User>, StoreError> findByEmail(const QString &email) const;
    // tenantId nullopt lists every tenant's users; with searchTerms, only
    // those whose email or role holds each term (or whose id is one).
    Result<Page<User>, StoreError> list(std::optional<qint64> tenantId, const PageRequest &page,
                                        const QStringList &searchTerms = {},
                                        const UserSort &sort = {}) const;
    Result<Ok, StoreError> update(const User &user) const;
    // Active SuperAdmins in every tenant, counted under a lock held until the
    // write transaction ends: changes that may remove one are serialised.
    Result<qint64, StoreError> lockAndCountActiveSuperAdmins() const;
    // Users of any role or state.
    Result<qint64, StoreError> count() const;

private:
    Result<std::optional<User>, StoreError> findOne(const QString &where,
                                                    const QVariant &value) const;

    const Database &m_database;
};

} // namespace keyward
