// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"
#include "itemmodels/PageCursor.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace keyward {

// The rows of one tenant's server list (or every tenant's) loaded so far, for
// a table that reads it lazily: a page of `pageSize` is read only when the
// view scrolls near the end (canFetchMore/fetchMore), so a list of 100,000
// rows costs one page to open. Owns the rows, the PageCursor that keeps a
// re-read or a local change from showing a row twice, and the failed state.
// The concrete model says how to read one page and what the columns show.
// Not a Q_OBJECT (moc cannot take a template): each concrete model declares
// Q_OBJECT and its loadFailed and totalCountChanged signals, which
// pageFailed() and totalCountSettled() hand it.
template <typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int pageSize = 200;
    // A search counts its matches up to this many ("more than 1,000 keys
    // match"): counting 20,000 matches would take longer than finding a page.
    static constexpr qint64 searchCountLimit = 1000;

    // Shows this tenant's rows (none: as WithoutTenant says) from the first page.
    void setTenant(std::optional<qint64> tenantId)
    {
        m_tenantId = tenantId;
        refresh();
    }
    std::optional<qint64> tenant() const { return m_tenantId; }
    // Only the rows matching these words, searched by the service: every
    // match is found, loaded or not. Reads the first page again when the
    // words change.
    void setSearch(const QString &text)
    {
        const bool same = m_search.simplified() == text.simplified();
        m_search = text;
        if (!same)
            refresh();
    }
    QString search() const { return m_search; }
    bool searching() const { return !m_search.trimmed().isEmpty(); }
    // Drops what is loaded and reads the first page again.
    void refresh();

    // How many rows the list has, loaded or not; while searching, at most
    // searchCountLimit, and then moreThanTotal() says there are more.
    qint64 totalCount() const { return m_cursor.totalCount(); }
    bool moreThanTotal() const { return m_cursor.moreThanTotal(); }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && listed() && !m_failed && m_cursor.hasMore();
    }
    void fetchMore(const QModelIndex &parent) override;

protected:
    // What the list holds while no tenant is chosen: the keys and users have
    // nothing, the audit trail everyone's events.
    enum class WithoutTenant { Nothing, EveryTenant };

    PagedTableModel(WithoutTenant withoutTenant, QObject *parent)
        : QAbstractTableModel(parent)
        , m_withoutTenant(withoutTenant)
    {}

    // One page of the list as the service has it now, or why it could not
    // be read.
    virtual Result<Page<Row>, QString> fetchPage(const PageRequest &request) const = 0;
    // Reading a page failed; the list stops where it is until refresh().
    virtual void pageFailed(const QString &reason) = 0;
    // totalCount() changed without rows coming or going.
    virtual void totalCountSettled() = 0;

    const QList<Row> &rows() const { return m_rows; }
    // A row changed or created here: replaced in place, or appended (it sits
    // beyond what was read, so the cursor only counts it).
    void upsertRow(const Row &row);
    // A row deleted here leaves the list.
    void removeRowWithId(qint64 id);

private:
    bool listed() const { return m_tenantId || m_withoutTenant == WithoutTenant::EveryTenant; }
    QList<Row> readPage();

    const WithoutTenant m_withoutTenant;
    std::optional<qint64> m_tenantId;
    QString m_search;
    PageCursor m_cursor{pageSize};
    bool m_failed = false;
    QList<Row> m_rows;
};

template <typename Row> void PagedTableModel<Row>::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_failed = false;
    if (listed())
        m_rows = readPage();
    endResetModel();
}

template <typename Row> QList<Row> PagedTableModel<Row>::readPage()
{
    PageRequest request = m_cursor.next();
    if (searching())
        request.countAtMost = searchCountLimit;
    auto page = fetchPage(request);
    if (!page) {
        m_failed = true;
        pageFailed(page.error());
        return {};
    }
    QList<Row> fresh;
    fresh.reserve(page->items.size());
    for (Row &row : page->items) {
        // A row created here sits at the end until its page comes.
        if (m_cursor.admit(row.id))
            fresh.append(std::move(row));
    }
    m_cursor.pageArrived(*page);
    return fresh;
}

template <typename Row> void PagedTableModel<Row>::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> fresh = readPage();
    if (fresh.isEmpty()) {
        // The list ended on a page with nothing new: only the count changed
        // ("more than 1,200 match" becomes "1,200 match").
        totalCountSettled();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

template <typename Row> int PagedTableModel<Row>::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

template <typename Row> void PagedTableModel<Row>::upsertRow(const Row &row)
{
    const int at = rowOf(row.id);
    if (at >= 0) {
        m_rows[at] = row;
        emit dataChanged(index(at, 0), index(at, columnCount() - 1));
        return;
    }
    m_cursor.addedLocally(row.id);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

template <typename Row> void PagedTableModel<Row>::removeRowWithId(qint64 id)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    m_cursor.removed(id);
    endRemoveRows();
}

} // namespace keyward
