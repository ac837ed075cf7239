// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiServer.h"
#include "HttpClient.h"

namespace keyward {

// A real ApiServer on a free loopback port and an HttpClient for it:
// requests go over a socket exactly as a user's would.
class InProcessServer {
public:
    using Reply = HttpClient::Reply;
    using Headers = HttpClient::Headers;

    explicit InProcessServer(const Services &services, const ApiServer::Settings &settings = {});
    ~InProcessServer();

    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_client->baseUrl(); }
    ApiServer &server() { return *m_server; }
    Reply send(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {})
    {
        return m_client->send(method, path, headers, body);
    }
    Reply get(const QString &path, const Headers &headers = {})
    {
        return m_client->get(path, headers);
    }
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return m_client->post(path, body, headers);
    }

private:
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<HttpClient> m_client;
};

// Compares a whole JSON body and prints both sides when they differ.
bool sameJson(const QJsonObject &actual, const QJsonObject &expected);

} // namespace keyward
