// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CorsPolicy.h"
#include "Metrics.h"
#include "Result.h"
#include "Router.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;

namespace keyward {

class ConnectionBudget;
class Controller;
class ServingLoop;
class Services;

// The HTTP face of Keyward. Runs event loops (ServingLoop: a thread each,
// with its own listening socket, guarded connections and QHttpServer),
// parses each request into an HttpRequest, routes it, and answers it on the
// loop that read it when the route can do so from memory (see Router);
// otherwise the handler runs in a bounded worker pool (handlers hash
// passwords and write to the store) and its answer comes back to that loop.
// Answers go out in order with the cross-cutting headers.
class ApiServer : public QObject {
    Q_OBJECT
public:
    struct Settings {
        qint64 maxBodyBytes = 1024 * 1024;
        int eventLoops = 0; // 0: one per core
        int workerThreads = 4;
        int maxConnections = 512;
        int maxHeaderFields = 100;
        qint64 maxHeaderBytes = 16 * 1024;
        int requestTimeoutMs = 10'000;       // a request must arrive completely within this
        int idleTimeoutMs = 60'000;          // an idle keep-alive connection is closed after this
        int maxPipelinedRequests = 16;       // taken from a connection and not yet answered
        qint64 maxUnsentBytes = 1024 * 1024; // answers a client has not read yet
        qint64 maxConnectionLifetimeMs = 3'600'000; // then it closes after its answers
        int maxConnectionsPerAddress = 0;           // 0: no cap per client address
        // How long a verifier may cache the JWKS: no longer than this server
        // takes to notice a signing key rotated elsewhere.
        int jwksMaxAgeSeconds = 10;
        // Peers whose X-Forwarded-For is believed (IPs/CIDRs, comma-separated);
        // for everyone else the socket's peer address is the client.
        QString trustedProxies;
        // Browser origins (CorsPolicy::origin form) that may call the API.
        QList<QByteArray> corsOrigins;
    };
    struct RequestRecord {
        QByteArray method;
        QString path;
        int status = 0;
        qint64 elapsedMs = 0;
        QString requestId;
    };

    ApiServer(const Services &services, Settings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; the port actually bound (useful with port 0), or why not.
    Result<quint16, QString> listen(const QHostAddress &address, quint16 port);
    bool isListening() const { return m_listening; }
    // Stops accepting, lets in-flight requests finish and their answers go out.
    void stop();
    const Router &router() const { return m_router; }

signals:
    void requestFinished(const keyward::ApiServer::RequestRecord &record);

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                  QObject *loop);
    bool hasUnfinishedWork() const;

    const Services &m_services;
    Settings m_settings;
    CorsPolicy m_cors;
    Router m_router;
    Metrics m_metrics;
    QThreadPool m_workers;
    std::unique_ptr<ConnectionBudget> m_budget;
    std::vector<std::unique_ptr<ServingLoop>> m_loops;
    bool m_listening = false;
    std::atomic<bool> m_stopping = false;
    std::vector<std::unique_ptr<Controller>> m_controllers;
};

} // namespace keyward
