// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FreshStoreServer.h" // successEnvelopeFailure
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "TestServices.h"

#include <QJsonObject>

namespace keyward {

// A controller's handler called the way the router calls it, with no socket,
// server or router between: the test builds the HttpRequest (headers in
// lower case, path parameters already matched) and reads the HttpResponse.
class ControllerCall {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ControllerCall(TestServices &test)
        : m_test(test)
    {}

    // A request from 127.0.0.1 with these headers, JSON body and {} segments.
    static HttpRequest request(const QByteArray &method, const QString &path,
                               const Headers &headers = {}, const QJsonObject &body = {},
                               const QStringList &pathParameters = {});
    // The success-envelope API's credentials of tenant 1's SuperAdmin: its
    // tenant key and a bearer token.
    Headers superAdmin();
    // A bearer token alone, as the status-envelope and v1 APIs take it.
    Headers bearer(const QString &email);

private:
    TestServices &m_test;
};

// The response body as a JSON object (empty when it is not one).
QJsonObject bodyOf(const HttpResponse &response);

} // namespace keyward
