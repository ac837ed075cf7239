// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/AuditEvent.h"
#include "entities/AuditSort.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PagedTableModel.h"

namespace keyward {

class AuditLog;
class AuditNames;

// The audit trail, newest first: its columns, and pages read through
// AuditLog::list (PagedTableModel loads them lazily as the view scrolls);
// one tenant's events, or everyone's while no tenant is set.
class AuditTableModel : public PagedTableModel<AuditEvent> {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActorColumn,
        TenantColumn,
        ActionColumn,
        TargetColumn,
        SourceColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditTableModel(const AuditLog &audit, QObject *parent = nullptr);

    const AuditEvent *eventAt(int row) const { return rowAt(row); }
    // Shows names instead of the stored identifiers (which stay in the
    // tooltips); without, the log is shown as stored.
    void setNames(const AuditNames *names);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts every event in scope, in the store (column -1: newest first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &reason);
    // The count changed with no row added or removed (the list's last page).
    void totalCountChanged();

private:
    Result<Page<AuditEvent>, QString> fetchPage(const PageRequest &request) const override;
    void pageFailed(const QString &reason) override { emit loadFailed(reason); }
    void totalCountSettled() override { emit totalCountChanged(); }

    const AuditLog &m_audit;
    const AuditNames *m_names = nullptr;
    AuditSort m_sort;
};

} // namespace keyward
