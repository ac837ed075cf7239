#pragma once

#include "ApiServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace keyward {

// A real ApiServer on a free loopback port and a client for it: requests go
// over a socket exactly as a user's would.
class HttpTestClient {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpTestClient(const Services &services, const ApiServer::Settings &settings = {});
    ~HttpTestClient();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    ApiServer &server() { return *m_server; }
    Reply send(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {});
    Reply get(const QString &path, const Headers &headers = {})
    {
        return send("GET", path, headers);
    }
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {});

private:
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

// Compares a whole JSON body and prints both sides when they differ.
bool sameJson(const QJsonObject &actual, const QJsonObject &expected);

} // namespace keyward
