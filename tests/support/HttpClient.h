// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace keyward {

// A blocking HTTP client for a server on this machine (no proxy): requests go
// over a socket exactly as a user's would, and each call waits for its answer.
class HttpClient {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QString baseUrl);

    const QString &baseUrl() const { return m_baseUrl; }
    // A JSON body is labelled application/json unless the headers say otherwise.
    Reply send(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {});
    Reply get(const QString &path, const Headers &headers = {})
    {
        return send("GET", path, headers);
    }
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {});

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace keyward
