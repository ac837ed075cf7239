#include "RouteTable.h"

#include "FamilyA.h"

namespace keyward {

HttpResponse RouteTable::errorForPath(const QString &, int status, const QString &message,
                                      const QString &detail)
{
    return FamilyA::error(status, message, {detail});
}

} // namespace keyward
