#pragma once

#include "domain/AuditEvent.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PageCursor.h"

#include <QAbstractTableModel>

#include <optional>

namespace keyward {

class AuditLog;

// The audit trail, newest first, read page by page through AuditLog::list
// as the view scrolls; one tenant's events or everyone's.
class AuditTableModel : public QAbstractTableModel {
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

    static constexpr int pageSize = 200;

    explicit AuditTableModel(const AuditLog &audit, QObject *parent = nullptr);

    // nullopt: every tenant's events.
    void setTenant(std::optional<qint64> tenantId);
    std::optional<qint64> tenant() const { return m_tenantId; }
    void refresh();

    qint64 totalCount() const { return m_cursor.totalCount(); }
    const AuditEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &reason);

private:
    QList<AuditEvent> readPage();

    const AuditLog &m_audit;
    std::optional<qint64> m_tenantId;
    PageCursor m_cursor{pageSize};
    bool m_failed = false;
    QList<AuditEvent> m_rows;
};

} // namespace keyward
