// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "OAuth.h"

namespace keyward {

HttpResponse OAuth::answer(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, object)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

HttpResponse OAuth::error(int status, const QString &code, const QString &description)
{
    return answer(status, {{QStringLiteral("error"), code},
                           {QStringLiteral("error_description"), description}});
}

HttpResponse OAuth::invalidClient(const QString &description, const QByteArray &challenge)
{
    return error(401, QStringLiteral("invalid_client"), description)
        .withHeader("WWW-Authenticate", challenge);
}

HttpResponse OAuth::clientRefused(const KeyVerifier::Check &check, const QString &permission,
                                  const QByteArray &challenge)
{
    using Outcome = KeyVerifier::Outcome;
    // In words for people, naming the permission the grant needs.
    const QString why = KeyVerifier::explain(check, {QString(), permission}).text();
    switch (check.outcome) {
    case Outcome::Accepted:
        break;
    case Outcome::Unknown:
        return invalidClient(QStringLiteral("client authentication failed"), challenge);
    case Outcome::Inactive:
    case Outcome::TenantInactive:
    case Outcome::Expired:
    case Outcome::OutsideTimeWindow:
        return invalidClient(why, challenge);
    case Outcome::PermissionDenied:
    case Outcome::AddressNotAllowed:
        return error(400, QStringLiteral("unauthorized_client"), why);
    case Outcome::RateLimited:
        return error(429, QStringLiteral("slow_down"), why)
            .withHeader("Retry-After", QByteArray::number(check.retryAfterSeconds));
    case Outcome::Unavailable:
        return error(503, QStringLiteral("temporarily_unavailable"), why);
    }
    Q_UNREACHABLE();
}

} // namespace keyward
