// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RequestLogModel.h"

#include <QLocale>

namespace keyward {

RequestLogModel::RequestLogModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &RequestLogModel::flush);
}

void RequestLogModel::append(const Entry &entry)
{
    ++m_totalSeen;
    m_pending.append(entry);
    // Only the newest `capacity` can ever be shown.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RequestLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const qsizetype overflow = m_rows.size() + m_pending.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + m_pending.size() - 1));
    m_rows.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    m_totalSeen = 0;
    endResetModel();
}

const RequestLogModel::Entry *RequestLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.finishedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(entry.method);
        case PathColumn:
            return entry.path;
        case StatusColumn:
            return entry.status;
        case LatencyColumn:
            //: %1 is a duration in milliseconds
            return tr("%1 ms").arg(QLocale().toString(entry.elapsedMs));
        case RequestIdColumn:
            return entry.requestId;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRoles::SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.finishedAt.toMSecsSinceEpoch();
        case StatusColumn:
            return entry.status;
        case LatencyColumn:
            return entry.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ItemRoles::EmphasisRole:
        if (index.column() != StatusColumn)
            return int(ItemRoles::Emphasis::Normal);
        if (entry.status >= 500)
            return int(ItemRoles::Emphasis::Critical);
        if (entry.status >= 400)
            return int(ItemRoles::Emphasis::Warning);
        return int(ItemRoles::Emphasis::Normal);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: column title: when the request finished
        return tr("Time");
    case MethodColumn:
        //: column title: the HTTP method
        return tr("Method");
    case PathColumn:
        //: column title: the URL path requested
        return tr("Path");
    case StatusColumn:
        //: column title: the HTTP status code
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case RequestIdColumn:
        return tr("Request ID");
    }
    return {};
}

} // namespace keyward
