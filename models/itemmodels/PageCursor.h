// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/Page.h"

#include <QSet>

namespace keyward {

// Where a lazily loaded list stands in a service's list read by keyset: the
// last row read (the next page starts after it), how many rows the service
// reported, and which ids the list holds. Rows that others add or remove
// move nothing under it, so none is skipped; the ids make a row met twice
// (one created here, then met in a page) harmless.
class PageCursor {
public:
    explicit PageCursor(int pageSize);

    void reset();
    bool hasMore() const { return !m_started || m_more; }
    // The page after the last row read.
    PageRequest next() const { return {1, m_pageSize, m_after}; }
    // Records a page once its rows were admitted: how many items it had
    // (held already or not), the total the service reported, and where the
    // next one starts.
    template <typename T> void pageArrived(const Page<T> &page)
    {
        pageArrived(int(page.items.size()), page.totalCount, page.moreThanTotal, page.last);
    }
    void pageArrived(int itemCount, qint64 totalCount, bool moreThanTotal,
                     const std::optional<PageKey> &last);

    // Whether a row read from a page is new to the list (and from now on held).
    bool admit(qint64 id);
    // A row this list made itself (a key just created): it only grows the total.
    void addedLocally(qint64 id);
    // A held row that left the service's list (deleted here).
    void removed(qint64 id);

    qint64 totalCount() const { return m_total; }
    // The service stopped counting at totalCount(): there are more.
    bool moreThanTotal() const { return m_moreThanTotal; }

private:
    int m_pageSize;
    bool m_started = false;
    bool m_more = false;
    std::optional<PageKey> m_after;
    qint64 m_total = 0;
    bool m_moreThanTotal = false;
    QSet<qint64> m_ids;
};

} // namespace keyward
