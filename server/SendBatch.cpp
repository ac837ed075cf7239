// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SendBatch.h"

#include "GuardedSocket.h"

namespace keyward {

void SendBatch::add(GuardedSocket *socket)
{
    m_sockets.append(socket);
    if (m_posted)
        return;
    m_posted = true;
    // Posted now, run on the loop's next turn: after the socket
    // notifications being handled in this one.
    QMetaObject::invokeMethod(this, &SendBatch::sendAll, Qt::QueuedConnection);
}

void SendBatch::sendAll()
{
    m_posted = false;
    const QList<QPointer<GuardedSocket>> sockets = std::exchange(m_sockets, {});
    for (const QPointer<GuardedSocket> &socket : sockets) {
        if (socket)
            socket->sendBatched();
    }
}

} // namespace keyward
