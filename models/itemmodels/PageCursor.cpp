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
    m_more = false;
    m_after.reset();
    m_total = 0;
    m_moreThanTotal = false;
    m_ids.clear();
}

void PageCursor::pageArrived(int itemCount, qint64 totalCount, bool moreThanTotal,
                             const std::optional<PageKey> &last)
{
    m_started = true;
    m_total = totalCount;
    m_moreThanTotal = moreThanTotal;
    if (m_moreThanTotal) // scrolled past where the count stopped
        m_total = qMax(m_total, qint64(m_ids.size()));
    if (last)
        m_after = last;
    // A short page ends the list whatever the count said (rows were removed
    // meanwhile); then the list holds all there is.
    m_more = itemCount >= m_pageSize;
    if (!m_more) {
        m_total = m_ids.size();
        m_moreThanTotal = false;
    }
}

bool PageCursor::admit(qint64 id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    return true;
}

void PageCursor::addedLocally(qint64 id)
{
    m_ids.insert(id);
    ++m_total;
}

void PageCursor::removed(qint64 id)
{
    if (m_ids.remove(id) && m_total > 0)
        --m_total;
}

} // namespace keyward
