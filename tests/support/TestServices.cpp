// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"

#include "domain/Bootstrap.h"
#include "store/UserRepository.h"

namespace keyward {

namespace {

template <typename T, typename E> T orDie(Result<T, E> result, const char *what)
{
    if (!result)
        qFatal("test arrangement failed: %s", what);
    return std::move(result.value());
}

} // namespace

TestServices::TestServices(JwtAlgorithm algorithm)
    : m_masterKey(QByteArray(32, '\x42'))
{
    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    Services::Settings settings;
    settings.algorithm = algorithm;
    m_services = orDie(Services::create(m_database.database(), m_masterKey, m_networks, settings,
                                        std::move(clock)),
                       "services");
    Bootstrap::Settings bootstrap;
    bootstrap.adminEmail = adminEmail;
    bootstrap.adminPassword = adminPassword;
    orDie(Bootstrap::ensureDefaults(*m_services, bootstrap), "bootstrap");
}

Actor TestServices::operatorActor()
{
    Actor actor;
    actor.kind = Actor::Kind::Operator;
    return actor;
}

Actor TestServices::actorOf(const User &user)
{
    Actor actor;
    actor.kind = Actor::Kind::User;
    actor.id = user.id;
    actor.tenantId = user.tenantId;
    actor.role = user.role;
    return actor;
}

Tenant TestServices::createTenant(const QString &name)
{
    return orDie(m_services->tenants.create(operatorActor(), name), "tenant");
}

User TestServices::createUser(qint64 tenantId, const QString &email, Role role,
                              const QString &password)
{
    return orDie(m_services->users.create(operatorActor(), {tenantId, email, password, role}),
                 "user");
}

QByteArray TestServices::tenantKey(qint64 tenantId)
{
    return orDie(m_services->tenants.discover(tenantId), "tenant key").key;
}

IssuedKey TestServices::createKey(qint64 tenantId, NewKey request)
{
    request.tenantId = tenantId;
    return orDie(m_services->keys.create(operatorActor(), request), "key");
}

Page<ApiKey> TestServices::keysOf(qint64 tenantId, bool includeDeleted)
{
    KeyService::ListFilter filter;
    filter.tenantId = tenantId;
    filter.includeDeleted = includeDeleted;
    return orDie(m_services->keys.list(operatorActor(), filter, {1, PageRequest::maxPageSize}),
                 "key list");
}

QByteArray TestServices::userToken(const QString &email)
{
    auto user = orDie(UserRepository(*m_database.database()).findByEmail(email), "user lookup");
    if (!user)
        qFatal("no user %s", qPrintable(email));
    return m_services->tokens.issueForUser(*user);
}

} // namespace keyward
