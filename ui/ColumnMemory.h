// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QHeaderView;

namespace keyward {

// A view's column widths and order as the operator leaves them: once a
// column is resized or moved by hand, the header's state is kept in the
// settings under `key` and restored in the next session, and the pane's own
// fitting (which would make the widths jump at every update) stops. Until
// then the pane fits the columns to what they show.
class ColumnMemory : public QObject {
    Q_OBJECT
public:
    ColumnMemory(QHeaderView *header, QString key);

    // Whether the operator has chosen the widths, now or in an earlier session.
    bool chosen() const { return m_chosen; }
    // Runs `fitting` unless the operator has chosen; what it resizes is not
    // taken for a choice.
    void fit(const std::function<void()> &fitting);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remember();

    QHeaderView *m_header;
    QString m_key;
    bool m_chosen = false;
    bool m_fitting = false;
    bool m_handOnHeader = false;
};

} // namespace keyward
