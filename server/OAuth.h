// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "domain/KeyVerifier.h"

#include <QJsonObject>

namespace keyward {

// The OAuth 2.0 endpoints' envelope (RFC 6749 §5): JSON that no cache may
// keep, errors as {"error", "error_description"}.
namespace OAuth {

HttpResponse answer(int status, const QJsonObject &object);
HttpResponse error(int status, const QString &code, const QString &description);
// 401 invalid_client with the challenge of the method the client should use.
HttpResponse invalidClient(const QString &description, const QByteArray &challenge);
// A client whose key was not accepted, by why: invalid_client (401) for an
// unknown, disabled or expired key, unauthorized_client (400) for one that
// lacks `permission` or is used from outside its networks, slow_down (429,
// Retry-After) over its rate limit, temporarily_unavailable (503) when the
// store failed.
HttpResponse clientRefused(const KeyVerifier::Check &check, const QString &permission,
                           const QByteArray &challenge);

} // namespace OAuth

} // namespace keyward
