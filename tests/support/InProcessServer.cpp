// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "InProcessServer.h"

namespace keyward {

InProcessServer::InProcessServer(const Services &services, const ApiServer::Settings &settings)
    : m_server(std::make_unique<ApiServer>(services, settings))
{
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        qFatal("test server: %s", qPrintable(port.error()));
    m_port = *port;
    m_client = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

InProcessServer::~InProcessServer()
{
    m_server->stop();
}

bool sameJson(const QJsonObject &actual, const QJsonObject &expected)
{
    if (actual == expected)
        return true;
    qWarning("actual:   %s\nexpected: %s",
             QJsonDocument(actual).toJson(QJsonDocument::Compact).constData(),
             QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
    return false;
}

} // namespace keyward
