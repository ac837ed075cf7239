// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedServerWorker.h"

namespace keyward {

EmbeddedServerWorker::EmbeddedServerWorker(const Services &services)
    : m_services(services)
{}

EmbeddedServerWorker::~EmbeddedServerWorker()
{
    Q_ASSERT_X(!m_server, "EmbeddedServerWorker",
               "stop() must run in the server thread before destruction");
}

void EmbeddedServerWorker::start(const QHostAddress &address, quint16 port)
{
    if (m_server)
        return;
    auto server = std::make_unique<ApiServer>(m_services, ApiServer::Settings{});
    auto bound = server->listen(address, port);
    if (!bound) {
        emit failed(bound.error());
        return;
    }
    connect(server.get(), &ApiServer::requestFinished, this,
            &EmbeddedServerWorker::requestFinished);
    m_server = std::move(server);
    emit listening(bound.value());
}

void EmbeddedServerWorker::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
}

} // namespace keyward
