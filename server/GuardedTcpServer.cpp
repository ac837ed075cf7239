#include "GuardedTcpServer.h"

namespace keyward {

GuardedTcpServer::GuardedTcpServer(const GuardedSocket::Settings &settings, Caps caps,
                                   GuardedSocket::ErrorBody errorBody, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_caps(caps)
    , m_errorBody(std::move(errorBody))
{}

void GuardedTcpServer::closeConnections()
{
    for (GuardedSocket *socket : findChildren<GuardedSocket *>())
        socket->closeAfterAnswers();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_settings, m_errorBody, this);
    if (!socket->adopt(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = socket->peerAddress();
    const bool addressFull = m_caps.maxConnectionsPerAddress > 0 &&
                             m_openByAddress.value(address) >= m_caps.maxConnectionsPerAddress;
    if (m_open >= m_caps.maxConnections || addressFull) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->refuse(503, QStringLiteral("Service unavailable"),
                       addressFull
                           ? QStringLiteral("Too many open connections from your address")
                           : QStringLiteral("Too many open connections; try again shortly"));
        return;
    }
    ++m_open;
    ++m_openByAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_open;
        if (--m_openByAddress[address] <= 0)
            m_openByAddress.remove(address);
    });
    addPendingConnection(socket);
}

} // namespace keyward
