// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"

#include <QMainWindow>

class QAction;
class QSplitter;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace keyward {

class AuditPane;
class ClipboardGuard;
class EmbeddedServer;
class ExpiryNotice;
class KeysPane;
class ServerPane;
class Services;
class TenantsPane;
class UsersPane;

// The desktop console's window: the tenant sidebar beside tabs for the
// tenant's keys and users, the audit log and the embedded server; menus,
// toolbar and shortcuts over the panes' actions; the status bar. Owns the
// embedded server (started on first show when QSettings server/autoStart,
// default true) and the clipboard guard, and keeps geometry, splitter, tab
// and selected tenant in QSettings. Acts as the local operator, who sees
// every tenant.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `operatorName` names the operator in the audit log ("console (alice@host)").
    explicit MainWindow(Services &services, const QString &operatorName = QString(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    EmbeddedServer &server() { return *m_server; }
    ClipboardGuard &clipboard() { return *m_clipboard; }
    TenantsPane *tenantsPane() const { return m_tenants; }
    KeysPane *keysPane() const { return m_keys; }
    UsersPane *usersPane() const { return m_users; }
    AuditPane *auditPane() const { return m_audit; }
    ServerPane *serverPane() const { return m_serverPane; }
    QTabWidget *tabs() const { return m_tabs; }
    ExpiryNotice *expiryNotice() const { return m_expiryNotice; }

    void refreshAll();
    void showAbout();
    void showSigningKeys();
    QAction *signingKeysAction() const { return m_signingKeys; }
    void showLeakScan();
    QAction *scanForLeaksAction() const { return m_scanForLeaks; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void tenantChanged(qint64 tenantId);
    void somethingChanged(qint64 tenantId);
    void focusFilter();
    void updateServerActions();
    void restoreSettings();
    void saveSettings() const;
    // The notice of keys expiring within a week, counted once at start.
    void noticeExpiringKeys();

    Services &m_services;
    Actor m_operator;
    ClipboardGuard *m_clipboard;
    EmbeddedServer *m_server;
    TenantsPane *m_tenants;
    KeysPane *m_keys;
    UsersPane *m_users;
    AuditPane *m_audit;
    ServerPane *m_serverPane;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    ExpiryNotice *m_expiryNotice;
    QToolButton *m_serverIndicator;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_startServer = nullptr;
    QAction *m_stopServer = nullptr;
    QAction *m_copyBaseUrl = nullptr;
    QAction *m_signingKeys = nullptr;
    QAction *m_scanForLeaks = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    bool m_shownOnce = false;
};

} // namespace keyward
