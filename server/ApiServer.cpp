#include "ApiServer.h"

#include "ApiKeyController.h"
#include "ApiKeyV1Controller.h"
#include "ClientsController.h"
#include "GuardedTcpServer.h"
#include "LogRedaction.h"
#include "OpsController.h"
#include "ResponseQueue.h"
#include "RouteTable.h"
#include "SubnetAllowList.h"
#include "TenantController.h"
#include "TokenController.h"
#include "UserController.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QtConcurrent>

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
    if (plain.match(given).hasMatch())
        return given;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    , m_http(std::make_unique<QHttpServer>())
{
    // A list of no entries (",", " ") trusts no proxy; it must never read
    // as "no restriction".
    m_settings.trustedProxies = SubnetAllowList().normalized(m_settings.trustedProxies);
    keepSecretsOutOfLogs();
    m_workers.setMaxThreadCount(qMax(1, m_settings.workerThreads));
    m_workers.setExpiryTimeout(-1); // keep threads, and their database connections
    m_controllers.emplace_back(new OpsController(services, m_metrics));
    m_controllers.emplace_back(new TokenController(services));
    m_controllers.emplace_back(new ApiKeyController(services));
    m_controllers.emplace_back(new TenantController(services));
    m_controllers.emplace_back(new UserController(services));
    m_controllers.emplace_back(new ClientsController(services));
    m_controllers.emplace_back(new ApiKeyV1Controller(services));
    for (const auto &controller : m_controllers)
        controller->addRoutes(m_router);
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
}

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16, QString> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_listener)
        return QStringLiteral("already listening");
    GuardedSocket::Settings guard;
    guard.limits = {m_settings.maxHeaderFields, m_settings.maxHeaderBytes, m_settings.maxBodyBytes};
    guard.requestTimeoutMs = m_settings.requestTimeoutMs;
    guard.idleTimeoutMs = m_settings.idleTimeoutMs;
    guard.maxPipelinedRequests = m_settings.maxPipelinedRequests;
    guard.maxUnsentBytes = m_settings.maxUnsentBytes;
    guard.maxLifetimeMs = m_settings.maxConnectionLifetimeMs;
    auto listener = std::make_unique<GuardedTcpServer>(
        guard,
        GuardedTcpServer::Caps{m_settings.maxConnections, m_settings.maxConnectionsPerAddress},
        RouteTable::errorForPath);
    if (!listener->listen(address, port))
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(listener->errorString());
    m_listener = listener.release();
    m_http->bind(m_listener); // QHttpServer takes ownership
    return m_listener->serverPort();
}

bool ApiServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

bool ApiServer::hasUnfinishedWork() const
{
    if (m_workers.activeThreadCount() > 0)
        return true;
    for (const auto *queue : m_http->findChildren<ResponseQueue *>()) {
        if (queue->hasPending())
            return true;
    }
    for (const auto *socket : m_http->findChildren<QTcpSocket *>()) {
        if (socket->bytesToWrite() > 0)
            return true;
    }
    return false;
}

void ApiServer::stop()
{
    if (m_listener) {
        m_listener->close();
        m_listener->closeConnections();
    }
    m_stopping = true;
    // In-flight handlers finish and their answers, queued to this thread,
    // go out; requests that arrive meanwhile are turned away (see dispatch).
    QDeadlineTimer deadline(10000);
    while (hasUnfinishedWork() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        m_workers.waitForDone(5);
    }
    m_workers.waitForDone();
}

void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest parsed = toHttpRequest(request, m_settings.trustedProxies);
    // Logged as received (percent-encoded), so no client can forge a log line.
    const QString loggedPath = loggable(request.url().path(QUrl::FullyEncoded));
    ResponseQueue *queue = ResponseQueue::of(responder.socket());
    const quint64 ticket = queue->reserve(std::move(responder));
    Router::Match match = m_router.match(parsed.method, parsed.path);
    const QString route = match.pattern.isEmpty() ? QStringLiteral("unmatched") : match.pattern;
    auto finish = [this, queue, ticket, timer, route, method = parsed.method, path = loggedPath,
                   requestId = parsed.requestId](HttpResponse response) {
        response.withHeader("X-Request-Id", requestId.toLatin1())
            .withHeader("Cache-Control", "no-store");
        const RequestRecord record{method, path, response.status, timer.elapsed(), requestId};
        m_metrics.recordRequest(method, route, response.status, timer.nsecsElapsed());
        queue->complete(ticket, std::move(response));
        qCInfo(lcAccess, "%s %s %d %lldms %s", method.constData(), qPrintable(path), record.status,
               record.elapsedMs, qPrintable(requestId));
        emit requestFinished(record);
    };

    if (m_stopping)
        return finish(RouteTable::errorForPath(parsed.path, 503,
                                               QStringLiteral("Service unavailable"),
                                               QStringLiteral("The server is shutting down")));
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
    QtConcurrent::run(&m_workers, [handler = std::move(match.handler), parsed = std::move(parsed)] {
        return handler(parsed);
    }).then(queue, finish);
}

} // namespace keyward
