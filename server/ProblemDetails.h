// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "domain/AuthService.h"
#include "domain/DomainError.h"
#include "entities/ApiKey.h"

#include <QJsonObject>

namespace keyward {

// The v1 API (seed 004, /api/v1/apikey): RFC 7807 problem details for errors,
// and the ApiKeyDto view with times in epoch seconds.
namespace ProblemDetails {

HttpResponse problem(int status, const QString &detail);
// 401 with a Bearer challenge; error="invalid_token" when one was presented.
HttpResponse unauthorized(bool tokenPresented);
// A bearer token that was not accepted: 401, or 429 for a key over its rate
// limit.
HttpResponse bearerRefused(const AuthService::Refusal &refusal);
HttpResponse fromDomain(const DomainError &error);
// ApiKeyDto; apiKey (the JWT) only when given, i.e. at creation.
QJsonObject dto(const ApiKey &key, const QByteArray &apiKey = {});

} // namespace ProblemDetails

} // namespace keyward
