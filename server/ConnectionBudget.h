// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace keyward {

// How many connections one server holds open, overall and per client
// address, counted across all its event loops, and whether a newcomer
// still fits. Thread-safe.
class ConnectionBudget {
public:
    struct Caps {
        int maxConnections = 512;
        int maxConnectionsPerAddress = 0; // 0: no cap per address
    };
    enum class Admission { Admitted, ServerFull, AddressFull };

    explicit ConnectionBudget(Caps caps)
        : m_caps(caps)
    {}
    // Counts the connection when it fits; release() it when it closes.
    Admission admit(const QHostAddress &address);
    void release(const QHostAddress &address);
    int openConnections() const;

private:
    const Caps m_caps;
    mutable QMutex m_mutex;
    int m_open = 0;
    QHash<QHostAddress, int> m_openByAddress;
};

} // namespace keyward
