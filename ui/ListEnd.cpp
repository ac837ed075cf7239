// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ListEnd.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTreeView>

namespace keyward {

ListEnd::ListEnd(QTreeView *view, int naturalColumn, Qt::SortOrder naturalEnd)
    : QObject(view)
    , m_view(view)
    , m_naturalColumn(naturalColumn)
    , m_naturalEnd(naturalEnd)
{
    view->installEventFilter(this);
}

bool ListEnd::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress ||
        !static_cast<QKeyEvent *>(event)->matches(QKeySequence::MoveToEndOfDocument))
        return QObject::eventFilter(watched, event);
    QAbstractItemModel *model = m_view->model();
    if (!model || !model->canFetchMore({}))
        return QObject::eventFilter(watched, event);
    QHeaderView *header = m_view->header();
    const int sorted = header->sortIndicatorSection();
    const bool turnedAlready =
        m_turned && sorted == m_turnedSection && header->sortIndicatorOrder() == m_turnedOrder;
    if (!turnedAlready) {
        if (sorted < 0 || sorted >= model->columnCount())
            header->setSortIndicator(m_naturalColumn, m_naturalEnd);
        else
            header->setSortIndicator(sorted, header->sortIndicatorOrder() == Qt::AscendingOrder
                                                 ? Qt::DescendingOrder
                                                 : Qt::AscendingOrder);
        m_turned = true;
        m_turnedSection = header->sortIndicatorSection();
        m_turnedOrder = header->sortIndicatorOrder();
    }
    const QModelIndex first = model->index(0, qMax(0, m_view->currentIndex().column()));
    if (first.isValid())
        m_view->setCurrentIndex(first);
    m_view->scrollToTop();
    return true;
}

} // namespace keyward
