#pragma once

#include "domain/Actor.h"
#include "domain/User.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PageCursor.h"

#include <QAbstractTableModel>

#include <optional>

namespace keyward {

class UserService;

// The users of one tenant, read page by page through UserService::list as
// the view scrolls. Password hashes never leave the rows.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EmailColumn, RoleColumn, StatusColumn, CreatedColumn, ColumnCount };

    static constexpr int pageSize = 200;

    UserTableModel(const UserService &users, Actor actor, QObject *parent = nullptr);

    void setTenant(std::optional<qint64> tenantId);
    std::optional<qint64> tenant() const { return m_tenantId; }
    void refresh();

    qint64 totalCount() const { return m_cursor.totalCount(); }
    const User *userAt(int row) const;
    int rowOf(qint64 userId) const;
    void upsertUser(const User &user);

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
    QList<User> readPage();

    const UserService &m_users;
    Actor m_actor;
    std::optional<qint64> m_tenantId;
    PageCursor m_cursor{pageSize};
    bool m_failed = false;
    QList<User> m_rows;
};

} // namespace keyward
