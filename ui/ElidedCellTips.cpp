// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ElidedCellTips.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace keyward {

ElidedCellTips::ElidedCellTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool ElidedCellTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false; // the model's own tooltip, as usual
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = cell;
    const int needed = m_view->itemDelegateForIndex(index)->sizeHint(option, index).width();
    if (text.isEmpty() || needed <= cell.width()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace keyward
