// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/TenantTableModel.h"

#include "domain/KeyService.h"
#include "domain/TenantService.h"

#include <QLocale>

namespace keyward {

TenantTableModel::TenantTableModel(const TenantService &tenants, const KeyService &keys,
                                   Actor actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tenants(tenants)
    , m_keys(keys)
    , m_actor(std::move(actor))
{}

qint64 TenantTableModel::countKeys(qint64 tenantId) const
{
    KeyService::ListFilter filter;
    filter.tenantId = tenantId;
    auto page = m_keys.list(m_actor, filter, {1, 1});
    return page ? page->totalCount : -1;
}

void TenantTableModel::refresh()
{
    QList<Row> rows;
    QString failure;
    const auto counted = m_keys.countPerTenant(m_actor);
    for (PageRequest request{1, PageRequest::maxPageSize};; ++request.page) {
        auto page = m_tenants.list(m_actor, request);
        if (!page) {
            failure = page.error().said.translated();
            break;
        }
        for (const Tenant &tenant : std::as_const(page->items))
            rows.append({tenant, counted ? counted->value(tenant.id, 0) : -1});
        if (page->items.size() < request.pageSize || rows.size() >= page->totalCount)
            break;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const Tenant *TenantTableModel::tenantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).tenant : nullptr;
}

int TenantTableModel::rowOf(qint64 tenantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).tenant.id == tenantId)
            return row;
    }
    return -1;
}

void TenantTableModel::upsertTenant(const Tenant &tenant)
{
    const int row = rowOf(tenant.id);
    if (row >= 0) {
        m_rows[row].tenant = tenant;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({tenant, countKeys(tenant.id)});
    endInsertRows();
}

void TenantTableModel::recountKeys(qint64 tenantId)
{
    const int row = rowOf(tenantId);
    if (row < 0)
        return;
    m_rows[row].keyCount = countKeys(tenantId);
    emit dataChanged(index(row, KeysColumn), index(row, KeysColumn));
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.tenant.name;
        case KeysColumn:
            return row.keyCount < 0 ? QStringLiteral("?") : QLocale().toString(row.keyCount);
        case StatusColumn:
            //: a tenant's status
            return row.tenant.isActive ? tr("Active") : tr("Inactive");
        }
        return {};
    case Qt::ToolTipRole:
        //: %1 is the tenant's id, %2 its number of keys
        return (row.tenant.isActive ? tr("Tenant %1: active, %2 keys")
                                    //: %1 is the tenant's id, %2 its number of keys
                                    : tr("Tenant %1: inactive, %2 keys"))
            .arg(row.tenant.id)
            .arg(row.keyCount);
    case Qt::TextAlignmentRole:
        if (index.column() == KeysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRoles::IdRole:
        return row.tenant.id;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.tenant.name.toCaseFolded();
        case KeysColumn:
            return row.keyCount;
        case StatusColumn:
            return row.tenant.isActive;
        }
        return {};
    case ItemRoles::EmphasisRole:
        return int(row.tenant.isActive ? ItemRoles::Emphasis::Normal : ItemRoles::Emphasis::Muted);
    case ActiveRole:
        return row.tenant.isActive;
    case KeyCountRole:
        return row.keyCount;
    default:
        return {};
    }
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case KeysColumn:
        return tr("Keys");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace keyward
