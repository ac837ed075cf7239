// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SearchField.h"
#include "itemmodels/AuditNames.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTreeView;

namespace keyward {

class Services;
class AuditTableModel;
class EmphasisProxyModel;

// The audit trail, newest first: every tenant's events or only the current
// tenant's, narrowed by a search the store runs over all of them (pages load
// as the list scrolls).
class AuditPane : public QWidget {
    Q_OBJECT
public:
    AuditPane(const Services &services, Actor viewer, QWidget *parent = nullptr);

    void setTenant(std::optional<qint64> tenantId, const QString &tenantName);
    void refresh();
    void focusFilter();

    AuditTableModel &model() { return *m_model; }
    QTreeView *view() const { return m_view; }
    SearchField *filterEdit() const { return m_filter; }
    QCheckBox *tenantOnlyCheck() const { return m_tenantOnly; }

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void applyScope();
    void updateCount();

    AuditNames m_names;
    AuditTableModel *m_model;
    EmphasisProxyModel *m_emphasis;
    SearchField *m_filter;
    QCheckBox *m_tenantOnly;
    QLabel *m_count;
    QTreeView *m_view;
    std::optional<qint64> m_tenantId;
};

} // namespace keyward
