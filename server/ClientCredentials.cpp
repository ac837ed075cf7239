// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClientCredentials.h"

#include "Challenge.h"
#include "FormBody.h"
#include "OAuth.h"

namespace keyward {

namespace {

qint64 keyIdOf(const QString &clientId)
{
    bool ok = false;
    const qint64 id = clientId.toLongLong(&ok);
    return ok && id > 0 && clientId == QString::number(id) ? id : 0;
}

// RFC 7617 with RFC 6749 §2.3.1's form encoding of both halves.
std::optional<ClientCredentials> fromBasic(const QByteArray &encoded)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const auto clientId = FormBody::decode(decoded.decoded.left(colon));
    const auto secret = FormBody::decode(decoded.decoded.mid(colon + 1));
    if (!clientId || !secret)
        return std::nullopt;
    return ClientCredentials{ClientCredentials::Method::Basic, keyIdOf(*clientId),
                             secret->toUtf8()};
}

} // namespace

Result<ClientCredentials, HttpResponse>
ClientCredentials::presented(const HttpRequest &request, const QHash<QString, QString> &form,
                             bool apiKeyHeaderAllowed)
{
    const QByteArray authorization = request.header("authorization");
    const bool basic = authorization.size() > 6 &&
                       authorization.first(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    const bool post = form.contains(QStringLiteral("client_secret"));
    const bool apiKey = apiKeyHeaderAllowed && !request.header("x-api-key").isEmpty();
    if (int(basic) + int(post) + int(apiKey) > 1)
        return OAuth::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("use one client authentication method"));
    if (basic) {
        if (auto credentials = fromBasic(authorization.mid(6).trimmed()))
            return *credentials;
        return OAuth::invalidClient(QStringLiteral("malformed HTTP Basic credentials"),
                                    Challenge::basic());
    }
    if (post) {
        if (!form.contains(QStringLiteral("client_id")))
            return OAuth::invalidClient(QStringLiteral("client_id is required with client_secret"),
                                        Challenge::basic());
        return ClientCredentials{Method::Post, keyIdOf(form.value(QStringLiteral("client_id"))),
                                 form.value(QStringLiteral("client_secret")).toUtf8()};
    }
    if (apiKey)
        return ClientCredentials{Method::ApiKeyHeader, std::nullopt, request.header("x-api-key")};
    return OAuth::invalidClient(QStringLiteral("client authentication is required"),
                                Challenge::basic());
}

QByteArray ClientCredentials::challenge() const
{
    return method == Method::ApiKeyHeader ? Challenge::apiKey() : Challenge::basic();
}

} // namespace keyward
