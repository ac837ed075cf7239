// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/JwtSigner.h"

#include "crypto/Base64Url.h"

#include <QJsonDocument>

namespace keyward {

JwtSigner::JwtSigner(SigningKey key)
    : m_key(std::move(key))
    , m_jwtHeader(encodedHeader(defaultType))
{}

QByteArray JwtSigner::encodedHeader(QLatin1String type) const
{
    QJsonObject header;
    header.insert(QLatin1String("alg"), jwtAlgorithmName(m_key.algorithm()));
    header.insert(QLatin1String("typ"), type);
    if (!m_key.kid().isEmpty())
        header.insert(QLatin1String("kid"), m_key.kid());
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

QByteArray JwtSigner::sign(const QJsonObject &claims, QLatin1String type) const
{
    return signPayload(QJsonDocument(claims).toJson(QJsonDocument::Compact), type);
}

QByteArray JwtSigner::signPayload(QByteArrayView claimsJson, QLatin1String type) const
{
    QByteArray token = type == defaultType ? m_jwtHeader : encodedHeader(type);
    token += '.';
    token += Base64Url::encode(claimsJson);

    const QByteArray signature = m_key.sign(token);
    if (signature.isEmpty())
        return {};
    token += '.';
    token += Base64Url::encode(signature);
    return token;
}

} // namespace keyward
