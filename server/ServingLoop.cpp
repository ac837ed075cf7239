// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ServingLoop.h"

#include "GuardedTcpServer.h"
#include "ResponseQueue.h"
#include "RouteTable.h"

#include <QHttpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace keyward {

ServingLoop::ServingLoop(int index, const GuardedSocket::Settings &settings,
                         ConnectionBudget &budget, Dispatch dispatch)
    : m_settings(settings)
    , m_budget(budget)
    , m_dispatch(std::move(dispatch))
{
    m_thread.setObjectName(QStringLiteral("keyward-loop-%1").arg(index));
}

ServingLoop::~ServingLoop()
{
    stop();
}

bool ServingLoop::start(qintptr listeningDescriptor)
{
    moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    runInLoop([&] { listening = listenOn(listeningDescriptor); });
    return listening;
}

void ServingLoop::runInLoop(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(this, work, Qt::BlockingQueuedConnection);
}

bool ServingLoop::listenOn(qintptr descriptor)
{
    m_http = new QHttpServer(this);
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            m_dispatch(request, std::move(responder), this);
        });
    auto *listener = new GuardedTcpServer(m_settings, m_budget, RouteTable::errorForPath);
    if (!listener->setSocketDescriptor(descriptor)) {
        delete listener;
        ::close(int(descriptor));
        return false;
    }
    m_listener = listener;
    m_http->bind(m_listener); // QHttpServer takes ownership
    return true;
}

void ServingLoop::closeConnections()
{
    if (!m_thread.isRunning())
        return;
    runInLoop([this] {
        if (!m_listener)
            return;
        m_listener->close();
        m_listener->closeConnections();
    });
}

bool ServingLoop::owesAnswers() const
{
    if (!m_http)
        return false;
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

bool ServingLoop::hasUnfinishedWork()
{
    if (!m_thread.isRunning())
        return false;
    bool unfinished = false;
    runInLoop([&] { unfinished = owesAnswers(); });
    return unfinished;
}

void ServingLoop::stop()
{
    if (!m_thread.isRunning())
        return;
    runInLoop([this] {
        delete m_http; // and its sockets, in the thread they live in
        m_http = nullptr;
        m_listener = nullptr;
        moveToThread(m_thread.thread()); // back, so the owner can delete it
    });
    m_thread.quit();
    m_thread.wait();
}

} // namespace keyward
