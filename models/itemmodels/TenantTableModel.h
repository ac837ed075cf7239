// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "entities/Tenant.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractTableModel>

namespace keyward {

class KeyService;
class TenantService;

// Every tenant the operator manages, with its number of keys. Loads all
// tenants on refresh (a few pages of 500; tenants number in the hundreds,
// and filter-as-you-type must see all of them) and counts each tenant's
// keys with a one-row list query, whose total is a COUNT.
class TenantTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KeysColumn, StatusColumn, ColumnCount };
    enum Role { ActiveRole = ItemRoles::FirstModelRole, KeyCountRole };

    TenantTableModel(const TenantService &tenants, const KeyService &keys, Actor actor,
                     QObject *parent = nullptr);

    void refresh();
    const Tenant *tenantAt(int row) const;
    int rowOf(qint64 tenantId) const;
    // A tenant changed or created here: replaced in place, or appended.
    void upsertTenant(const Tenant &tenant);
    // Counts one tenant's keys again (after a key was created or deleted).
    void recountKeys(qint64 tenantId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &reason);

private:
    struct Row {
        Tenant tenant;
        qint64 keyCount = -1; // -1: could not count
    };
    qint64 countKeys(qint64 tenantId) const;

    const TenantService &m_tenants;
    const KeyService &m_keys;
    Actor m_actor;
    QList<Row> m_rows;
};

} // namespace keyward
