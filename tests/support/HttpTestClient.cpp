#include "HttpTestClient.h"

#include <QBuffer>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace keyward {

QByteArray HttpTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTestClient::HttpTestClient(const Services &services, const ApiServer::Settings &settings)
    : m_server(std::make_unique<ApiServer>(services, settings))
{
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        qFatal("test server: %s", qPrintable(port.error()));
    m_port = *port;
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HttpTestClient::~HttpTestClient()
{
    m_server->stop();
}

QString HttpTestClient::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

HttpTestClient::Reply HttpTestClient::send(const QByteArray &method, const QString &path,
                                           const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
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

HttpTestClient::Reply HttpTestClient::post(const QString &path, const QJsonObject &body,
                                           const Headers &headers)
{
    return send("POST", path, headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
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
