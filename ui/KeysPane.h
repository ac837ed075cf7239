// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SearchField.h"
#include "domain/Actor.h"
#include "domain/KeyHygiene.h"
#include "entities/ApiKey.h"
#include "entities/Tenant.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace keyward {

class ClipboardGuard;
class ColumnMemory;
class EmphasisProxyModel;
class KeyActions;
class KeyDetailsPane;
class KeyTableModel;
class Services;

// The keys of the current tenant: a sortable table loaded page by page and
// searched in the store, with the key actions (KeyActions) in its context
// menu.
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
    SearchField *filterEdit() const { return m_filter; }
    std::optional<ApiKey> currentKey() const;
    // Makes the key with this id current if it is loaded.
    bool selectKey(qint64 keyId);

    KeyActions &actions() const { return *m_actions; }
    KeyDetailsPane &details() const { return *m_details; }
    const std::optional<Tenant> &tenant() const { return m_tenant; }
    // Show: all keys, or only those key hygiene raises one concern about
    // (read from the store, so every matching key of the tenant is found).
    QComboBox *concernBox() const { return m_concern; }
    void showConcern(std::optional<KeyHygiene::Concern> concern);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // A key of this tenant was created, changed or deleted here.
    void keysChanged(qint64 tenantId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();
    void fitColumns();
    // Shows the current key (or none) in the details pane.
    void updateDetails();

    Actor m_actor;
    std::optional<Tenant> m_tenant;
    KeyTableModel *m_model;
    EmphasisProxyModel *m_emphasis;
    QLabel *m_title;
    SearchField *m_filter;
    QComboBox *m_concern;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
    KeyActions *m_actions;
    KeyDetailsPane *m_details;
    ColumnMemory *m_columns = nullptr;
    QTimer m_clockTick; // relative times ("in 3 days") age
    bool m_fittedOnShow = false;
};

} // namespace keyward
