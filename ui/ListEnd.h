// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QTreeView;

namespace keyward {

// Ctrl+End in a list the store reads page by page: the view knows only the
// rows loaded, so End would stop at row 200 of 100,000, and loading them all
// would take seconds. While rows wait unread, the list turns round instead
// (the header's sort reversed; unsorted, `naturalColumn` sorted in
// `naturalEnd`, descending for a list in creation order), so its end comes
// first, at once, and the current row goes there (pressed again, it stays
// there). Once every row is loaded, Ctrl+End is the view's own. Owned by the
// view.
class ListEnd : public QObject {
    Q_OBJECT
public:
    ListEnd(QTreeView *view, int naturalColumn, Qt::SortOrder naturalEnd = Qt::DescendingOrder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    int m_naturalColumn;
    Qt::SortOrder m_naturalEnd;
    // The sort this turned the list to (once it has), while the header
    // still shows it.
    bool m_turned = false;
    int m_turnedSection = -1;
    Qt::SortOrder m_turnedOrder = Qt::AscendingOrder;
};

} // namespace keyward
