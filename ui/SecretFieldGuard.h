// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QLineEdit;
class QMenu;

namespace keyward {

class ClipboardGuard;

// Watches a read-only field that shows a secret so the secret leaves it only
// through the ClipboardGuard (marked for clipboard managers, cleared later):
// the copy and cut keys and the context menu's Copy copy the whole secret
// through the guard; dragging is off; and whatever a selection puts on the X
// primary selection is taken off it at once (that clipboard cannot be
// guarded: any middle click pastes it).
class SecretFieldGuard : public QObject {
    Q_OBJECT
public:
    SecretFieldGuard(QLineEdit &field, ClipboardGuard &clipboard);

    // The context menu the field shows: the guarded Copy and Select All.
    QMenu *createContextMenu();
    void copy();

signals:
    // The secret went to the clipboard.
    void copied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void takeOffSelection();

    QLineEdit &m_field;
    ClipboardGuard &m_clipboard;
};

} // namespace keyward
