// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "RouteTable.h"

#include "OAuth.h"
#include "ProblemDetails.h"
#include "StatusEnvelope.h"
#include "SuccessEnvelope.h"

namespace keyward {

HttpResponse RouteTable::errorForPath(const QString &path, int status, const QString &message,
                                      const QString &detail)
{
    const QString lower = path.toLower();
    if (lower.startsWith(QLatin1String("/api/v1/")) || lower == QLatin1String("/api/v1"))
        return ProblemDetails::problem(status, detail);
    if (lower.startsWith(QLatin1String("/api/clients/")) ||
        lower.startsWith(QLatin1String("/api/auth/")))
        return StatusEnvelope::reply(status, message);
    if (lower.startsWith(QLatin1String("/oauth2/")))
        return OAuth::error(status, QStringLiteral("invalid_request"), detail);
    return SuccessEnvelope::error(status, message, {detail});
}

HttpResponse RouteTable::unknownPath(const QString &path)
{
    return SuccessEnvelope::error(404, QStringLiteral("Not found"),
                                  {QStringLiteral("No endpoint at %1").arg(path)});
}

} // namespace keyward
