// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "domain/AuthService.h"
#include "domain/DomainError.h"

#include <QJsonValue>

namespace keyward {

// The status envelope (seed 003): {status, message, data}, where status
// repeats the HTTP status and data is null on errors.
namespace StatusEnvelope {

HttpResponse reply(int status, const QString &message, const QJsonValue &data = QJsonValue::Null);
// 401 with a Bearer challenge; error="invalid_token" when one was presented.
HttpResponse invalidJwt(bool tokenPresented);
// A bearer token that was not accepted: 401 "Invalid JWT token", 429 for a
// key over its rate limit.
HttpResponse bearerRefused(const AuthService::Refusal &refusal);
// A login (POST /api/auth/login) that was not accepted: 401, 429 while
// throttled (held a second before it is sent).
HttpResponse loginRefused(const AuthService::Refusal &refusal);
HttpResponse fromDomain(const DomainError &error, const QString &notFoundMessage);

} // namespace StatusEnvelope

} // namespace keyward
