// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QVariant>

class QAbstractItemView;

namespace keyward {

// Whatever reads a list again (F5, a search, a sort) keeps the selected row
// selected when it is among the rows read: the row is found again by its id
// (ItemRoles::IdRole) once the model is reset, and made current. Owned by
// the view.
class KeepSelection : public QObject {
    Q_OBJECT
public:
    explicit KeepSelection(QAbstractItemView *view);

signals:
    // After every reset, whether or not the row was found again.
    void restored();

private:
    void remember();
    void restore();

    QAbstractItemView *m_view;
    QVariant m_id; // of the current row before the reset
};

} // namespace keyward
