// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAbstractItemView;

namespace keyward {

// Shows a cell's whole text as its tooltip when the column is too narrow
// for it (the view elides it) and the model has no tooltip of its own for
// that cell: the permissions and networks of a key, a long label, an
// audit detail read without widening the column.
class ElidedCellTips : public QObject {
    Q_OBJECT
public:
    explicit ElidedCellTips(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace keyward
