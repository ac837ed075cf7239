// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/PageCursor.h"

namespace keyward {

PageCursor::PageCursor(int pageSize)
    : m_pageSize(qBound(1, pageSize, PageRequest::maxPageSize))
{}

void PageCursor::reset()
{
    m_started = false;
    m_consumed = 0;
    m_total = 0;
    m_ids.clear();
    m_local.clear();
}

PageRequest PageCursor::next() const
{
    return {int(m_consumed / m_pageSize) + 1, m_pageSize};
}

void PageCursor::pageArrived(const PageRequest &request, int itemCount, qint64 totalCount)
{
    m_started = true;
    m_total = totalCount;
    m_consumed = qMax(m_consumed, request.offset() + itemCount);
    // A short or empty page ends the list whatever the count said: rows were
    // removed meanwhile, and asking again would not move.
    if (itemCount < request.pageSize)
        m_total = qMin(m_total, m_consumed);
}

bool PageCursor::admit(qint64 id)
{
    if (m_ids.contains(id)) {
        m_local.remove(id); // met in the server's order at last
        return false;
    }
    m_ids.insert(id);
    return true;
}

void PageCursor::addedLocally(qint64 id)
{
    m_ids.insert(id);
    m_local.insert(id);
    ++m_total;
}

void PageCursor::removed(qint64 id)
{
    if (!m_ids.remove(id))
        return;
    if (!m_local.remove(id) && m_consumed > 0)
        --m_consumed;
    if (m_total > 0)
        --m_total;
}

} // namespace keyward
