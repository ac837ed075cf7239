// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace keyward {

class Router;

// Which browser origins may call the API (the Fetch standard's CORS
// protocol). Listed origins get their preflights answered and
// Access-Control-Allow-Origin on every answer; the documents that hold
// nothing private (JWKS, OAuth metadata, openapi.json) are readable from
// any origin. Credentials travel in headers, never cookies, so no
// Access-Control-Allow-Credentials is needed.
class CorsPolicy {
public:
    // An origin as a browser sends it: scheme://host[:port], lower case,
    // nothing after; or a message saying what is wrong with the text.
    static Result<QByteArray, QString> origin(const QString &text);

    explicit CorsPolicy(QList<QByteArray> origins = {});

    // Whether the request is a CORS preflight (OPTIONS with Origin and
    // Access-Control-Request-Method).
    static bool isPreflight(const HttpRequest &request);
    // Its answer: 204 with the route's methods and the request headers the
    // API reads; 403 for an origin not listed, 404 for an unknown path.
    HttpResponse preflight(const HttpRequest &request, const Router &router) const;
    // Adds what an answer to a request for `path` from `origin` (the Origin
    // header, empty when none) carries.
    void decorate(const QString &path, const QByteArray &origin, HttpResponse &response) const;

private:
    static bool isPublicDocument(const QString &path);
    bool listed(const QByteArray &origin) const;

    QList<QByteArray> m_origins;
};

} // namespace keyward
