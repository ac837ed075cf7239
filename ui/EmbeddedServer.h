// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

namespace keyward {

class EmbeddedServerWorker;
class RequestLogModel;
class Services;

// The HTTP API running inside the desktop console. Owns the server thread
// (the ApiServer never runs on the GUI thread), its state as the panes show
// it, and the log of recent requests. Everything crosses threads by queued
// signals; stop() joins the thread, and destruction stops the server.
class EmbeddedServer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Listening, Error };
    Q_ENUM(State)

    explicit EmbeddedServer(const Services &services, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // Host: an IP address or "localhost"; port 0 picks a free one.
    void start(const QString &host, quint16 port);
    // Returns once in-flight requests are answered and the thread has ended.
    void stop();

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:8080" while listening, else empty.
    QString baseUrl() const;
    static QString stateText(State state);

    RequestLogModel &requestLog() { return *m_requestLog; }

signals:
    void stateChanged(keyward::EmbeddedServer::State state, const QString &reason, quint16 port);

private:
    void setState(State state, const QString &reason, quint16 port);
    void joinThread();

    const Services &m_services;
    QThread m_thread;
    EmbeddedServerWorker *m_worker = nullptr; // lives in m_thread while it runs
    RequestLogModel *m_requestLog;
    // Signals queued by an earlier start() must not move the state of a later one.
    quint64 m_generation = 0;
    State m_state = State::Stopped;
    QString m_reason;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace keyward
