// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedServer.h"

#include "EmbeddedServerWorker.h"
#include "itemmodels/RequestLogModel.h"

namespace keyward {

namespace {

std::optional<QHostAddress> addressOf(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

} // namespace

EmbeddedServer::EmbeddedServer(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_requestLog(new RequestLogModel(this))
{
    m_thread.setObjectName(QStringLiteral("keyward-http"));
}

EmbeddedServer::~EmbeddedServer()
{
    const QSignalBlocker quiet(this);
    stop();
}

void EmbeddedServer::start(const QString &host, quint16 port)
{
    if (m_state == State::Starting || m_state == State::Listening)
        return;
    joinThread(); // after an error, the idle thread of the failed attempt
    m_host = host.trimmed();
    const auto address = addressOf(m_host);
    if (!address) {
        setState(State::Error, tr("“%1” is not an IP address").arg(m_host), port);
        return;
    }
    const quint64 generation = ++m_generation;
    m_worker = new EmbeddedServerWorker(m_services);
    m_worker->moveToThread(&m_thread);
    // Queued: the worker emits in the server thread, these run in the GUI thread.
    connect(m_worker, &EmbeddedServerWorker::listening, this, [this, generation](quint16 bound) {
        if (generation == m_generation && m_state == State::Starting)
            setState(State::Listening, QString(), bound);
    });
    connect(m_worker, &EmbeddedServerWorker::failed, this,
            [this, generation](const QString &reason) {
                if (generation != m_generation || m_state != State::Starting)
                    return;
                setState(State::Error, reason, m_port);
                joinThread();
            });
    connect(m_worker, &EmbeddedServerWorker::requestFinished, m_requestLog,
            [log = m_requestLog](const ApiServer::RequestRecord &record) {
                log->append({QDateTime::currentDateTime(), record.method, record.path,
                             record.status, record.elapsedMs, record.requestId});
            });
    setState(State::Starting, QString(), port);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, address = *address, port] { worker->start(address, port); },
        Qt::QueuedConnection);
}

void EmbeddedServer::stop()
{
    joinThread();
    if (m_state != State::Error)
        setState(State::Stopped, QString(), 0);
}

void EmbeddedServer::joinThread()
{
    ++m_generation; // whatever the old worker queued is stale now
    if (!m_worker)
        return;
    if (m_thread.isRunning()) {
        // ApiServer::stop() waits for in-flight requests in its own thread.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
    m_worker = nullptr;
}

QString EmbeddedServer::baseUrl() const
{
    if (m_state != State::Listening)
        return QString();
    QHostAddress address(m_host);
    QString host = m_host;
    // Any-address listeners are reached through loopback from here.
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QStringLiteral("[%1]").arg(address.toString());
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QString EmbeddedServer::stateText(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Starting:
        return tr("Starting…");
    case State::Listening:
        return tr("Listening");
    case State::Error:
        return tr("Error");
    }
    Q_UNREACHABLE();
}

void EmbeddedServer::setState(State state, const QString &reason, quint16 port)
{
    m_state = state;
    m_reason = reason;
    m_port = port;
    emit stateChanged(state, reason, port);
}

} // namespace keyward
