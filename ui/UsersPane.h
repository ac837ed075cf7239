// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "entities/Tenant.h"
#include "entities/User.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTreeView;

namespace keyward {

class CreateUserDialog;
class EmphasisProxyModel;
class SearchField;
class Services;
class UserTableModel;

// The users of the current tenant and what the operator does to them:
// create (the password KDF runs on a worker thread through QtConcurrent, so
// the window never freezes), change role, deactivate and reactivate.
class UsersPane : public QWidget {
    Q_OBJECT
public:
    UsersPane(Services &services, Actor actor, QWidget *parent = nullptr);
    ~UsersPane() override;

    void setTenant(const std::optional<Tenant> &tenant);
    void refresh();
    void focusFilter();

    UserTableModel &model() { return *m_model; }
    QTreeView *view() const { return m_view; }
    SearchField *filterEdit() const { return m_filter; }
    std::optional<User> currentUser() const;
    void selectUser(qint64 userId);
    bool isCreating() const { return m_creating.isRunning(); }

    QAction *newUserAction() const { return m_newUser; }
    QAction *changeRoleAction() const { return m_changeRole; }
    QAction *toggleActiveAction() const { return m_toggleActive; }

    CreateUserDialog *newUser();
    void changeRole();
    void toggleActive();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void usersChanged(qint64 tenantId);

private:
    void startCreating(CreateUserDialog *dialog);
    void creationFinished();
    void updateActions();
    void updateCount();

    Services &m_services;
    Actor m_actor;
    std::optional<Tenant> m_tenant;
    UserTableModel *m_model;
    EmphasisProxyModel *m_emphasis;
    QLabel *m_title;
    SearchField *m_filter;
    QLabel *m_count;
    QTreeView *m_view;
    QAction *m_newUser;
    QAction *m_changeRole;
    QAction *m_toggleActive;
    // The pane's own thread for hashing passwords, joined when the pane goes,
    // so the thread ends (closing its database connection and its OpenSSL
    // thread state) before the services do.
    QThreadPool m_hashing;
    QFutureWatcher<Outcome<User>> m_creating;
    QPointer<CreateUserDialog> m_createDialog;
};

} // namespace keyward
