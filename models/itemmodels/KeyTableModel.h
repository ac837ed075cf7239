// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/KeyHygiene.h"
#include "entities/ApiKey.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PagedTableModel.h"

namespace keyward {

class Clock;
class KeyService;

// The keys of one tenant as the keys pane shows them: their columns, and
// pages read through KeyService::list (PagedTableModel loads them lazily; no
// tenant, no keys). Never holds a secret: rows are the stored ApiKey values
// (digest and display prefix only).
class KeyTableModel : public PagedTableModel<ApiKey> {
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        KindColumn,
        PrefixColumn,
        StatusColumn,
        PermissionsColumn,
        NetworksColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        UsesColumn,
        AttentionColumn, // what KeyHygiene raises: "Expiring soon", "Never used", ...
        ColumnCount
    };
    enum Role { ExpiryRole = ItemRoles::FirstModelRole };
    enum class Expiry { Never, Valid, ExpiringSoon, Expired };
    Q_ENUM(Expiry)
    // What a key amounts to now, as the Status column says it. Only an
    // active key, or a superseded one within its grace period, can be
    // exchanged for a token.
    enum class Standing { Active, Superseded, Expired, Disabled, TenantInactive };
    Q_ENUM(Standing)

    static constexpr qint64 expiringSoonSeconds = 7 * 24 * 3600;
    // How the console judges keys: expiring soon within a week, as the
    // Expires column warns.
    static KeyHygiene::Settings hygiene();
    // "Expiring soon", "Never used", "Idle 30 d", "Wide open".
    static QString concernText(KeyHygiene::Concern concern);

    KeyTableModel(const KeyService &keys, const Clock &clock, Actor actor,
                  QObject *parent = nullptr);

    const ApiKey *keyAt(int row) const { return rowAt(row); }
    // A key changed or created here: replaced in place, or appended.
    void upsertKey(const ApiKey &key);
    // A key deleted here leaves the list.
    void removeKey(qint64 keyId) { removeRowWithId(keyId); }
    // Relative times ("in 3 days") age and keys expire; views call this every
    // minute.
    void refreshTimes();
    // Only the keys with this concern (nullopt: all), read from the store
    // page by page like the rest.
    void setConcern(std::optional<KeyHygiene::Concern> concern);
    std::optional<KeyHygiene::Concern> concern() const { return m_concern; }

    // The shown tenant is deactivated: its keys are refused whatever their
    // own status says.
    void setTenantActive(bool active);
    static Expiry expiryOf(const ApiKey &key, const QDateTime &now);
    static Standing standingOf(const ApiKey &key, bool tenantActive, const QDateTime &now);
    // With this model's tenant and clock.
    Standing standingOf(const ApiKey &key) const;
    static bool exchangeable(Standing standing)
    {
        return standing == Standing::Active || standing == Standing::Superseded;
    }
    static QString kindText(const ApiKey &key);
    // "sk_AbC…": what the list and the details pane show of a key's value.
    static QString prefixText(const ApiKey &key);
    // "10.0.0.0/8, 192.168.0.0/16", or "any" for a key without an allow-list.
    static QString networksText(const ApiKey &key);

    // The store's order for a column; none for Attention, which is judged
    // here and cannot be sorted on.
    static std::optional<KeySort::By> sortFor(int column);
    // Reads the list again in this column's order, as the store sorts it (a
    // column of -1: the natural order, oldest first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Reading a page failed; the list stops where it is until refresh().
    void loadFailed(const QString &reason);
    // The count changed with no row added or removed (the list's last page).
    void totalCountChanged();

private:
    Result<Page<ApiKey>, QString> fetchPage(const PageRequest &request) const override;
    void pageFailed(const QString &reason) override { emit loadFailed(reason); }
    void totalCountSettled() override { emit totalCountChanged(); }
    QVariant display(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant emphasis(const ApiKey &key, int column, const QDateTime &now) const;

    const KeyService &m_keys;
    const Clock &m_clock;
    Actor m_actor;
    std::optional<KeyHygiene::Concern> m_concern;
    bool m_tenantActive = true;
    KeySort m_sort;
};

} // namespace keyward
