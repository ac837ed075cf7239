// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"

#include <QMainWindow>

class QAction;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace keyward {

class AuditPane;
class ClipboardGuard;
class EmbeddedServer;
class ExpiryNotice;
class KeysPane;
class MainMenus;
class ServerPane;
class Services;
class TenantsPane;
class UsersPane;

// The desktop console's window: the tenant sidebar beside tabs for the
// tenant's keys and users, the audit log and the embedded server; menus,
// toolbar and shortcuts over the panes' actions (built by MainMenus, which
// calls the public functions below); the status bar. Owns the embedded server
// (started on first show when QSettings server/autoStart, default true) and
// the clipboard guard, and keeps geometry, splitter, tab and selected tenant
// in QSettings. Acts as the local operator, who sees every tenant.
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
    // Puts the cursor in the filter of the tenant list when it has focus,
    // else in the filter of the tab shown.
    void focusFilter();
    void showAbout();
    void showSigningKeys();
    QAction *signingKeysAction() const;
    void showLeakScan();
    QAction *scanForLeaksAction() const;

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void tenantChanged(qint64 tenantId);
    void somethingChanged(qint64 tenantId);
    // The server's state in the status bar.
    void updateServerIndicator();
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
    MainMenus *m_menus = nullptr;
    bool m_shownOnce = false;
};

} // namespace keyward
