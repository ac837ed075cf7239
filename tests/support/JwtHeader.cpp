// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "JwtHeader.h"

#include <QJsonDocument>

namespace keyward {

namespace {

QJsonObject jwtPart(const QByteArray &token, int part)
{
    const QByteArray json =
        QByteArray::fromBase64(token.split('.').value(part), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QJsonObject jwtHeader(const QByteArray &token)
{
    return jwtPart(token, 0);
}

QJsonObject jwtClaims(const QByteArray &token)
{
    return jwtPart(token, 1);
}

QString jwtKid(const QByteArray &token)
{
    return jwtHeader(token).value(QStringLiteral("kid")).toString();
}

} // namespace keyward
