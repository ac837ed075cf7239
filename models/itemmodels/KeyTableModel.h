#pragma once

#include "domain/Actor.h"
#include "domain/ApiKey.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PageCursor.h"

#include <QAbstractTableModel>

#include <optional>

namespace keyward {

class Clock;
class KeyService;

// The keys of one tenant as the keys pane shows them. Owns the rows loaded
// so far: pages of `pageSize` are read through KeyService::list only when the
// view scrolls near the end (canFetchMore/fetchMore), so a tenant with
// 100,000 keys costs one page to open. Never holds a secret: rows are the
// stored ApiKey values (digest and display prefix only).
class KeyTableModel : public QAbstractTableModel {
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
        ColumnCount
    };
    enum Role { ExpiryRole = ItemRoles::FirstModelRole };
    enum class Expiry { Never, Valid, ExpiringSoon, Expired };
    Q_ENUM(Expiry)

    static constexpr int pageSize = 200;
    static constexpr qint64 expiringSoonSeconds = 7 * 24 * 3600;

    KeyTableModel(const KeyService &keys, const Clock &clock, Actor actor,
                  QObject *parent = nullptr);

    // Shows the keys of this tenant (none: an empty list) from the first page.
    void setTenant(std::optional<qint64> tenantId);
    std::optional<qint64> tenant() const { return m_tenantId; }
    // Drops what is loaded and reads the first page again.
    void refresh();

    // How many keys the tenant has, loaded or not.
    qint64 totalCount() const { return m_cursor.totalCount(); }
    const ApiKey *keyAt(int row) const;
    int rowOf(qint64 keyId) const;
    // A key changed or created here: replaced in place, or appended.
    void upsertKey(const ApiKey &key);
    // A key deleted here leaves the list.
    void removeKey(qint64 keyId);
    // Relative times ("in 3 days") age; views call this every minute.
    void refreshTimes();

    static Expiry expiryOf(const ApiKey &key, const QDateTime &now);
    static QString kindText(const ApiKey &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // Reading a page failed; the list stops where it is until refresh().
    void loadFailed(const QString &reason);

private:
    QList<ApiKey> readPage();
    QVariant display(const ApiKey &key, int column, const QDateTime &now) const;
    QVariant sortValue(const ApiKey &key, int column) const;
    QVariant emphasis(const ApiKey &key, int column, const QDateTime &now) const;

    const KeyService &m_keys;
    const Clock &m_clock;
    Actor m_actor;
    std::optional<qint64> m_tenantId;
    PageCursor m_cursor{pageSize};
    bool m_failed = false;
    QList<ApiKey> m_rows;
};

} // namespace keyward
