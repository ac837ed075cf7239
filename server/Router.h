#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>

namespace keyward {

// Maps method + path to a handler. Patterns are literal segments and `{}`
// placeholders (one non-empty segment each, handed to the handler as
// pathParameters). Literal segments match case-insensitively, as the ASP.NET
// services the documents describe do. Knowing every route lets the server
// tell an unknown path (404) from a wrong method (405).
class Router {
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Match {
        enum class Kind { Found, NotFound, MethodNotAllowed };
        Kind kind = Kind::NotFound;
        Handler handler;
        QStringList parameters;
        QList<QByteArray> allowedMethods;
        QString pattern; // the matched route, e.g. /api/ApiKey/getById/{}
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // A controller's action as the handler.
    template <typename Controller>
    void add(const QByteArray &method, const QString &pattern, const Controller *controller,
             HttpResponse (Controller::*action)(const HttpRequest &) const)
    {
        add(method, pattern, [controller, action](const HttpRequest &request) {
            return (controller->*action)(request);
        });
    }
    Match match(const QByteArray &method, const QString &path) const;
    // Every (method, pattern) registered, in registration order.
    QList<QPair<QByteArray, QString>> routes() const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *parameters);

    QList<Route> m_routes;
};

} // namespace keyward
