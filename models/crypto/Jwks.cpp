// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Jwks.h"

#include <QJsonArray>

namespace keyward::Jwks {

QJsonObject publish(const QList<SigningKey> &keys)
{
    QJsonArray published;
    for (const SigningKey &key : keys) {
        if (key.isSymmetric())
            continue;
        const QJsonObject jwk = key.publicJwk();
        if (!jwk.isEmpty())
            published.append(jwk);
    }
    return QJsonObject{{QLatin1String("keys"), published}};
}

} // namespace keyward::Jwks
