#pragma once

#include "HttpResponse.h"

#include <QString>

namespace keyward {

// Which documented family a path belongs to, for answers given before any
// controller runs (404, 405, 413): each family's errors keep their envelope.
namespace RouteTable {

HttpResponse errorForPath(const QString &path, int status, const QString &message,
                          const QString &detail);

} // namespace RouteTable

} // namespace keyward
