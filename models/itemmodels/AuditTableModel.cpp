#include "itemmodels/AuditTableModel.h"

#include "domain/AuditLog.h"

#include <QLocale>

namespace keyward {

AuditTableModel::AuditTableModel(const AuditLog &audit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
{}

void AuditTableModel::setTenant(std::optional<qint64> tenantId)
{
    m_tenantId = tenantId;
    refresh();
}

void AuditTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_failed = false;
    m_rows = readPage();
    endResetModel();
}

QList<AuditEvent> AuditTableModel::readPage()
{
    const PageRequest request = m_cursor.next();
    auto page = m_audit.list(m_tenantId, request);
    if (!page) {
        m_failed = true;
        emit loadFailed(QStringLiteral("The audit log could not be read"));
        return {};
    }
    m_cursor.pageArrived(request, int(page->items.size()), page->totalCount);
    QList<AuditEvent> fresh;
    for (AuditEvent &event : page->items) {
        // Newest first: events recorded since the last page push older ones
        // down, so a page may repeat rows already shown.
        if (m_cursor.admit(event.id))
            fresh.append(std::move(event));
    }
    return fresh;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_cursor.hasMore();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEvent> fresh = readPage();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

const AuditEvent *AuditTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return event.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return event.actor;
        case TenantColumn:
            return event.tenantId ? QString::number(*event.tenantId) : QString();
        case ActionColumn:
            return event.action;
        case TargetColumn:
            return event.target;
        case SourceColumn:
            return event.sourceIp;
        case DetailColumn:
            return event.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(event.occurredAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DetailColumn)
            return event.detail;
        return {};
    case ItemRoles::IdRole:
        return event.id;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case TimeColumn:
            return event.id; // ids follow time, and break ties within a millisecond
        case TenantColumn:
            return event.tenantId.value_or(-1);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case ItemRoles::EmphasisRole:
        return int(index.column() == ActionColumn && event.action.endsWith(QLatin1String(".delete"))
                       ? ItemRoles::Emphasis::Warning
                       : ItemRoles::Emphasis::Normal);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QStringLiteral("Time");
    case ActorColumn:
        return QStringLiteral("Actor");
    case TenantColumn:
        return QStringLiteral("Tenant");
    case ActionColumn:
        return QStringLiteral("Action");
    case TargetColumn:
        return QStringLiteral("Target");
    case SourceColumn:
        return QStringLiteral("Source");
    case DetailColumn:
        return QStringLiteral("Detail");
    }
    return {};
}

} // namespace keyward
