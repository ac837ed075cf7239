// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

namespace keyward {

// The embedded server's recent requests, oldest at the top: a ring of the
// last `capacity` entries (1,000 by default). Entries arrive in bursts under
// load, so append() only queues and a short timer inserts the batch with one
// insert and at most one removal, keeping the view responsive.
class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Entry {
        QDateTime finishedAt;
        QByteArray method;
        QString path; // without the query string, which may carry a secret
        int status = 0;
        qint64 elapsedMs = 0;
        QString requestId;
    };
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        LatencyColumn,
        RequestIdColumn,
        ColumnCount
    };

    static constexpr int defaultCapacity = 1000;

    explicit RequestLogModel(QObject *parent = nullptr, int capacity = defaultCapacity);

    void append(const Entry &entry);
    // Inserts what append() queued now instead of at the next timer tick.
    void flush();
    void clear();
    int capacity() const { return m_capacity; }
    // Every request seen since start (or clear()), including those the ring dropped.
    qint64 totalSeen() const { return m_totalSeen; }
    const Entry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    QList<Entry> m_rows; // QList drops from the front in O(1)
    QList<Entry> m_pending;
    QTimer m_flushTimer;
    qint64 m_totalSeen = 0;
};

} // namespace keyward
