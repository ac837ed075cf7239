// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/JwtVerifier.h"

#include "crypto/Base64Url.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <optional>

namespace keyward {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString jwtErrorText(JwtError error)
{
    switch (error) {
    case JwtError::Malformed:
        return QStringLiteral("malformed token");
    case JwtError::AlgorithmNotAllowed:
        return QStringLiteral("signature algorithm not allowed");
    case JwtError::UnknownKey:
        return QStringLiteral("missing or unknown key id (kid)");
    case JwtError::BadSignature:
        return QStringLiteral("signature does not verify");
    case JwtError::Expired:
        return QStringLiteral("token expired");
    case JwtError::NotYetValid:
        return QStringLiteral("token not yet valid (nbf)");
    }
    Q_UNREACHABLE();
    return {};
}

JwtVerifier::JwtVerifier(JwtAlgorithm pinned, QList<SigningKey> keys, qint64 leewaySeconds)
    : m_allowed{jwtAlgorithmName(pinned)}
    , m_leewaySeconds(leewaySeconds < 0 ? 0 : leewaySeconds)
{
    for (SigningKey &key : keys) {
        if (key.algorithm() == pinned)
            m_keys.append(std::move(key));
    }
}

JwtVerifier::JwtVerifier(QList<SigningKey> keys, qint64 leewaySeconds)
    : m_keys(std::move(keys))
    , m_leewaySeconds(leewaySeconds < 0 ? 0 : leewaySeconds)
{
    for (const SigningKey &key : m_keys) {
        const QString name = jwtAlgorithmName(key.algorithm());
        if (!m_allowed.contains(name))
            m_allowed.append(name);
    }
}

Result<QJsonObject, JwtError> JwtVerifier::verify(QByteArrayView token,
                                                  qint64 nowEpochSeconds) const
{
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return JwtError::Malformed;
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return JwtError::Malformed;

    const QByteArrayView signingInput = token.first(secondDot);
    const auto headerJson = Base64Url::decode(token.first(firstDot));
    const auto payloadJson =
        Base64Url::decode(token.sliced(firstDot + 1, secondDot - firstDot - 1));
    const auto signature = Base64Url::decode(token.sliced(secondDot + 1));
    if (!headerJson || !payloadJson || !signature)
        return JwtError::Malformed;

    const std::optional<QJsonObject> header = parseObject(*headerJson);
    if (!header)
        return JwtError::Malformed;
    // RFC 7515 4.1.11: extensions we do not implement must make the token invalid.
    if (header->contains(QLatin1String("crit")))
        return JwtError::Malformed;

    const QJsonValue alg = header->value(QLatin1String("alg"));
    if (!alg.isString())
        return JwtError::Malformed;
    if (!m_allowed.contains(alg.toString()))
        return JwtError::AlgorithmNotAllowed;

    const QJsonValue kid = header->value(QLatin1String("kid"));
    if (!kid.isString() || kid.toString().isEmpty())
        return JwtError::UnknownKey;
    const SigningKey *key = nullptr;
    for (const SigningKey &candidate : m_keys) {
        if (candidate.kid() == kid.toString()) {
            key = &candidate;
            break;
        }
    }
    if (!key)
        return JwtError::UnknownKey;
    if (jwtAlgorithmName(key->algorithm()) != alg.toString())
        return JwtError::AlgorithmNotAllowed;

    if (!key->verify(signingInput, *signature))
        return JwtError::BadSignature;

    // Claims are only parsed once the signature proves who wrote them.
    const std::optional<QJsonObject> claims = parseObject(*payloadJson);
    if (!claims)
        return JwtError::Malformed;
    const QJsonValue exp = claims->value(QLatin1String("exp"));
    const QJsonValue nbf = claims->value(QLatin1String("nbf"));
    if (!exp.isDouble() || !(nbf.isUndefined() || nbf.isDouble()))
        return JwtError::Malformed;

    // In double: exp may legally be fractional, and huge values must not overflow.
    const double now = static_cast<double>(nowEpochSeconds);
    const double leeway = static_cast<double>(m_leewaySeconds);
    if (now >= exp.toDouble() + leeway)
        return JwtError::Expired;
    if (nbf.isDouble() && now + leeway < nbf.toDouble())
        return JwtError::NotYetValid;
    return *claims;
}

} // namespace keyward
