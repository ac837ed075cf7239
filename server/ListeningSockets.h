// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QHostAddress>

#include <vector>

namespace keyward {

// Listening sockets on one address and port, one per event loop, each
// opened with SO_REUSEPORT so that every loop accepts on its own and the
// kernel spreads new connections among them. A port someone else holds is
// refused (a probe without SO_REUSEPORT binds first), so a second server
// started on the same port fails instead of quietly sharing it.
class ListeningSockets {
public:
    ListeningSockets() = default;
    ListeningSockets(const ListeningSockets &) = delete;
    ListeningSockets &operator=(const ListeningSockets &) = delete;
    ListeningSockets(ListeningSockets &&other) noexcept;
    ListeningSockets &operator=(ListeningSockets &&other) noexcept;
    // Closes any descriptor not taken.
    ~ListeningSockets();

    // `count` sockets on address:port (port 0: one free port for all of
    // them), or why not.
    static Result<ListeningSockets, QString> open(const QHostAddress &address, quint16 port,
                                                  int count);

    quint16 port() const { return m_port; }
    int count() const { return int(m_descriptors.size()); }
    // Hands over the i-th descriptor; the caller closes it from then on.
    qintptr take(int i);

private:
    void closeAll();

    std::vector<qintptr> m_descriptors;
    quint16 m_port = 0;
};

} // namespace keyward
