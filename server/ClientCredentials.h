// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QHash>

#include <optional>

namespace keyward {

// How an OAuth 2.0 client authenticates (RFC 6749 §2.3.1): HTTP Basic with
// the client id and secret form-encoded as user and password
// (client_secret_basic), or client_id and client_secret in the form
// (client_secret_post); where a route allows it, the x-api-key header
// alone. A client id is a key's id as the API shows it.
struct ClientCredentials {
    enum class Method { Basic, Post, ApiKeyHeader };
    Method method = Method::Basic;
    std::optional<qint64> keyId; // none with x-api-key
    QByteArray secret;

    // The credentials a request presents, or the OAuth error to answer:
    // none at all or a malformed Basic header is invalid_client (401), two
    // methods at once invalid_request (400). A client id that is no key id
    // is kept as 0, which no key has, so it fails like a wrong secret.
    static Result<ClientCredentials, HttpResponse> presented(const HttpRequest &request,
                                                             const QHash<QString, QString> &form,
                                                             bool apiKeyHeaderAllowed);
    // The challenge a refusal of this method answers with.
    QByteArray challenge() const;
};

} // namespace keyward
