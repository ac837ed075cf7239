// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "entities/Page.h"
#include "entities/User.h"
#include "entities/UserSort.h"
#include "store/TenantRepository.h"
#include "store/UserRepository.h"

namespace keyward {

class AuditLog;
class Clock;

// Users of a tenant: created and changed by their tenant's Admins or a
// SuperAdmin; passwords are hashed here and nowhere else.
class UserService {
public:
    struct NewUser {
        std::optional<qint64> tenantId; // default: the caller's tenant
        QString email;
        QString password;
        Role role = Role::User;
    };
    struct Changes {
        std::optional<QString> email;
        std::optional<QString> password;
        std::optional<Role> role;
        std::optional<bool> isActive;
    };

    UserService(const Database &database, const Clock &clock, const AuditLog &audit);

    // The rules create() and update() hold to, for forms to check as the
    // operator types: the refusal, or nothing when the value is acceptable.
    static std::optional<DomainError> checkEmail(const QString &email);
    static std::optional<DomainError> checkPassword(const QString &password);

    Outcome<User> create(const Actor &actor, const NewUser &request) const;
    // create() for a caller that already holds the write transaction.
    Outcome<User> createInTransaction(const Actor &actor, const NewUser &request) const;
    Outcome<User> get(const Actor &actor, qint64 id) const;
    // With search, only the users where each of its words appears in the
    // email or role (or that have the id typed); in `sort`'s order.
    Outcome<Page<User>> list(const Actor &actor, std::optional<qint64> tenantId,
                             const PageRequest &page, const QString &search = {},
                             const UserSort &sort = {}) const;
    Outcome<User> update(const Actor &actor, qint64 id, const Changes &changes) const;

private:
    std::optional<DomainError> checkRoleGrant(const Actor &actor, Role role) const;

    const Database &m_database;
    UserRepository m_users;
    TenantRepository m_tenants;
    const Clock &m_clock;
    const AuditLog &m_audit;
};

} // namespace keyward
