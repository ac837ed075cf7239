// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "entities/User.h"
#include "entities/UserSort.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PagedTableModel.h"

namespace keyward {

class UserService;

// The users of one tenant: their columns, and pages read through
// UserService::list (PagedTableModel loads them lazily as the view scrolls;
// no tenant, no users), searched and sorted by the store as a whole.
// Password hashes never reach the rows.
class UserTableModel : public PagedTableModel<User> {
    Q_OBJECT
public:
    enum Column { EmailColumn, RoleColumn, StatusColumn, CreatedColumn, ColumnCount };

    UserTableModel(const UserService &users, Actor actor, QObject *parent = nullptr);

    const User *userAt(int row) const { return rowAt(row); }
    // A user changed or created here: replaced in place, or appended.
    void upsertUser(const User &user);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts every user of the tenant, in the store (column -1: by creation).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &reason);
    // The count changed with no row added or removed (the list's last page).
    void totalCountChanged();

private:
    Result<Page<User>, QString> fetchPage(const PageRequest &request) const override;
    void pageFailed(const QString &reason) override { emit loadFailed(reason); }
    void totalCountSettled() override { emit totalCountChanged(); }

    const UserService &m_users;
    Actor m_actor;
    UserSort m_sort;
};

} // namespace keyward
