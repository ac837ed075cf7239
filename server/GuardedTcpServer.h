// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConnectionBudget.h"
#include "GuardedSocket.h"
#include "SendBatch.h"

#include <QTcpServer>

namespace keyward {

// The listening socket handed to QHttpServer::bind(): every connection it
// accepts is a GuardedSocket, and past the server's connection budget
// (overall, or for one client address when that cap is set; shared by all
// event loops) a newcomer gets 503 and is closed instead of queueing
// without bound.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const GuardedSocket::Settings &settings, ConnectionBudget &budget,
                     GuardedSocket::ErrorBody errorBody, QObject *parent = nullptr);
    // Every open connection finishes the answers it owes and closes.
    void closeConnections();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    GuardedSocket::Settings m_settings;
    ConnectionBudget &m_budget;
    GuardedSocket::ErrorBody m_errorBody;
    SendBatch *m_batch; // a child: the answers of this loop's connections
};

} // namespace keyward
