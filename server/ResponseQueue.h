// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"

#include <QHttpServerResponder>
#include <QObject>

#include <deque>
#include <optional>

class QTcpSocket;

namespace keyward {

class GuardedSocket;

// Writes one connection's responses in request order. Handlers finish on
// worker threads in any order; a client that pipelines requests must still
// get its answers in sequence. Lives as a child of its socket, so when the
// client goes away the pending responders go with it and no write touches a
// dead socket. Tells its socket as each answer goes out, so that the
// socket can apply back-pressure and close when the last one is written.
class ResponseQueue : public QObject {
    Q_OBJECT
public:
    // The socket's queue, created on first use.
    static ResponseQueue *of(QTcpSocket *socket);

    // Takes the responder and returns the ticket its response must come with.
    quint64 reserve(QHttpServerResponder &&responder);
    void complete(quint64 ticket, HttpResponse response);
    // Whether a reserved answer has not been written yet.
    bool hasPending() const { return !m_pending.empty(); }

private:
    explicit ResponseQueue(GuardedSocket *socket);
    struct Pending {
        explicit Pending(QHttpServerResponder &&r)
            : responder(std::move(r))
        {}
        QHttpServerResponder responder;
        std::optional<HttpResponse> response;
    };
    void flush();
    static void write(QHttpServerResponder &responder, const HttpResponse &response, bool closes);

    GuardedSocket *m_socket;
    std::deque<Pending> m_pending;
    quint64 m_firstTicket = 0;
};

} // namespace keyward
