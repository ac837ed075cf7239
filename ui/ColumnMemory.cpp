// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ColumnMemory.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>

namespace keyward {

ColumnMemory::ColumnMemory(QHeaderView *header, QString key)
    : QObject(header)
    , m_header(header)
    , m_key(std::move(key))
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_chosen = true;
        // Widths and order only: the list always opens in its natural order.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ColumnMemory::remember);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnMemory::remember);
}

void ColumnMemory::fit(const std::function<void()> &fitting)
{
    if (m_chosen)
        return;
    m_fitting = true;
    fitting();
    m_fitting = false;
}

bool ColumnMemory::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: // a divider double-clicked fits that column
        m_handOnHeader = true;
        break;
    case QEvent::MouseButtonRelease:
        QMetaObject::invokeMethod(
            this, [this] { m_handOnHeader = false; }, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ColumnMemory::remember()
{
    // Qt and the pane resize sections too; only a hand on the header is a
    // choice.
    if (m_fitting || !m_handOnHeader)
        return;
    m_chosen = true;
    QSettings().setValue(m_key, m_header->saveState());
}

} // namespace keyward
