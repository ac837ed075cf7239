// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"

#include <QObject>

class QAction;
class QMenu;

namespace keyward {

class ClipboardGuard;
class CreateKeyDialog;
class KeyUsageDialog;
class KeysPane;
class Services;
struct DomainError;

// What an operator can do to the keys of a KeysPane (new, enable/disable,
// rotate, delete, copy id, copy a fresh token, usage) as QActions that the
// menus, the toolbar and the pane's context menu share. Each acts on the
// pane's current key and tenant and shows the result in the pane's model.
// Secrets appear only in the SecretRevealDialog opened right after a create
// or rotate; tokens go to the clipboard through the ClipboardGuard.
class KeyActions : public QObject {
    Q_OBJECT
public:
    KeyActions(Services &services, Actor actor, ClipboardGuard &clipboard, KeysPane &pane);

    QAction *newKeyAction() const { return m_newKey; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *rotateAction() const { return m_rotate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyTokenAction() const { return m_copyToken; }
    QAction *usageAction() const { return m_usage; }

    // Enables what applies to the pane's current key and tenant.
    void update();
    // Whether the pane's keys are on screen; while not, only New Key applies.
    void setKeysInView(bool inView);
    // The actions for a key row's context menu (only New Key off a row).
    void fillContextMenu(QMenu &menu) const;

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

private:
    void createKey(CreateKeyDialog *dialog);
    void showSecret(const QString &label, const QByteArray &secret);
    // `message` is a translated pattern whose %1 is the error's detail.
    void reportError(const QString &message, const DomainError &error);
    // What the tenant key is for, said before it is disabled, rotated or deleted.
    QString tenantKeyStakes() const;

    Services &m_services;
    Actor m_actor;
    ClipboardGuard &m_clipboard;
    KeysPane &m_pane;
    QAction *m_newKey;
    QAction *m_toggle;
    QAction *m_rotate;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_copyToken;
    QAction *m_usage;
    bool m_keysInView = true;
};

} // namespace keyward
