// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TenantController.h"

#include "JsonBody.h"
#include "Paging.h"
#include "Router.h"
#include "SuccessEnvelope.h"
#include "SuccessEnvelopeViews.h"
#include "domain/Services.h"

namespace keyward {

namespace {

const QString tenantNotFound = QStringLiteral("Tenant not found");

} // namespace

TenantController::TenantController(const Services &services)
    : m_services(services)
    , m_guard(services)
{}

void TenantController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/Tenant/getAll"), this, &TenantController::getAll);
    router.add("GET", QStringLiteral("/api/Tenant/getById/{}"), this, &TenantController::getById);
    router.add("POST", QStringLiteral("/api/Tenant/create"), this, &TenantController::create);
    router.add("PUT", QStringLiteral("/api/Tenant/update/{}"), this, &TenantController::update);
}

HttpResponse TenantController::getAll(const HttpRequest &request) const
{
    auto page = pageFromQuery(request.query);
    if (!page)
        return SuccessEnvelope::badRequest(page.error());
    // Anonymous callers (no credentials at all) get the discovery view; a
    // caller who sends credentials is held to them.
    const bool anonymous =
        request.header("x-api-key").isEmpty() && request.header("authorization").isEmpty();
    std::optional<Actor> actor;
    if (!anonymous) {
        auto admitted = m_guard.admit(request);
        if (!admitted)
            return admitted.error();
        actor = *admitted;
    }
    auto tenants = m_services.tenants.list(actor, *page);
    if (!tenants)
        return SuccessEnvelope::fromDomain(tenants.error(), tenantNotFound);
    const QJsonObject data =
        anonymous ? SuccessEnvelopeViews::page(*tenants, SuccessEnvelopeViews::publicTenant)
                  : SuccessEnvelopeViews::page(*tenants, SuccessEnvelopeViews::tenant);
    return SuccessEnvelope::ok(data, QStringLiteral("Tenants retrieved successfully"));
}

HttpResponse TenantController::getById(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    return SuccessEnvelope::answer(m_services.tenants.get(target->actor, target->id),
                                   SuccessEnvelopeViews::tenant,
                                   QStringLiteral("Tenant retrieved successfully"), tenantNotFound);
}

HttpResponse TenantController::create(const HttpRequest &request) const
{
    auto actor = m_guard.admit(request);
    if (!actor)
        return actor.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    const auto name = body->string(QStringLiteral("name"), true);
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    return SuccessEnvelope::answer(m_services.tenants.create(*actor, *name),
                                   SuccessEnvelopeViews::tenant,
                                   QStringLiteral("Tenant created successfully"), tenantNotFound);
}

HttpResponse TenantController::update(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    TenantService::Changes changes;
    changes.name = body->string(QStringLiteral("name"));
    changes.isActive = body->boolean(QStringLiteral("isActive"));
    changes.discoverable = body->boolean(QStringLiteral("discoverable"));
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    return SuccessEnvelope::answer(m_services.tenants.update(target->actor, target->id, changes),
                                   SuccessEnvelopeViews::tenant,
                                   QStringLiteral("Tenant updated successfully"), tenantNotFound);
}

} // namespace keyward
