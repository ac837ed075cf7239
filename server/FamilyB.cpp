#include "FamilyB.h"

#include <QJsonObject>

namespace keyward {

HttpResponse FamilyB::reply(int status, const QString &message, const QJsonValue &data)
{
    return HttpResponse::json(status, {{QStringLiteral("status"), status},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("data"), data}});
}

HttpResponse FamilyB::invalidJwt()
{
    return reply(401, QStringLiteral("Invalid JWT token"));
}

HttpResponse FamilyB::fromDomain(const DomainError &error, const QString &notFoundMessage)
{
    switch (error.code) {
    case DomainError::Code::InvalidInput:
        return reply(400, error.detail);
    case DomainError::Code::NotFound:
        return reply(404, notFoundMessage);
    case DomainError::Code::Forbidden:
        return reply(403, QStringLiteral("Forbidden"));
    case DomainError::Code::Conflict:
        return reply(409, error.detail);
    case DomainError::Code::Unavailable:
        return reply(500, QStringLiteral("Internal server error"));
    }
    Q_UNREACHABLE();
}

} // namespace keyward
