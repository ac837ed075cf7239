// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ManualClock.h"
#include "TestDatabase.h"
#include "domain/Services.h"
#include "network/SubnetAllowList.h"

namespace keyward {

// The domain wired over a fresh test database, with a clock the test moves,
// bootstrapped like a first start: tenant 1 "Default" with its tenant key and
// the SuperAdmin admin@example.com / adminpassword.
class TestServices {
public:
    static inline const QString adminEmail = QStringLiteral("admin@example.com");
    static inline const QString adminPassword = QStringLiteral("adminpassword");

    explicit TestServices(JwtAlgorithm algorithm = JwtAlgorithm::HS256);

    Services &services() { return *m_services; }
    ManualClock &clock() { return *m_clock; }
    TestDatabase &database() { return m_database; }
    const QByteArray &masterKey() const { return m_masterKey; }

    // Conveniences for arranging a test; each fails the process on error.
    static Actor operatorActor();
    // The user as the domain sees them once authenticated.
    static Actor actorOf(const User &user);
    Tenant createTenant(const QString &name);
    User createUser(qint64 tenantId, const QString &email, Role role,
                    const QString &password = QStringLiteral("userpassword"));
    QByteArray tenantKey(qint64 tenantId);
    IssuedKey createKey(qint64 tenantId, NewKey request);
    // The tenant's keys (the first page of the largest size), as the operator sees them.
    Page<ApiKey> keysOf(qint64 tenantId, bool includeDeleted = false);
    QByteArray userToken(const QString &email);

private:
    TestDatabase m_database;
    SubnetAllowList m_networks;
    QByteArray m_masterKey;
    ManualClock *m_clock = nullptr; // owned by m_services
    std::unique_ptr<Services> m_services;
};

} // namespace keyward
