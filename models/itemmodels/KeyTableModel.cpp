// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/KeyTableModel.h"

#include "domain/Clock.h"
#include "domain/KeyService.h"
#include "itemmodels/RelativeTime.h"
#include "itemmodels/ShownTime.h"

#include <QLocale>

namespace keyward {

namespace {

QString statusText(KeyTableModel::Standing standing, const ApiKey &key)
{
    using Standing = KeyTableModel::Standing;
    switch (standing) {
    case Standing::Active:
        //: a key's status
        return KeyTableModel::tr("Active");
    case Standing::Superseded:
        //: %1 is a date and time
        return key.expiresAt.isValid() ? KeyTableModel::tr("Superseded — grace until %1")
                                             .arg(ShownTime::of(key.expiresAt))
                                       : KeyTableModel::tr("Superseded");
    case Standing::Expired:
        //: a key's status
        return KeyTableModel::tr("Expired");
    case Standing::Disabled:
        //: a key's status
        return KeyTableModel::tr("Disabled");
    case Standing::TenantInactive:
        return KeyTableModel::tr("Tenant inactive");
    }
    Q_UNREACHABLE();
}

QString statusTip(KeyTableModel::Standing standing, const ApiKey &key)
{
    using Standing = KeyTableModel::Standing;
    switch (standing) {
    case Standing::Active:
        return KeyTableModel::tr("Exchanged for tokens and accepted");
    case Standing::Superseded:
        //: %1 is a key id, %2 a date and time
        return KeyTableModel::tr(
                   "Replaced by key %1 in a rotation; accepted until %2, then refused")
            .arg(*key.supersededById)
            .arg(ShownTime::of(key.expiresAt));
    case Standing::Expired:
        //: %1 is a date and time
        return KeyTableModel::tr("Expired %1; refused").arg(ShownTime::of(key.expiresAt));
    case Standing::Disabled:
        return KeyTableModel::tr("Refused until it is enabled again");
    case Standing::TenantInactive:
        return KeyTableModel::tr("The tenant is deactivated: its keys are refused until it is "
                                 "activated again");
    }
    Q_UNREACHABLE();
}

} // namespace

KeyTableModel::KeyTableModel(const KeyService &keys, const Clock &clock, Actor actor,
                             QObject *parent)
    : PagedTableModel(WithoutTenant::Nothing, parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_actor(std::move(actor))
{}

Result<Page<ApiKey>, QString> KeyTableModel::fetchPage(const PageRequest &request) const
{
    KeyService::ListFilter filter;
    filter.tenantId = tenant();
    filter.concern = m_concern;
    filter.hygiene = hygiene();
    filter.search = search(); // see KeyService::ListFilter::search
    filter.sort = m_sort;
    auto page = m_keys.list(m_actor, filter, request);
    if (!page)
        return page.error().said.translated();
    return std::move(*page);
}

void KeyTableModel::upsertKey(const ApiKey &key)
{
    if (tenant() != key.tenantId) // another tenant's key, or no tenant shown
        return;
    if (key.status == KeyStatus::Deleted)
        return removeKey(key.id);
    upsertRow(key);
}

void KeyTableModel::refreshTimes()
{
    if (rows().isEmpty())
        return;
    const int last = int(rows().size()) - 1;
    // The status too: a key expires, a grace period ends.
    emit dataChanged(index(0, StatusColumn), index(last, AttentionColumn));
}

void KeyTableModel::setConcern(std::optional<KeyHygiene::Concern> concern)
{
    if (m_concern == concern)
        return;
    m_concern = concern;
    refresh();
}

KeyHygiene::Settings KeyTableModel::hygiene()
{
    KeyHygiene::Settings settings;
    settings.expiringWithinDays = int(expiringSoonSeconds / 86400);
    return settings;
}

QString KeyTableModel::concernText(KeyHygiene::Concern concern)
{
    switch (concern) {
    case KeyHygiene::Concern::ExpiringSoon:
        return tr("Expiring soon");
    case KeyHygiene::Concern::NeverUsed:
        return tr("Never used");
    case KeyHygiene::Concern::Idle:
        //: unused for 30 days; "d" abbreviates days
        return tr("Idle 30 d");
    case KeyHygiene::Concern::WideOpen:
        //: the key can change things from any network
        return tr("Wide open");
    }
    Q_UNREACHABLE();
}

void KeyTableModel::setTenantActive(bool active)
{
    if (m_tenantActive == active)
        return;
    m_tenantActive = active;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

KeyTableModel::Standing KeyTableModel::standingOf(const ApiKey &key, bool tenantActive,
                                                  const QDateTime &now)
{
    if (key.status != KeyStatus::Active)
        return Standing::Disabled;
    if (key.isExpiredAt(now))
        return Standing::Expired;
    if (!tenantActive)
        return Standing::TenantInactive;
    if (key.supersededById)
        return Standing::Superseded;
    return Standing::Active;
}

KeyTableModel::Standing KeyTableModel::standingOf(const ApiKey &key) const
{
    return standingOf(key, m_tenantActive, m_clock.now());
}

KeyTableModel::Expiry KeyTableModel::expiryOf(const ApiKey &key, const QDateTime &now)
{
    if (!key.expiresAt.isValid())
        return Expiry::Never;
    if (key.isExpiredAt(now))
        return Expiry::Expired;
    if (now.secsTo(key.expiresAt) <= expiringSoonSeconds)
        return Expiry::ExpiringSoon;
    return Expiry::Valid;
}

QString KeyTableModel::prefixText(const ApiKey &key)
{
    return key.displayPrefix + QChar(0x2026);
}

QString KeyTableModel::networksText(const ApiKey &key)
{
    return key.allowedNetworks.isEmpty()
               //: allowed networks: any network
               ? tr("any")
               : QString(key.allowedNetworks).replace(QLatin1Char(','), QStringLiteral(", "));
}

QString KeyTableModel::kindText(const ApiKey &key)
{
    switch (key.kind) {
    case ApiKeyKind::Tenant:
        return tr("Tenant key");
    case ApiKeyKind::Secret:
        return key.publicId.isEmpty() ? tr("Secret key") : tr("Client credential");
    case ApiKeyKind::Jwt:
        return tr("JWT key");
    }
    Q_UNREACHABLE();
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::display(const ApiKey &key, int column, const QDateTime &now) const
{
    switch (column) {
    case LabelColumn:
        return key.name;
    case KindColumn:
        return kindText(key);
    case PrefixColumn:
        return prefixText(key);
    case StatusColumn:
        return statusText(standingOf(key, m_tenantActive, now), key);
    case PermissionsColumn:
        return key.permissions.join(QStringLiteral(", "));
    case NetworksColumn:
        return networksText(key);
    case CreatedColumn:
        return ShownTime::dateOf(key.createdAt); // the tooltip has the time
    case ExpiresColumn:
        switch (expiryOf(key, now)) {
        case Expiry::Never:
            //: expires: never
            return tr("never");
        case Expiry::Expired:
            //: %1 is a relative time such as "3 days ago"
            return tr("expired %1").arg(RelativeTime::describe(key.expiresAt, now));
        case Expiry::ExpiringSoon:
        case Expiry::Valid:
            return RelativeTime::describe(key.expiresAt, now);
        }
        break;
    case LastUsedColumn:
        //: last used: never
        return key.lastUsedAt.isValid() ? RelativeTime::describe(key.lastUsedAt, now) : tr("never");
    case UsesColumn:
        return QLocale().toString(key.useCount);
    case AttentionColumn: {
        QStringList concerns;
        for (const auto &finding : KeyHygiene::review(key, now, hygiene()))
            concerns << concernText(finding.concern);
        return concerns.join(QStringLiteral(", "));
    }
    }
    return {};
}

std::optional<KeySort::By> KeyTableModel::sortFor(int column)
{
    switch (column) {
    case LabelColumn:
        return KeySort::By::Label;
    case KindColumn:
        return KeySort::By::Kind;
    case PrefixColumn:
        return KeySort::By::Prefix;
    case StatusColumn:
        return KeySort::By::Status;
    case PermissionsColumn:
        return KeySort::By::Permissions;
    case NetworksColumn:
        return KeySort::By::Networks;
    case CreatedColumn:
        return KeySort::By::Created;
    case ExpiresColumn:
        return KeySort::By::Expires;
    case LastUsedColumn:
        return KeySort::By::LastUsed;
    case UsesColumn:
        return KeySort::By::Uses;
    }
    return std::nullopt; // the Attention column is judged here, not in the store
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    KeySort sort; // no column: the natural order
    if (column >= 0) {
        const auto by = sortFor(column);
        if (!by)
            return;
        sort.by = *by;
        sort.descending = order == Qt::DescendingOrder;
    }
    if (sort.by == m_sort.by && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    refresh();
}

QVariant KeyTableModel::emphasis(const ApiKey &key, int column, const QDateTime &now) const
{
    const Expiry expiry = expiryOf(key, now);
    if (column == ExpiresColumn && expiry == Expiry::Expired)
        return int(ItemRoles::Emphasis::Critical);
    if (column == ExpiresColumn && expiry == Expiry::ExpiringSoon)
        return int(ItemRoles::Emphasis::Warning);
    if (column == AttentionColumn && !KeyHygiene::review(key, now, hygiene()).isEmpty())
        return int(ItemRoles::Emphasis::Warning);
    if (!exchangeable(standingOf(key, m_tenantActive, now)))
        return int(ItemRoles::Emphasis::Muted);
    return int(ItemRoles::Emphasis::Normal);
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(key, column, m_clock.now());
    case Qt::ToolTipRole:
        switch (column) {
        case LabelColumn:
            return key.description.isEmpty() ? key.name : key.description;
        case StatusColumn:
            return statusTip(standingOf(key), key);
        case CreatedColumn:
            return ShownTime::inFull(key.createdAt);
        case ExpiresColumn:
            return key.expiresAt.isValid() ? ShownTime::inFull(key.expiresAt)
                                           : tr("This key does not expire");
        case LastUsedColumn:
            return key.lastUsedAt.isValid() ? ShownTime::inFull(key.lastUsedAt) : tr("Never used");
        case PrefixColumn:
            return tr("The first characters of the key; the secret itself is never stored");
        case AttentionColumn: {
            QStringList reasons;
            for (const auto &finding : KeyHygiene::review(key, m_clock.now(), hygiene()))
                //: %1 is a concern such as "Never used", %2 why, such as "unused for 45 days"
                reasons << tr("%1: %2").arg(concernText(finding.concern),
                                            finding.reason.translated());
            return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(QLatin1Char('\n')));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == UsesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRoles::IdRole:
        return key.id;
    case ItemRoles::EmphasisRole:
        return emphasis(key, column, m_clock.now());
    case ExpiryRole:
        return QVariant::fromValue(expiryOf(key, m_clock.now()));
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case KindColumn:
        //: column title: what sort of key
        return tr("Kind");
    case PrefixColumn:
        return tr("Prefix");
    case StatusColumn:
        return tr("Status");
    case PermissionsColumn:
        return tr("Permissions");
    case NetworksColumn:
        return tr("Allowed networks");
    case CreatedColumn:
        //: column title: when the key was created
        return tr("Created");
    case ExpiresColumn:
        //: column title: when the key expires
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case UsesColumn:
        //: column title: how many times the key was used
        return tr("Uses");
    case AttentionColumn:
        //: column title: what needs the operator's attention
        return tr("Attention");
    }
    return {};
}

} // namespace keyward
