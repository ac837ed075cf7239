// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "OpsController.h"

#include "Metrics.h"
#include "PublicUrl.h"
#include "Router.h"
#include "domain/Services.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

void OpsController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), this, &OpsController::health,
               &OpsController::healthQuickly);
    router.addOnLoop("GET", QStringLiteral("/openapi.json"), this, &OpsController::openApi);
    router.addOnLoop("GET", QStringLiteral("/.well-known/jwks.json"), this, &OpsController::jwks);
    router.add("GET", QStringLiteral("/metrics"), this, &OpsController::metrics);
}

HttpResponse OpsController::health(const HttpRequest &) const
{
    const bool storeOk = m_services.storeAnswers();
    m_lastHealthyMs.store(storeOk ? QDateTime::currentMSecsSinceEpoch() : 0);
    return healthAnswer(storeOk);
}

std::optional<HttpResponse> OpsController::healthQuickly(const HttpRequest &) const
{
    if (QDateTime::currentMSecsSinceEpoch() - m_lastHealthyMs.load() >= healthyForMs)
        return std::nullopt;
    return healthAnswer(true);
}

HttpResponse OpsController::healthAnswer(bool storeOk)
{
    // Two fixed answers, made once: a load balancer polling /healthz costs
    // no JSON building.
    static const auto answer = [](bool ok) {
        return HttpResponse::json(
            ok ? 200 : 503,
            {{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")},
             {QStringLiteral("database"),
              ok ? QStringLiteral("ok") : QStringLiteral("unreachable")},
             {QStringLiteral("version"), QStringLiteral(KEYWARD_VERSION)}});
    };
    static const HttpResponse healthy = answer(true);
    static const HttpResponse unhealthy = answer(false);
    return storeOk ? healthy : unhealthy;
}

HttpResponse OpsController::openApi(const HttpRequest &request) const
{
    // The document split where its one server's url goes, which names this
    // server as the client reached it (or as configured).
    static const QByteArray serverUrl = QByteArrayLiteral("\"http://127.0.0.1:8080\"");
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    static const qsizetype split = document.indexOf(serverUrl);
    const auto base = PublicUrl::base(request, m_services.tokens.settings().issuer);
    if (split < 0 || !base)
        return {200, QByteArrayLiteral("application/json"), document, {}, 0, false};
    const QByteArray quoted = QJsonDocument(QJsonArray{*base}).toJson(QJsonDocument::Compact);
    return {200,
            QByteArrayLiteral("application/json"),
            document.left(split) + quoted.mid(1, quoted.size() - 2) +
                document.mid(split + serverUrl.size()),
            {},
            0,
            false};
}

namespace {

// RFC 9110 13.1.2: If-None-Match compares weakly; "*" matches any.
bool noneMatchNames(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

} // namespace

HttpResponse OpsController::jwks(const HttpRequest &request) const
{
    HttpResponse response = HttpResponse::json(200, m_services.signingKeyRing.jwks(),
                                               QByteArrayLiteral("application/jwk-set+json"));
    const QByteArray etag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex().left(32) +
        '"';
    if (noneMatchNames(request.header("if-none-match"), etag)) {
        response.status = 304;
        response.body.clear();
    }
    return response.withHeader("ETag", etag)
        .withHeader("Cache-Control", "max-age=" + QByteArray::number(m_jwksMaxAgeSeconds));
}

HttpResponse OpsController::metrics(const HttpRequest &) const
{
    return {200,
            QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
            m_metrics.exposition(m_services),
            {}};
}

} // namespace keyward
