#pragma once

#include "domain/Actor.h"

namespace keyward {

// Who may read or change what, in one place for every API family, the CLI
// and the GUI. Tenant isolation lives here: apart from SuperAdmins and the
// local operator, an actor only ever reaches its own tenant.
class AccessPolicy {
public:
    enum class Area { Keys, Users, Tenants };
    enum class Operation { Read, Write };

    static bool allows(const Actor &actor, Area area, Operation operation, qint64 tenantId);
};

} // namespace keyward
