// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>
#include <optional>

namespace keyward {

// Maps method + path to a handler. Patterns are literal segments and `{}`
// placeholders (one non-empty segment each, handed to the handler as
// pathParameters). Literal segments match case-insensitively, as the ASP.NET
// services the documents describe do. Knowing every route lets the server
// tell an unknown path (404) from a wrong method (405).
//
// A route may also have a quick handler: one that answers on the event loop
// that read the request when it can do so without blocking (from memory:
// cached verification, signing, published documents), and says nullopt
// when it cannot; then the handler runs in the worker pool.
class Router {
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using QuickHandler = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    struct Match {
        enum class Kind { Found, NotFound, MethodNotAllowed };
        Kind kind = Kind::NotFound;
        Handler handler;
        QuickHandler quick; // may be empty
        QStringList parameters;
        QList<QByteArray> allowedMethods;
        QString pattern; // the matched route, e.g. /api/ApiKey/getById/{}
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             QuickHandler quick = {});
    // A controller's action as the handler.
    template <typename Controller>
    void add(const QByteArray &method, const QString &pattern, const Controller *controller,
             HttpResponse (Controller::*action)(const HttpRequest &) const)
    {
        add(method, pattern, bound(controller, action));
    }
    // A controller's action that never blocks: it answers on the event loop.
    template <typename Controller>
    void addOnLoop(const QByteArray &method, const QString &pattern, const Controller *controller,
                   HttpResponse (Controller::*action)(const HttpRequest &) const)
    {
        const auto handler = bound(controller, action);
        add(method, pattern, handler,
            [handler](const HttpRequest &request) { return std::optional(handler(request)); });
    }
    // A controller's action with its quick variant.
    template <typename Controller>
    void add(const QByteArray &method, const QString &pattern, const Controller *controller,
             HttpResponse (Controller::*action)(const HttpRequest &) const,
             std::optional<HttpResponse> (Controller::*quick)(const HttpRequest &) const)
    {
        add(method, pattern, bound(controller, action), bound(controller, quick));
    }
    Match match(const QByteArray &method, const QString &path) const;
    // Every (method, pattern) registered, in registration order.
    QList<QPair<QByteArray, QString>> routes() const;

private:
    // The controller's member function as a callable of the request.
    template <typename Controller, typename Answer>
    static auto bound(const Controller *controller,
                      Answer (Controller::*action)(const HttpRequest &) const)
    {
        return [controller, action](const HttpRequest &request) {
            return (controller->*action)(request);
        };
    }

    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        QuickHandler quick;
    };
    static bool matches(const Route &route, const QList<QStringView> &segments,
                        QStringList *parameters);

    QList<Route> m_routes;
};

} // namespace keyward
