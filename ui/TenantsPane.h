// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "entities/Tenant.h"

#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QTreeView;

namespace keyward {

class EmphasisProxyModel;
class SearchFilterModel;
class Services;
class TenantTableModel;

// The tenant sidebar: a search field that filters as you type, the tenants
// with their state and key counts, and the tenant actions (new, rename,
// deactivate/reactivate). Owns which tenant is current; the other panes
// follow it through currentTenantChanged().
class TenantsPane : public QWidget {
    Q_OBJECT
public:
    TenantsPane(Services &services, Actor actor, QWidget *parent = nullptr);

    std::optional<Tenant> currentTenant() const;
    // Makes this tenant current if it exists, else the first one.
    void selectTenant(qint64 tenantId);
    // Reloads, keeping the current tenant.
    void refresh();
    void recountKeys(qint64 tenantId);
    void focusFilter();

    TenantTableModel &model() { return *m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *newTenantAction() const { return m_newTenant; }
    QAction *renameAction() const { return m_rename; }
    QAction *toggleActiveAction() const { return m_toggleActive; }

    void newTenant();
    void renameTenant();
    void toggleActive();

signals:
    // 0 when there is no tenant at all.
    void currentTenantChanged(qint64 tenantId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void currentRowChanged();
    void updateActions();
    // `pattern` is a translated sentence with %1 for the detail.
    void reportError(const QString &pattern, const QString &detail);

    Services &m_services;
    Actor m_actor;
    TenantTableModel *m_model;
    SearchFilterModel *m_proxy;
    EmphasisProxyModel *m_emphasis;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QAction *m_newTenant;
    QAction *m_rename;
    QAction *m_toggleActive;
    qint64 m_currentId = 0;
};

} // namespace keyward
