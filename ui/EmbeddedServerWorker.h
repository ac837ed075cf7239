// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiServer.h"

#include <QObject>

#include <memory>

namespace keyward {

class Services;

// Lives in the embedded server's thread and owns the ApiServer there:
// creates it, listens, and stops and destroys it, all in that thread, as
// QHttpServer requires. Talks to the GUI only through its signals.
class EmbeddedServerWorker : public QObject {
    Q_OBJECT
public:
    explicit EmbeddedServerWorker(const Services &services);
    ~EmbeddedServerWorker() override;

    // Called in the server thread.
    void start(const QHostAddress &address, quint16 port);
    void stop();

signals:
    void listening(quint16 port);
    void failed(const QString &reason);
    void requestFinished(const keyward::ApiServer::RequestRecord &record);

private:
    const Services &m_services;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace keyward
