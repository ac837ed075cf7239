// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ControllerCall.h"

#include <QJsonDocument>

namespace keyward {

HttpRequest ControllerCall::request(const QByteArray &method, const QString &path,
                                    const Headers &headers, const QJsonObject &body,
                                    const QStringList &pathParameters)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    for (const auto &[name, value] : headers)
        request.headers.insert(name.toLower(), value);
    if (!body.isEmpty()) {
        request.headers.insert("content-type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    request.clientAddress = QStringLiteral("127.0.0.1");
    request.requestId = QStringLiteral("controller-test");
    request.pathParameters = pathParameters;
    return request;
}

ControllerCall::Headers ControllerCall::superAdmin()
{
    return {{"x-api-key", m_test.tenantKey(1)},
            {"authorization", "Bearer " + m_test.userToken(TestServices::adminEmail)}};
}

ControllerCall::Headers ControllerCall::bearer(const QString &email)
{
    return {{"authorization", "Bearer " + m_test.userToken(email)}};
}

QJsonObject bodyOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace keyward
