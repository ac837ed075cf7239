#include "LiveServer.h"

#include <QJsonArray>

namespace keyward {

QJsonObject familyAFailure(const QString &message, const QString &error)
{
    return {{QStringLiteral("success"), false},
            {QStringLiteral("message"), message},
            {QStringLiteral("errors"), QJsonArray{error}}};
}

} // namespace keyward
