// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ApiKeyController.h"

#include "JsonBody.h"
#include "Paging.h"
#include "Router.h"
#include "SuccessEnvelope.h"
#include "SuccessEnvelopeViews.h"
#include "domain/Services.h"

namespace keyward {

namespace {

const QString keyNotFound = QStringLiteral("API Key not found");

HttpResponse issuedAnswer(const Outcome<IssuedKey> &outcome, const QString &notFound,
                          const QString &message)
{
    if (!outcome)
        return SuccessEnvelope::fromDomain(outcome.error(), notFound);
    QJsonObject data = SuccessEnvelopeViews::key(outcome->key);
    data.insert(QStringLiteral("key"), QString::fromLatin1(outcome->secret));
    return SuccessEnvelope::ok(data, message);
}

// The partial update of PUT /api/ApiKey/update/{id}: absent fields stay,
// null clears the optional ones (allowedIp, rateLimit, expiresAt).
Result<KeyChanges, QString> changesFrom(JsonBody &body)
{
    KeyChanges changes;
    changes.name = body.string(QStringLiteral("name"));
    changes.description = body.string(QStringLiteral("description"));
    changes.permissions = body.stringList(QStringLiteral("permissions"));
    if (body.has(QStringLiteral("allowedIp")))
        changes.allowedNetworks = body.string(QStringLiteral("allowedIp")).value_or(QString());
    if (body.has(QStringLiteral("rateLimit")))
        changes.rateLimitPerMinute = body.integer(QStringLiteral("rateLimit"));
    if (body.has(QStringLiteral("expiresAt")))
        changes.expiresAt = body.dateTime(QStringLiteral("expiresAt")).value_or(QDateTime());
    if (const auto active = body.boolean(QStringLiteral("isActive")))
        changes.status = *active ? KeyStatus::Active : KeyStatus::Disabled;
    if (const auto status = body.string(QStringLiteral("status"))) {
        changes.status = keyStatusFromName(*status);
        if (!changes.status)
            return QStringLiteral("status must be ACTIVE, DISABLED or DELETED");
    }
    if (!body.ok())
        return body.error();
    return changes;
}

} // namespace

ApiKeyController::ApiKeyController(const Services &services)
    : m_services(services)
    , m_guard(services)
{}

void ApiKeyController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/ApiKey/{}/apikey"), this, &ApiKeyController::tenantKey);
    router.add("POST", QStringLiteral("/api/ApiKey/create"), this, &ApiKeyController::create);
    router.add("GET", QStringLiteral("/api/ApiKey/getById/{}"), this, &ApiKeyController::getById);
    router.add("GET", QStringLiteral("/api/ApiKey/getAll"), this, &ApiKeyController::getAll);
    router.add("PUT", QStringLiteral("/api/ApiKey/update/{}"), this, &ApiKeyController::update);
    router.add("DELETE", QStringLiteral("/api/ApiKey/delete/{}"), this, &ApiKeyController::remove);
    router.add("POST", QStringLiteral("/api/ApiKey/rotate/{}"), this, &ApiKeyController::rotate);
    router.add("GET", QStringLiteral("/api/ApiKey/{}/usage"), this, &ApiKeyController::usage);
}

HttpResponse ApiKeyController::tenantKey(const HttpRequest &request) const
{
    const auto tenantId = idFromPath(request.pathParameters.value(0));
    if (!tenantId)
        return SuccessEnvelope::badRequest(QStringLiteral("tenantId must be a positive integer"));
    auto discovery = m_services.tenants.discover(*tenantId);
    if (!discovery)
        return SuccessEnvelope::discoveryRefused(discovery.error(), *tenantId);
    return SuccessEnvelope::ok(
        QJsonObject{{QStringLiteral("key"), QString::fromLatin1(discovery->key)},
                    {QStringLiteral("isActive"), discovery->isActive},
                    {QStringLiteral("tenantId"), discovery->tenant.id},
                    {QStringLiteral("tenantName"), discovery->tenant.name}},
        QStringLiteral("API Key retrieved successfully"));
}

HttpResponse ApiKeyController::create(const HttpRequest &request) const
{
    auto actor = m_guard.admit(request);
    if (!actor)
        return actor.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    NewKey key;
    key.name = body->string(QStringLiteral("name"), true).value_or(QString());
    key.description = body->string(QStringLiteral("description")).value_or(QString());
    key.permissions = body->stringList(QStringLiteral("permissions")).value_or(QStringList());
    key.allowedNetworks = body->string(QStringLiteral("allowedIp")).value_or(QString());
    key.lifetimeSeconds = body->integer(QStringLiteral("lifetime"));
    key.expiresAt = body->dateTime(QStringLiteral("expiresAt")).value_or(QDateTime());
    key.rateLimitPerMinute = body->integer(QStringLiteral("rateLimit"));
    key.tenantId = body->integer(QStringLiteral("tenantId"));
    const QString kind = body->string(QStringLiteral("kind")).value_or(QStringLiteral("secret"));
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    if (kind != QLatin1String("secret") && kind != QLatin1String("tenant"))
        return SuccessEnvelope::badRequest(QStringLiteral("kind must be \"secret\" or \"tenant\""));
    key.kind = kind == QLatin1String("tenant") ? ApiKeyKind::Tenant : ApiKeyKind::Secret;
    return issuedAnswer(m_services.keys.create(*actor, key), QStringLiteral("Tenant not found"),
                        QStringLiteral("API Key created successfully"));
}

HttpResponse ApiKeyController::getById(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    return SuccessEnvelope::answer(m_services.keys.get(target->actor, target->id),
                                   SuccessEnvelopeViews::key,
                                   QStringLiteral("API Key retrieved successfully"), keyNotFound);
}

HttpResponse ApiKeyController::getAll(const HttpRequest &request) const
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
    KeyService::ListFilter filter;
    filter.tenantId = *tenantId;
    filter.includeDeleted =
        request.query.queryItemValue(QStringLiteral("includeDeleted")) == QLatin1String("true");
    auto keys = m_services.keys.list(*actor, filter, *page);
    if (!keys)
        return SuccessEnvelope::fromDomain(keys.error(), QStringLiteral("Tenant not found"));
    return SuccessEnvelope::ok(SuccessEnvelopeViews::page(*keys, SuccessEnvelopeViews::key),
                               QStringLiteral("API Keys retrieved successfully"));
}

HttpResponse ApiKeyController::update(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    auto changes = changesFrom(*body);
    if (!changes)
        return SuccessEnvelope::badRequest(changes.error());
    return SuccessEnvelope::answer(m_services.keys.update(target->actor, target->id, *changes),
                                   SuccessEnvelopeViews::key,
                                   QStringLiteral("API Key updated successfully"), keyNotFound);
}

HttpResponse ApiKeyController::remove(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    return SuccessEnvelope::answer(m_services.keys.remove(target->actor, target->id),
                                   SuccessEnvelopeViews::key,
                                   QStringLiteral("API Key deleted successfully"), keyNotFound);
}

HttpResponse ApiKeyController::rotate(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    auto body = JsonBody::parse(request.body, true);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    const qint64 grace = body->integer(QStringLiteral("gracePeriod")).value_or(0);
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    return issuedAnswer(m_services.keys.rotate(target->actor, target->id, grace), keyNotFound,
                        QStringLiteral("API Key rotated successfully"));
}

HttpResponse ApiKeyController::usage(const HttpRequest &request) const
{
    auto target = m_guard.admitWithId(request);
    if (!target)
        return target.error();
    const QString since = request.query.hasQueryItem(QStringLiteral("since"))
                              ? request.query.queryItemValue(QStringLiteral("since"))
                              : QStringLiteral("24h");
    const auto span = UsageSpan::parse(since);
    if (!span)
        return SuccessEnvelope::badRequest(UsageSpan::syntax());
    const auto report = m_services.keyUsage.report(target->actor, target->id, *span);
    // Unlike the older key routes, which answer 403, usage does not even
    // confirm that another tenant's key exists.
    if (!report && report.error().field == QLatin1String("tenant"))
        return SuccessEnvelope::fromDomain(KeyService::noSuchKey(target->id), keyNotFound);
    return SuccessEnvelope::answer(
        report, [](const KeyUsageReport &made) { return made.toJson(); },
        QStringLiteral("API Key usage retrieved successfully"), keyNotFound);
}

} // namespace keyward
