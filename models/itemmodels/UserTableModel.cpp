#include "itemmodels/UserTableModel.h"

#include "domain/UserService.h"

namespace keyward {

UserTableModel::UserTableModel(const UserService &users, Actor actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_users(users)
    , m_actor(std::move(actor))
{}

void UserTableModel::setTenant(std::optional<qint64> tenantId)
{
    m_tenantId = tenantId;
    refresh();
}

void UserTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_failed = false;
    if (m_tenantId)
        m_rows = readPage();
    endResetModel();
}

QList<User> UserTableModel::readPage()
{
    const PageRequest request = m_cursor.next();
    auto page = m_users.list(m_actor, m_tenantId, request);
    if (!page) {
        m_failed = true;
        emit loadFailed(page.error().detail);
        return {};
    }
    m_cursor.pageArrived(request, int(page->items.size()), page->totalCount);
    QList<User> fresh;
    for (User &user : page->items) {
        user.passwordHash.clear(); // the view has no use for it
        if (m_cursor.admit(user.id))
            fresh.append(std::move(user));
    }
    return fresh;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_tenantId && !m_failed && m_cursor.hasMore();
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<User> fresh = readPage();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

const User *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == userId)
            return row;
    }
    return -1;
}

void UserTableModel::upsertUser(const User &user)
{
    if (!m_tenantId || user.tenantId != *m_tenantId)
        return;
    User shown = user;
    shown.passwordHash.clear();
    const int row = rowOf(user.id);
    if (row >= 0) {
        m_rows[row] = shown;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    m_cursor.addedLocally(user.id);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(shown);
    endInsertRows();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return roleName(user.role);
        case StatusColumn:
            return user.isActive ? QStringLiteral("Active") : QStringLiteral("Inactive");
        case CreatedColumn:
            return user.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return {};
    case ItemRoles::IdRole:
        return user.id;
    case ItemRoles::SortRole:
        switch (index.column()) {
        case EmailColumn:
            return user.email.toCaseFolded();
        case RoleColumn:
            return int(user.role);
        case StatusColumn:
            return user.isActive;
        case CreatedColumn:
            return user.createdAt.toMSecsSinceEpoch();
        }
        return {};
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
        return QStringLiteral("Email");
    case RoleColumn:
        return QStringLiteral("Role");
    case StatusColumn:
        return QStringLiteral("Status");
    case CreatedColumn:
        return QStringLiteral("Created");
    }
    return {};
}

} // namespace keyward
