#include "OpsController.h"

#include "Router.h"
#include "domain/Services.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace keyward {

void OpsController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"),
               [this](const HttpRequest &request) { return health(request); });
}

HttpResponse OpsController::health(const HttpRequest &) const
{
    QSqlQuery probe(m_services.database->connection());
    const bool storeOk = probe.exec(QStringLiteral("SELECT 1")) && probe.next();
    return HttpResponse::json(
        storeOk ? 200 : 503,
        {{QStringLiteral("status"), storeOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
         {QStringLiteral("database"),
          storeOk ? QStringLiteral("ok") : QStringLiteral("unreachable")},
         {QStringLiteral("version"), QStringLiteral(KEYWARD_VERSION)}});
}

} // namespace keyward
