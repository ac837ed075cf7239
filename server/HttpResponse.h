#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace keyward {

// A response value: status, content type, body and any extra headers. The
// server adds the cross-cutting ones (X-Request-Id) when it writes it.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object,
                             const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        return {status, contentType, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace keyward
