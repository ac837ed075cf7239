// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "GuardedTcpServer.h"

namespace keyward {

GuardedTcpServer::GuardedTcpServer(const GuardedSocket::Settings &settings,
                                   ConnectionBudget &budget, GuardedSocket::ErrorBody errorBody,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_budget(budget)
    , m_errorBody(std::move(errorBody))
    , m_batch(new SendBatch(this))
{}

void GuardedTcpServer::closeConnections()
{
    for (GuardedSocket *socket : findChildren<GuardedSocket *>())
        socket->closeAfterAnswers();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_settings, m_errorBody, m_batch, this);
    if (!socket->adopt(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = socket->peerAddress();
    const auto admission = m_budget.admit(address);
    if (admission != ConnectionBudget::Admission::Admitted) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->refuse(503, QStringLiteral("Service unavailable"),
                       admission == ConnectionBudget::Admission::AddressFull
                           ? QStringLiteral("Too many open connections from your address")
                           : QStringLiteral("Too many open connections; try again shortly"));
        return;
    }
    ConnectionBudget &budget = m_budget;
    connect(socket, &QObject::destroyed, socket, [&budget, address] { budget.release(address); });
    addPendingConnection(socket);
}

} // namespace keyward
