// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EmbeddedServer.h"

#include <QWidget>

#include <memory>

namespace keyward {

class EmphasisProxyModel;
class SearchFilterModel;

namespace Ui {
class ServerPane;
}

// The embedded server as the operator sees it: host and port (kept in
// QSettings server/host, server/port, server/autoStart), start and stop, the
// state with the reason of a failure, the base URL, a curl walk through seed
// 001 against it, and the live request log.
class ServerPane : public QWidget {
    Q_OBJECT
public:
    static constexpr quint16 defaultPort = 8080;
    static QString defaultHost() { return QStringLiteral("127.0.0.1"); }

    explicit ServerPane(EmbeddedServer &server, QWidget *parent = nullptr);
    ~ServerPane() override;

    QString host() const;
    quint16 port() const;
    void setHost(const QString &host);
    void setPort(quint16 port);
    // The tenant the curl example discovers.
    void setTenant(qint64 tenantId);
    QString curlExample() const;

    void startServer();
    void stopServer();
    void focusFilter();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void showState(EmbeddedServer::State state, const QString &reason, quint16 port);
    void updateCurl();
    void updateRequestCount();
    void saveSettings() const;

    std::unique_ptr<Ui::ServerPane> m_ui;
    EmbeddedServer &m_server;
    SearchFilterModel *m_filter;
    EmphasisProxyModel *m_emphasis;
    qint64 m_tenantId = 1;
};

} // namespace keyward
