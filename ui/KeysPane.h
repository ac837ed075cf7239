// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/KeyHygiene.h"
#include "entities/ApiKey.h"
#include "entities/Tenant.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace keyward {

class ClipboardGuard;
class CreateKeyDialog;
class EmphasisProxyModel;
class KeyUsageDialog;
class KeyTableModel;
class SearchFilterModel;
class Services;
struct DomainError;

// The keys of the current tenant: a sortable, filterable table loaded page
// by page, and every key action (new, enable/disable, rotate, delete, copy
// id, copy a fresh token) as QActions that the menus, the toolbar and the
// context menu share. Secrets appear only in the SecretRevealDialog opened
// right after a create or rotate; tokens go to the clipboard through the
// ClipboardGuard.
class KeysPane : public QWidget {
    Q_OBJECT
public:
    KeysPane(Services &services, Actor actor, ClipboardGuard &clipboard, QWidget *parent = nullptr);
    ~KeysPane() override;

    void setTenant(const std::optional<Tenant> &tenant);
    void refresh();
    void focusFilter();

    KeyTableModel &model() { return *m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    std::optional<ApiKey> currentKey() const;
    // Makes the key with this id current if it is loaded.
    bool selectKey(qint64 keyId);

    QAction *newKeyAction() const { return m_newKey; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *rotateAction() const { return m_rotate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyTokenAction() const { return m_copyToken; }
    QAction *usageAction() const { return m_usage; }
    // Show: all keys, or only those key hygiene raises one concern about
    // (read from the store, so every matching key of the tenant is found).
    QComboBox *concernBox() const { return m_concern; }
    void showConcern(std::optional<KeyHygiene::Concern> concern);

    // Opens the create-key dialog (window-modal, returns at once).
    CreateKeyDialog *newKey();
    void toggleEnabled();
    void rotate();
    void deleteKey();
    void copyKeyId();
    void copyToken();
    // Opens the usage of the current key (window-modal, returns at once).
    KeyUsageDialog *showUsage();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // A key of this tenant was created, changed or deleted here.
    void keysChanged(qint64 tenantId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createKey(CreateKeyDialog *dialog);
    void showSecret(const QString &label, const QByteArray &secret);
    void updateActions();
    void updateCount();
    void fitColumns();
    void reportError(const QString &what, const DomainError &error);

    Services &m_services;
    Actor m_actor;
    ClipboardGuard &m_clipboard;
    std::optional<Tenant> m_tenant;
    KeyTableModel *m_model;
    SearchFilterModel *m_proxy;
    EmphasisProxyModel *m_emphasis;
    QLabel *m_title;
    QLineEdit *m_filter;
    QComboBox *m_concern;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
    QAction *m_newKey;
    QAction *m_toggle;
    QAction *m_rotate;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_copyToken;
    QAction *m_usage;
    QTimer m_clockTick; // relative times ("in 3 days") age
    bool m_fittedOnShow = false;
};

} // namespace keyward
