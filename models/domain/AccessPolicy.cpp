#include "domain/AccessPolicy.h"

namespace keyward {

namespace {

// What a key's permissions open: `read` lists and reads, `write` changes.
bool scopeAllows(const Actor &actor, AccessPolicy::Operation operation)
{
    return actor.scope.contains(operation == AccessPolicy::Operation::Read
                                    ? QStringLiteral("read")
                                    : QStringLiteral("write"));
}

} // namespace

bool AccessPolicy::allows(const Actor &actor, Area area, Operation operation, qint64 tenantId)
{
    if (actor.isSuperAdmin())
        return true;
    if (actor.tenantId != tenantId)
        return false;
    if (area == Area::Tenants && operation == Operation::Write)
        return false; // creating and changing tenants is for SuperAdmins
    switch (actor.kind) {
    case Actor::Kind::User:
        if (area == Area::Tenants)
            return true; // every member may see their own tenant
        return actor.role && *actor.role == Role::Admin;
    case Actor::Kind::Key:
        return area != Area::Users && scopeAllows(actor, operation);
    case Actor::Kind::Operator:
    case Actor::Kind::System:
        return true;
    }
    return false;
}

} // namespace keyward
