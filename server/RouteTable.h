// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"

#include <QString>

namespace keyward {

// Which documented family a path belongs to, for answers given before any
// controller runs (405, 413, 503): each family's errors keep their envelope.
// An unknown path belongs to no family; the contract answers it in family
// A's envelope.
namespace RouteTable {

HttpResponse errorForPath(const QString &path, int status, const QString &message,
                          const QString &detail);
HttpResponse unknownPath(const QString &path);

} // namespace RouteTable

} // namespace keyward
