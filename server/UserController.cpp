// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "UserController.h"

#include "JsonBody.h"
#include "Paging.h"
#include "Router.h"
#include "SuccessEnvelope.h"
#include "SuccessEnvelopeViews.h"
#include "domain/Services.h"

namespace keyward {

namespace {

const QString userNotFound = QStringLiteral("User not found");

// "role" is optional; when given it must name a role.
Result<std::optional<Role>, QString> roleFrom(JsonBody &body)
{
    const auto name = body.string(QStringLiteral("role"));
    if (!name)
        return std::optional<Role>();
    const auto role = roleFromName(*name);
    if (!role)
        return QStringLiteral("role must be SuperAdmin, Admin or User");
    return std::optional<Role>(role);
}

} // namespace

UserController::UserController(const Services &services)
    : m_services(services)
    , m_guard(services)
{}

void UserController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/User/getAll"), this, &UserController::getAll);
    router.add("POST", QStringLiteral("/api/User/create"), this, &UserController::create);
    router.add("PUT", QStringLiteral("/api/User/update/{}"), this, &UserController::update);
}

HttpResponse UserController::getAll(const HttpRequest &request) const
{
    auto actor = m_guard.admit(request);
    if (!actor)
        return actor.error();
    auto page = pageFromQuery(request.query);
    if (!page)
        return SuccessEnvelope::badRequest(page.error());
    auto tenantId = optionalIdFromQuery(request.query, QStringLiteral("tenantId"));
    if (!tenantId)
        return SuccessEnvelope::badRequest(tenantId.error());
    auto users = m_services.users.list(*actor, *tenantId, *page);
    if (!users)
        return SuccessEnvelope::fromDomain(users.error(), userNotFound);
    return SuccessEnvelope::ok(SuccessEnvelopeViews::page(*users, SuccessEnvelopeViews::user),
                               QStringLiteral("Users retrieved successfully"));
}

HttpResponse UserController::create(const HttpRequest &request) const
{
    auto actor = m_guard.admit(request);
    if (!actor)
        return actor.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    UserService::NewUser user;
    user.email = body->string(QStringLiteral("email"), true).value_or(QString());
    user.password = body->string(QStringLiteral("password"), true).value_or(QString());
    user.tenantId = body->integer(QStringLiteral("tenantId"));
    auto role = roleFrom(*body);
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    if (!role)
        return SuccessEnvelope::badRequest(role.error());
    user.role = role->value_or(Role::User);
    // NotFound here means the tenant named in the body.
    return SuccessEnvelope::answer(
        m_services.users.create(*actor, user), SuccessEnvelopeViews::user,
        QStringLiteral("User created successfully"), QStringLiteral("Tenant not found"));
}

HttpResponse UserController::update(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    UserService::Changes changes;
    changes.email = body->string(QStringLiteral("email"));
    changes.password = body->string(QStringLiteral("password"));
    changes.isActive = body->boolean(QStringLiteral("isActive"));
    auto role = roleFrom(*body);
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    if (!role)
        return SuccessEnvelope::badRequest(role.error());
    changes.role = *role;
    return SuccessEnvelope::answer(m_services.users.update(target->actor, target->id, changes),
                                   SuccessEnvelopeViews::user,
                                   QStringLiteral("User updated successfully"), userNotFound);
}

} // namespace keyward
