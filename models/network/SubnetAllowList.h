// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/NetworkAllowList.h"

namespace keyward {

// NetworkAllowList on QHostAddress: entries are IPv4/IPv6 addresses or CIDR
// ranges, separated by commas, whitespace around them ignored. IPv4-mapped
// IPv6 client addresses (::ffff:a.b.c.d) match IPv4 entries.
class SubnetAllowList final : public NetworkAllowList {
public:
    std::optional<QString> invalidEntry(const QString &networks) const override;
    QString normalized(const QString &networks) const override;
    bool allows(const QString &networks, const QString &clientAddress) const override;
};

} // namespace keyward
