#pragma once

#include "GuardedSocket.h"

#include <QTcpServer>

namespace keyward {

// The listening socket handed to QHttpServer::bind(): every connection it
// accepts is a GuardedSocket, and past the connection cap a newcomer gets
// 503 and is closed instead of queueing without bound.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const GuardedSocket::Settings &settings, int maxConnections,
                     GuardedSocket::ErrorBody errorBody, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    GuardedSocket::Settings m_settings;
    int m_maxConnections;
    GuardedSocket::ErrorBody m_errorBody;
    int m_open = 0;
};

} // namespace keyward
