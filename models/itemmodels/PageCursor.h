// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/Page.h"

#include <QSet>

namespace keyward {

// Where a lazily loaded list stands in a paged, offset-based service list:
// how far into the server's order it has read, how many rows the server
// reported, and which ids it already holds. Rows that others add or remove
// shift the offsets under it; ids make a re-read harmless and the removal
// bookkeeping keeps a local delete from skipping the row after it.
class PageCursor {
public:
    explicit PageCursor(int pageSize);

    void reset();
    bool hasMore() const { return !m_started || m_consumed < m_total; }
    // The page that holds the first row not read yet.
    PageRequest next() const;
    // Records what `request` returned; `itemCount` counts every item of the
    // page, held already or not.
    void pageArrived(const PageRequest &request, int itemCount, qint64 totalCount);

    // Whether a row read from a page is new to the list (and from now on held).
    bool admit(qint64 id);
    bool holds(qint64 id) const { return m_ids.contains(id); }
    // A row this list made itself (a key just created): it sits beyond what
    // was read, so it only grows the total.
    void addedLocally(qint64 id);
    // A held row that left the server's list (deleted here): rows after it
    // moved up one place.
    void removed(qint64 id);

    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }

private:
    int m_pageSize;
    bool m_started = false;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
    QSet<qint64> m_ids;
    QSet<qint64> m_local; // added here, not yet met in a page
};

} // namespace keyward
