// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "HttpClient.h"

#include <QNetworkProxy>
#include <QSignalSpy>

namespace keyward {

QByteArray HttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HttpClient::Reply HttpClient::send(const QByteArray &method, const QString &path,
                                   const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("HTTP %s %s timed out", method.constData(), qPrintable(path));
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpClient::Reply HttpClient::post(const QString &path, const QJsonObject &body,
                                   const Headers &headers)
{
    return send("POST", path, headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace keyward
