// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "RouteTable.h"

#include "FamilyA.h"
#include "FamilyB.h"
#include "FamilyC.h"
#include "OAuth.h"

namespace keyward {

HttpResponse RouteTable::errorForPath(const QString &path, int status, const QString &message,
                                      const QString &detail)
{
    const QString lower = path.toLower();
    if (lower.startsWith(QLatin1String("/api/v1/")) || lower == QLatin1String("/api/v1"))
        return FamilyC::problem(status, detail);
    if (lower.startsWith(QLatin1String("/api/clients/")) ||
        lower.startsWith(QLatin1String("/api/auth/")))
        return FamilyB::reply(status, message);
    if (lower.startsWith(QLatin1String("/oauth2/")))
        return OAuth::error(status, QStringLiteral("invalid_request"), detail);
    return FamilyA::error(status, message, {detail});
}

HttpResponse RouteTable::unknownPath(const QString &path)
{
    return FamilyA::error(404, QStringLiteral("Not found"),
                          {QStringLiteral("No endpoint at %1").arg(path)});
}

} // namespace keyward
