// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConnectionBudget.h"
#include "GuardedSocket.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace keyward {

class GuardedTcpServer;

// One event loop of the HTTP server: its own thread, listening socket,
// guarded connections and QHttpServer. Every request it reads is
// dispatched on this thread, and the answer goes out from it.
class ServingLoop : public QObject {
    Q_OBJECT
public:
    // Called on the loop's thread with the loop itself, which outlives
    // every connection it serves: work finished elsewhere comes back to it.
    using Dispatch =
        std::function<void(const QHttpServerRequest &, QHttpServerResponder &&, QObject *loop)>;

    ServingLoop(int index, const GuardedSocket::Settings &settings, ConnectionBudget &budget,
                Dispatch dispatch);
    // After stop().
    ~ServingLoop() override;

    // Starts the thread and accepts on the listening descriptor (taken over).
    bool start(qintptr listeningDescriptor);
    // From the owner's thread: no more connections; open ones finish their
    // answers and close.
    void closeConnections();
    // From the owner's thread: whether an answer is owed or unsent.
    bool hasUnfinishedWork();
    // From the owner's thread: closes what is left and ends the thread.
    void stop();

private:
    // Runs `work` in the loop's thread and waits for it.
    void runInLoop(const std::function<void()> &work);
    // In the loop's thread.
    bool listenOn(qintptr descriptor);
    bool owesAnswers() const;

    const GuardedSocket::Settings m_settings;
    ConnectionBudget &m_budget;
    const Dispatch m_dispatch;
    QThread m_thread;
    QHttpServer *m_http = nullptr;          // lives in m_thread
    GuardedTcpServer *m_listener = nullptr; // owned by m_http once bound
};

} // namespace keyward
