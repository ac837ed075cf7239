#pragma once

#include "GuardedSocket.h"

#include <QHash>
#include <QTcpServer>

namespace keyward {

// The listening socket handed to QHttpServer::bind(): every connection it
// accepts is a GuardedSocket, and past the connection cap (overall, or for
// one client address when that cap is set) a newcomer gets 503 and is
// closed instead of queueing without bound.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Caps {
        int maxConnections = 512;
        int maxConnectionsPerAddress = 0; // 0: no cap per address
    };
    GuardedTcpServer(const GuardedSocket::Settings &settings, Caps caps,
                     GuardedSocket::ErrorBody errorBody, QObject *parent = nullptr);
    int openConnections() const { return m_open; }
    // Every open connection finishes the answers it owes and closes.
    void closeConnections();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    GuardedSocket::Settings m_settings;
    Caps m_caps;
    GuardedSocket::ErrorBody m_errorBody;
    int m_open = 0;
    QHash<QHostAddress, int> m_openByAddress;
};

} // namespace keyward
