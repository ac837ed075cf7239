// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "domain/AuthService.h"
#include "domain/DomainError.h"
#include "domain/KeyVerifier.h"
#include "domain/TenantService.h"

#include <QJsonValue>
#include <QStringList>

namespace keyward {

// The success envelope (seeds 000-002): {success, data, message} on success,
// {success, message, errors} on failure, with the documents' exact messages.
// Every answer of the success-envelope API is built here.
namespace SuccessEnvelope {

HttpResponse ok(const QJsonValue &data, const QString &message, int status = 200);
// ok() with a token as its data and "Token generated successfully".
HttpResponse tokenGenerated(const QByteArray &token);
HttpResponse error(int status, const QString &message, const QStringList &errors);

HttpResponse missingApiKey();
// 401 with a Bearer challenge; error="invalid_token" when one was presented.
HttpResponse invalidJwt(bool tokenPresented);
HttpResponse forbidden(const QString &why);
HttpResponse badRequest(const QString &why);
// A bearer token that was not accepted: 401 as seed 002, 429 for a key over
// its rate limit.
HttpResponse bearerRefused(const AuthService::Refusal &refusal);
// What seed 000 answers for an x-api-key that was not accepted.
HttpResponse keyRefused(const KeyVerifier::Check &check);
// A login (POST /api/Token/generate) that was not accepted: 401, 429 while
// throttled (held a second before it is sent).
HttpResponse loginRefused(const AuthService::Refusal &refusal);
// Seed 001's answers when tenant tenantId's key cannot be discovered.
HttpResponse discoveryRefused(TenantService::DiscoveryFailure failure, qint64 tenantId);
// A domain refusal; notFoundMessage is the resource's own 404 message
// ("API Key not found", "Tenant not found", ...).
HttpResponse fromDomain(const DomainError &error, const QString &notFoundMessage);

// A domain outcome as the success-envelope API's answer: the value shown through `view`
// with `message`, or the refusal.
template <typename T, typename View>
HttpResponse answer(const Outcome<T> &outcome, View view, const QString &message,
                    const QString &notFoundMessage)
{
    if (!outcome)
        return fromDomain(outcome.error(), notFoundMessage);
    return ok(view(*outcome), message);
}

} // namespace SuccessEnvelope

} // namespace keyward
