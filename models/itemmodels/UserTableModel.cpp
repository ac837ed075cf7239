// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/UserTableModel.h"

#include "domain/UserService.h"
#include "itemmodels/ShownTime.h"

namespace keyward {

UserTableModel::UserTableModel(const UserService &users, Actor actor, QObject *parent)
    : PagedTableModel(WithoutTenant::Nothing, parent)
    , m_users(users)
    , m_actor(std::move(actor))
{}

Result<Page<User>, QString> UserTableModel::fetchPage(const PageRequest &request) const
{
    auto page = m_users.list(m_actor, tenant(), request, search(), m_sort);
    if (!page)
        return page.error().said.translated();
    for (User &user : page->items)
        user.passwordHash.clear(); // the view has no use for it
    return std::move(*page);
}

void UserTableModel::upsertUser(const User &user)
{
    if (tenant() != user.tenantId) // another tenant's user, or no tenant shown
        return;
    User shown = user;
    shown.passwordHash.clear();
    upsertRow(shown);
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return roleName(user.role);
        case StatusColumn:
            //: a user's status
            return user.isActive ? tr("Active") : tr("Inactive");
        case CreatedColumn:
            return ShownTime::of(user.createdAt);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == CreatedColumn ? QVariant(ShownTime::iso(user.createdAt))
                                               : QVariant();
    case ItemRoles::IdRole:
        return user.id;
    case ItemRoles::EmphasisRole:
        return int(user.isActive ? ItemRoles::Emphasis::Normal : ItemRoles::Emphasis::Muted);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        //: column title: when the user was created
        return tr("Created");
    }
    return {};
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    UserSort sort; // no column: the natural order
    switch (column) {
    case EmailColumn:
        sort.by = UserSort::By::Email;
        break;
    case RoleColumn:
        sort.by = UserSort::By::Role;
        break;
    case StatusColumn:
        sort.by = UserSort::By::Status;
        break;
    default:
        break;
    }
    if (column >= 0)
        sort.descending = order == Qt::DescendingOrder;
    if (sort.by == m_sort.by && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    refresh();
}

} // namespace keyward
