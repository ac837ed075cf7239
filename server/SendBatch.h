// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace keyward {

class GuardedSocket;

// The answers one event loop has ready, sent together once the loop has
// handled everything that woke it (the next turn of the loop), instead of
// one send per answer as each is made. A client with many connections is
// then woken once for a batch of answers rather than once per answer; an
// answer waits at most for the requests read with it. One per loop thread.
class SendBatch : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // `socket` has output to send with the batch.
    void add(GuardedSocket *socket);

private:
    void sendAll();

    QList<QPointer<GuardedSocket>> m_sockets;
    bool m_posted = false;
};

} // namespace keyward
