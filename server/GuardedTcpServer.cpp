#include "GuardedTcpServer.h"

namespace keyward {

GuardedTcpServer::GuardedTcpServer(const GuardedSocket::Settings &settings, int maxConnections,
                                   GuardedSocket::ErrorBody errorBody, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_maxConnections(maxConnections)
    , m_errorBody(std::move(errorBody))
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new GuardedSocket(m_settings, m_errorBody, this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->refuse(503, QStringLiteral("Service unavailable"),
                       QStringLiteral("Too many open connections; try again shortly"));
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    addPendingConnection(socket);
}

} // namespace keyward
