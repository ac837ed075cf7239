// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ApiKeyV1Controller.h"

#include "JsonBody.h"
#include "Paging.h"
#include "ProblemDetails.h"
#include "Router.h"
#include "SuccessEnvelopeGuard.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward {

namespace {

const QStringList v1Permissions{QStringLiteral("read"), QStringLiteral("write")};

// Another tenant's key is answered as absent, so ids of other tenants
// cannot be probed.
HttpResponse dtoAnswer(const Outcome<ApiKey> &outcome, qint64 id)
{
    if (!outcome && outcome.error().code == DomainError::Code::Forbidden &&
        outcome.error().field == QLatin1String("tenant"))
        return ProblemDetails::problem(404, QStringLiteral("No API key found with ID %1").arg(id));
    if (!outcome)
        return ProblemDetails::fromDomain(outcome.error());
    return HttpResponse::json(200, ProblemDetails::dto(*outcome));
}

// CreateApiKeyDto.status and the PUT body's status: one of the Status enum.
Result<std::optional<KeyStatus>, QString> statusFrom(JsonBody &body)
{
    const auto text = body.string(QStringLiteral("status"));
    if (!text)
        return std::optional<KeyStatus>();
    const auto status = keyStatusFromName(*text);
    if (!status)
        return QStringLiteral("status must be ACTIVE, DISABLED or DELETED");
    return std::optional<KeyStatus>(status);
}

// The schema's `pattern: \S`: a label needs one non-space character.
bool labelOk(const QString &label)
{
    static const QRegularExpression nonSpace(QStringLiteral("\\S"));
    return nonSpace.match(label).hasMatch();
}

} // namespace

ApiKeyV1Controller::ApiKeyV1Controller(const Services &services)
    : m_services(services)
    , m_auth(services)
{}

void ApiKeyV1Controller::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/apikey"), this, &ApiKeyV1Controller::create);
    router.add("GET", QStringLiteral("/api/v1/apikey"), this, &ApiKeyV1Controller::list);
    router.add("GET", QStringLiteral("/api/v1/apikey/{}"), this, &ApiKeyV1Controller::get);
    router.add("PUT", QStringLiteral("/api/v1/apikey/{}"), this, &ApiKeyV1Controller::update);
    router.add("DELETE", QStringLiteral("/api/v1/apikey/{}"), this, &ApiKeyV1Controller::remove);
}

Result<ApiKeyV1Controller::Target, HttpResponse>
ApiKeyV1Controller::admitWithId(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return ProblemDetails::bearerRefused(actor.error());
    const auto id = idFromPath(request.pathParameters.value(0));
    if (!id)
        return ProblemDetails::problem(400, QStringLiteral("id must be a positive integer"));
    return Target{*actor, *id};
}

HttpResponse ApiKeyV1Controller::create(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return ProblemDetails::bearerRefused(actor.error());
    auto body = JsonBody::parse(request.body);
    if (!body)
        return ProblemDetails::problem(400, body.error());
    NewKey key;
    key.kind = ApiKeyKind::Jwt;
    key.permissions = v1Permissions;
    key.name = body->string(QStringLiteral("label"), true).value_or(QString());
    key.tenantId = body->integer(QStringLiteral("tenantId"));
    key.lifetimeSeconds = body->integer(QStringLiteral("lifetime"));
    auto status = statusFrom(*body);
    if (!body->ok())
        return ProblemDetails::problem(400, body->error());
    if (!status)
        return ProblemDetails::problem(400, status.error());
    if (!labelOk(key.name))
        return ProblemDetails::problem(400,
                                       QStringLiteral("label must contain a non-space character"));
    if (key.lifetimeSeconds && *key.lifetimeSeconds <= 0)
        return ProblemDetails::problem(
            400, QStringLiteral("lifetime must be a positive number of seconds"));
    if (*status == KeyStatus::Deleted)
        return ProblemDetails::problem(400, QStringLiteral("a key cannot be created DELETED"));
    key.status = status->value_or(KeyStatus::Active);
    auto issued = m_services.keys.create(*actor, key);
    if (!issued)
        return ProblemDetails::fromDomain(issued.error());
    return HttpResponse::json(200, ProblemDetails::dto(issued->key, issued->secret));
}

HttpResponse ApiKeyV1Controller::list(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return ProblemDetails::bearerRefused(actor.error());
    auto page = pageFromQuery(request.query);
    if (!page)
        return ProblemDetails::problem(400, page.error());
    auto keys = m_services.keys.list(*actor, {}, *page);
    if (!keys)
        return ProblemDetails::fromDomain(keys.error());
    QJsonArray items;
    for (const ApiKey &key : keys->items)
        items.append(ProblemDetails::dto(key));
    return HttpResponse{200,
                        QByteArrayLiteral("application/json"),
                        QJsonDocument(items).toJson(QJsonDocument::Compact),
                        {}}
        .withHeader("X-Total-Count", QByteArray::number(keys->totalCount));
}

HttpResponse ApiKeyV1Controller::get(const HttpRequest &request) const
{
    auto target = admitWithId(request);
    if (!target)
        return target.error();
    return dtoAnswer(m_services.keys.get(target->actor, target->id), target->id);
}

HttpResponse ApiKeyV1Controller::update(const HttpRequest &request) const
{
    auto target = admitWithId(request);
    if (!target)
        return target.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return ProblemDetails::problem(400, body.error());
    KeyChanges changes;
    changes.name = body->string(QStringLiteral("label"));
    auto status = statusFrom(*body);
    if (!body->ok())
        return ProblemDetails::problem(400, body->error());
    if (!status)
        return ProblemDetails::problem(400, status.error());
    if (changes.name && !labelOk(*changes.name))
        return ProblemDetails::problem(400,
                                       QStringLiteral("label must contain a non-space character"));
    changes.status = *status;
    return dtoAnswer(m_services.keys.update(target->actor, target->id, changes), target->id);
}

HttpResponse ApiKeyV1Controller::remove(const HttpRequest &request) const
{
    auto target = admitWithId(request);
    if (!target)
        return target.error();
    return dtoAnswer(m_services.keys.remove(target->actor, target->id), target->id);
}

} // namespace keyward
