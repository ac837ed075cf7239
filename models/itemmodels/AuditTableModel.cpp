// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/AuditTableModel.h"

#include "domain/AuditLog.h"
#include "itemmodels/AuditNames.h"
#include "itemmodels/ShownTime.h"

namespace keyward {

AuditTableModel::AuditTableModel(const AuditLog &audit, QObject *parent)
    : PagedTableModel(WithoutTenant::EveryTenant, parent)
    , m_audit(audit)
{}

Result<Page<AuditEvent>, QString> AuditTableModel::fetchPage(const PageRequest &request) const
{
    // Newest first: events recorded since the last page push older ones down,
    // so a page may repeat rows already shown (PagedTableModel drops them).
    auto page = m_audit.list(tenant(), request, search(), m_sort);
    if (!page)
        return tr("The audit log could not be read");
    return std::move(*page);
}

void AuditTableModel::setNames(const AuditNames *names)
{
    beginResetModel();
    m_names = names;
    endResetModel();
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return ShownTime::of(event.occurredAt);
        case ActorColumn:
            return m_names ? m_names->of(event.actor) : event.actor;
        case TenantColumn:
            if (!event.tenantId)
                return QString();
            return m_names ? m_names->tenant(*event.tenantId) : QString::number(*event.tenantId);
        case ActionColumn:
            return m_names ? AuditNames::action(event.action) : event.action;
        case TargetColumn:
            return m_names ? m_names->of(event.target) : event.target;
        case SourceColumn:
            return event.sourceIp;
        case DetailColumn:
            return event.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return ShownTime::iso(event.occurredAt);
        if (index.column() == DetailColumn)
            return event.detail;
        if (!m_names)
            return {};
        // What the log stores, as scripts and the API see it.
        switch (index.column()) {
        case ActorColumn:
            return event.actor;
        case TenantColumn:
            return event.tenantId ? QVariant(QStringLiteral("tenant:%1").arg(*event.tenantId))
                                  : QVariant();
        case ActionColumn:
            return event.action;
        case TargetColumn:
            return event.target;
        }
        return {};
    case ItemRoles::IdRole:
        return event.id;
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
        //: column title: when the event happened
        return tr("Time");
    case ActorColumn:
        //: column title: who did it
        return tr("Actor");
    case TenantColumn:
        return tr("Tenant");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        //: column title: what the action was done to
        return tr("Target");
    case SourceColumn:
        //: column title: the IP address the action came from
        return tr("Source");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    AuditSort sort; // no column: the natural order, newest first
    switch (column) {
    case TimeColumn:
        sort.by = AuditSort::By::Time;
        break;
    case ActorColumn:
        sort.by = AuditSort::By::Actor;
        break;
    case TenantColumn:
        sort.by = AuditSort::By::Tenant;
        break;
    case ActionColumn:
        sort.by = AuditSort::By::Action;
        break;
    case TargetColumn:
        sort.by = AuditSort::By::Target;
        break;
    case SourceColumn:
        sort.by = AuditSort::By::Source;
        break;
    case DetailColumn:
        sort.by = AuditSort::By::Detail;
        break;
    default:
        break;
    }
    if (column >= 0 && column < ColumnCount)
        sort.descending = order == Qt::DescendingOrder;
    if (sort.by == m_sort.by && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    refresh();
}

} // namespace keyward
