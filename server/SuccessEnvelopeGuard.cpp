// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SuccessEnvelopeGuard.h"

#include "SuccessEnvelope.h"

namespace keyward {

Result<Actor, HttpResponse> SuccessEnvelopeGuard::admit(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return SuccessEnvelope::missingApiKey();
    const auto key = m_auth.apiKey(request);
    if (key.outcome != KeyVerifier::Outcome::Accepted)
        return SuccessEnvelope::keyRefused(key);
    auto actor = m_auth.bearer(request);
    if (!actor)
        return SuccessEnvelope::bearerRefused(actor.error());
    if (!actor->isSuperAdmin() && actor->tenantId != key.key->tenantId)
        return SuccessEnvelope::forbidden(QStringLiteral("The API key belongs to another tenant"));
    return actor.value();
}

Result<SuccessEnvelopeGuard::Target, HttpResponse>
SuccessEnvelopeGuard::admitWithId(const HttpRequest &request) const
{
    auto actor = admit(request);
    if (!actor)
        return actor.error();
    const auto id = idFromPath(request.pathParameters.value(0));
    if (!id)
        return SuccessEnvelope::badRequest(QStringLiteral("id must be a positive integer"));
    return Target{*actor, *id};
}

std::optional<qint64> idFromPath(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace keyward
