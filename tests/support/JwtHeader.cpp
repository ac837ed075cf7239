#include "JwtHeader.h"

#include <QJsonDocument>

namespace keyward {

QJsonObject jwtHeader(const QByteArray &token)
{
    const QByteArray header =
        QByteArray::fromBase64(token.split('.').value(0), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(header).object();
}

QString jwtKid(const QByteArray &token)
{
    return jwtHeader(token).value(QStringLiteral("kid")).toString();
}

} // namespace keyward
