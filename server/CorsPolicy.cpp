// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CorsPolicy.h"

#include "RouteTable.h"
#include "Router.h"

#include <QUrl>

namespace keyward {

namespace {

// What browsers may send besides the CORS-safelisted headers: the
// credentials, a JSON or form body's type, a request id, JWKS revalidation.
const QByteArray allowedHeaders =
    QByteArrayLiteral("authorization, content-type, x-api-key, x-request-id, if-none-match");
// What scripts may read of an answer beyond the safelisted headers.
const QByteArray exposedHeaders =
    QByteArrayLiteral("etag, retry-after, www-authenticate, x-request-id, x-total-count");

} // namespace

Result<QByteArray, QString> CorsPolicy::origin(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        !(url.path().isEmpty()) || url.hasQuery() || url.hasFragment())
        return QStringLiteral("--cors-origin must be an origin such as https://app.example.com "
                              "(scheme, host and port only; got \"%1\")")
            .arg(text);
    return url.toString(QUrl::FullyEncoded).toLower().toLatin1();
}

CorsPolicy::CorsPolicy(QList<QByteArray> origins)
    : m_origins(std::move(origins))
{}

bool CorsPolicy::isPreflight(const HttpRequest &request)
{
    return request.method == "OPTIONS" && !request.header("origin").isEmpty() &&
           !request.header("access-control-request-method").isEmpty();
}

bool CorsPolicy::isPublicDocument(const QString &path)
{
    // Asked of every answer: compared in place, nothing allocated.
    for (const QLatin1String document : {QLatin1String("/.well-known/jwks.json"),
                                         QLatin1String("/.well-known/oauth-authorization-server"),
                                         QLatin1String("/openapi.json")}) {
        if (path.compare(document, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool CorsPolicy::listed(const QByteArray &origin) const
{
    return m_origins.contains(origin);
}

HttpResponse CorsPolicy::preflight(const HttpRequest &request, const Router &router) const
{
    // No route takes OPTIONS, so the match lists the path's methods.
    const Router::Match match = router.match("OPTIONS", request.path);
    if (match.kind == Router::Match::Kind::NotFound)
        return RouteTable::unknownPath(request.path);
    const QByteArray origin = request.header("origin");
    const bool open = isPublicDocument(request.path);
    if (!open && !listed(origin))
        return RouteTable::errorForPath(
            request.path, 403, QStringLiteral("Forbidden"),
            QStringLiteral("The origin %1 may not call this API from a browser")
                .arg(QString::fromLatin1(origin)));
    QList<QByteArray> methods = match.allowedMethods;
    if (methods.contains("GET"))
        methods.append(QByteArrayLiteral("HEAD"));
    HttpResponse answer{204, {}, {}, {}, 0, false};
    answer.withHeader("Access-Control-Allow-Origin", open ? QByteArrayLiteral("*") : origin)
        .withHeader("Access-Control-Allow-Methods", methods.join(", "))
        .withHeader("Access-Control-Allow-Headers", allowedHeaders)
        .withHeader("Access-Control-Max-Age", "600")
        .withHeader("Vary", "Origin");
    return answer;
}

void CorsPolicy::decorate(const QString &path, const QByteArray &origin,
                          HttpResponse &response) const
{
    if (isPublicDocument(path)) {
        response.withHeader("Access-Control-Allow-Origin", "*")
            .withHeader("Access-Control-Expose-Headers", exposedHeaders);
        return;
    }
    if (m_origins.isEmpty())
        return;
    // The answer differs by Origin whenever origins are listed: caches must
    // keep them apart.
    response.withHeader("Vary", "Origin");
    if (!origin.isEmpty() && listed(origin))
        response.withHeader("Access-Control-Allow-Origin", origin)
            .withHeader("Access-Control-Expose-Headers", exposedHeaders);
}

} // namespace keyward
