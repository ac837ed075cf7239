// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace keyward {

// Parses and matches a key's allowed networks ("10.0.0.0/8, 2001:db8::1").
// The domain decides *when* the allow-list applies; the implementation, which
// needs QtNetwork's QHostAddress, is provided by the layer that has it
// (server/SubnetAllowList), keeping models free of QtNetwork.
class NetworkAllowList {
public:
    virtual ~NetworkAllowList() = default;
    // The first entry that is neither an IP address nor a CIDR range.
    virtual std::optional<QString> invalidEntry(const QString &networks) const = 0;
    // Canonical, comma-separated form of valid input ("10.0.0.0/8,::1").
    virtual QString normalized(const QString &networks) const = 0;
    // Whether the client address lies in one of the networks. An empty
    // allow-list allows every address.
    virtual bool allows(const QString &networks, const QString &clientAddress) const = 0;
};

} // namespace keyward
