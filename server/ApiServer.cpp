// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ApiServer.h"

#include "ApiKeyController.h"
#include "ApiKeyV1Controller.h"
#include "ClientsController.h"
#include "ConnectionBudget.h"
#include "ListeningSockets.h"
#include "LogRedaction.h"
#include "OAuthController.h"
#include "OpsController.h"
#include "ResponseQueue.h"
#include "RouteTable.h"
#include "ServingLoop.h"
#include "TenantController.h"
#include "TokenController.h"
#include "UserController.h"
#include "crypto/RandomUuid.h"
#include "network/SubnetAllowList.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace keyward {

Q_LOGGING_CATEGORY(lcAccess, "keyward.access")

namespace {

QByteArray methodName(const QHttpServerRequest &request)
{
    const auto meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(meta.valueToKey(int(request.method()))).toUpper();
}

// A client's X-Request-Id is echoed only when it is a plain token, so it
// cannot smuggle anything into headers or logs.
QString requestIdFor(const QHttpServerRequest &request)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString given =
        QString::fromLatin1(request.value(QByteArrayLiteral("X-Request-Id")).trimmed());
    if (!given.isEmpty() && plain.match(given).hasMatch())
        return given;
    return randomUuid().toString(QUuid::WithoutBraces);
}

QString unmapped(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : address.toString();
}

// The client is the socket's peer, unless that peer is a trusted proxy:
// then the right-most X-Forwarded-For entry that is not itself a trusted
// proxy (entries further left are the client's own claims).
QString clientAddressOf(const QHttpServerRequest &request, const QString &trustedProxies)
{
    static const SubnetAllowList networks;
    QString client = unmapped(request.remoteAddress());
    if (trustedProxies.isEmpty() || !networks.allows(trustedProxies, client))
        return client;
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break;
        client = unmapped(address);
        if (!networks.allows(trustedProxies, client))
            break;
    }
    return client;
}

HttpRequest toHttpRequest(const QHttpServerRequest &request, const QString &trustedProxies)
{
    HttpRequest parsed;
    parsed.method = methodName(request);
    parsed.path = request.url().path();
    parsed.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        const QByteArray key = name.toLower();
        const auto existing = parsed.headers.constFind(key);
        parsed.headers.insert(key,
                              existing == parsed.headers.cend() ? value : *existing + ", " + value);
    }
    parsed.body = request.body();
    parsed.clientAddress = clientAddressOf(request, trustedProxies);
    parsed.requestId = requestIdFor(request);
    return parsed;
}

} // namespace

ApiServer::ApiServer(const Services &services, Settings settings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
    , m_cors(m_settings.corsOrigins)
    , m_budget(std::make_unique<ConnectionBudget>(
          ConnectionBudget::Caps{m_settings.maxConnections, m_settings.maxConnectionsPerAddress}))
{
    // A list of no entries (",", " ") trusts no proxy; it must never read
    // as "no restriction".
    m_settings.trustedProxies = SubnetAllowList().normalized(m_settings.trustedProxies);
    keepSecretsOutOfLogs();
    m_workers.setMaxThreadCount(qMax(1, m_settings.workerThreads));
    m_workers.setExpiryTimeout(-1); // keep threads, and their database connections
    m_controllers.emplace_back(
        new OpsController(services, m_metrics, m_settings.jwksMaxAgeSeconds));
    m_controllers.emplace_back(new TokenController(services));
    m_controllers.emplace_back(new ApiKeyController(services));
    m_controllers.emplace_back(new TenantController(services));
    m_controllers.emplace_back(new UserController(services));
    m_controllers.emplace_back(new ClientsController(services));
    m_controllers.emplace_back(new ApiKeyV1Controller(services));
    m_controllers.emplace_back(new OAuthController(services));
    for (const auto &controller : m_controllers)
        controller->addRoutes(m_router);
}

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16, QString> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_listening)
        return QStringLiteral("already listening");
    GuardedSocket::Settings guard;
    guard.limits = {m_settings.maxHeaderFields, m_settings.maxHeaderBytes, m_settings.maxBodyBytes};
    guard.requestTimeoutMs = m_settings.requestTimeoutMs;
    guard.idleTimeoutMs = m_settings.idleTimeoutMs;
    guard.maxPipelinedRequests = m_settings.maxPipelinedRequests;
    guard.maxUnsentBytes = m_settings.maxUnsentBytes;
    guard.maxLifetimeMs = m_settings.maxConnectionLifetimeMs;
    const int loops =
        m_settings.eventLoops > 0 ? m_settings.eventLoops : qMax(1, QThread::idealThreadCount());
    auto sockets = ListeningSockets::open(address, port, loops);
    if (!sockets)
        return sockets.error();
    for (int i = 0; i < loops; ++i) {
        auto loop = std::make_unique<ServingLoop>(
            i, guard, *m_budget,
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                   QObject *context) { dispatch(request, std::move(responder), context); });
        const bool started = loop->start(sockets->take(i));
        m_loops.push_back(std::move(loop));
        if (!started) {
            stop();
            return QStringLiteral("cannot listen on %1:%2: the socket cannot be adopted")
                .arg(address.toString())
                .arg(port);
        }
    }
    m_stopping = false;
    m_listening = true;
    return sockets->port();
}

bool ApiServer::hasUnfinishedWork() const
{
    if (m_workers.activeThreadCount() > 0)
        return true;
    return std::any_of(m_loops.cbegin(), m_loops.cend(),
                       [](const auto &loop) { return loop->hasUnfinishedWork(); });
}

void ApiServer::stop()
{
    for (const auto &loop : m_loops)
        loop->closeConnections();
    m_stopping = true;
    m_listening = false;
    // In-flight handlers finish and their answers go out from their loops;
    // requests that arrive meanwhile are turned away (see dispatch).
    QDeadlineTimer deadline(10000);
    while (hasUnfinishedWork() && !deadline.hasExpired())
        m_workers.waitForDone(5);
    m_workers.waitForDone();
    m_loops.clear(); // each stops its thread
}

void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                         QObject *loop)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest parsed = toHttpRequest(request, m_settings.trustedProxies);
    // Logged as received (percent-encoded), so no client can forge a log line.
    const QString loggedPath = loggable(request.url().path(QUrl::FullyEncoded));
    // Gone when the client closes before its answer is ready.
    QPointer<ResponseQueue> queue = ResponseQueue::of(responder.socket());
    const quint64 ticket = queue->reserve(std::move(responder));
    // HEAD is GET without the body (RFC 9110 §9.3.2): every GET route takes it.
    const bool head = parsed.method == "HEAD";
    Router::Match match =
        m_router.match(head ? QByteArrayLiteral("GET") : parsed.method, parsed.path);
    if (match.allowedMethods.contains("GET"))
        match.allowedMethods.append(QByteArrayLiteral("HEAD"));
    const QString route = match.pattern.isEmpty() ? QStringLiteral("unmatched") : match.pattern;
    auto finish = [this, queue, ticket, timer, route, head, method = parsed.method,
                   path = loggedPath, requestId = parsed.requestId, routePath = parsed.path,
                   origin = parsed.header("origin")](HttpResponse response) {
        response.headersOnly = head;
        if (!response.hasHeader("Access-Control-Allow-Origin"))
            m_cors.decorate(routePath, origin, response);
        response.withHeader("X-Request-Id", requestId.toLatin1());
        if (!response.hasHeader("Cache-Control"))
            response.withHeader("Cache-Control", "no-store");
        const RequestRecord record{method, path, response.status, timer.elapsed(), requestId};
        m_metrics.recordRequest(method, route, response.status, timer.nsecsElapsed());
        if (queue && response.holdMs > 0) {
            QTimer::singleShot(response.holdMs, queue.data(), [queue, ticket, response]() mutable {
                queue->complete(ticket, std::move(response));
            });
        } else if (queue) {
            queue->complete(ticket, std::move(response));
        }
        qCInfo(lcAccess, "%s %s %d %lldms %s", method.constData(), qPrintable(path), record.status,
               record.elapsedMs, qPrintable(requestId));
        emit requestFinished(record);
    };

    if (m_stopping)
        return finish(RouteTable::errorForPath(parsed.path, 503,
                                               QStringLiteral("Service unavailable"),
                                               QStringLiteral("The server is shutting down")));
    if (CorsPolicy::isPreflight(parsed))
        return finish(m_cors.preflight(parsed, m_router));
    if (match.kind == Router::Match::Kind::NotFound)
        return finish(RouteTable::unknownPath(parsed.path));
    if (match.kind == Router::Match::Kind::MethodNotAllowed) {
        HttpResponse refused =
            RouteTable::errorForPath(parsed.path, 405, QStringLiteral("Method not allowed"),
                                     QStringLiteral("%1 is not allowed on %2")
                                         .arg(QString::fromLatin1(parsed.method), parsed.path));
        return finish(refused.withHeader("Allow", match.allowedMethods.join(", ")));
    }
    parsed.pathParameters = match.parameters;
    if (match.quick) {
        if (auto answer = match.quick(parsed))
            return finish(std::move(*answer));
    }
    // The answer goes back to its loop as a queued call. Not QFuture::then:
    // Qt 6.4's then(context) runs its continuation a second time when the
    // work finishes while the continuation is being attached, and that
    // second run crashes the loop (QFutureInterfaceBase::reportStarted on a
    // moved-from promise; seen within a minute of cache-miss load).
    m_workers.start([handler = std::move(match.handler), parsed = std::move(parsed), loop,
                     finish = std::move(finish)]() mutable {
        QMetaObject::invokeMethod(
            loop,
            [finish = std::move(finish), response = handler(parsed)]() mutable {
                finish(std::move(response));
            },
            Qt::QueuedConnection);
    });
}

} // namespace keyward
