// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/User.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;

namespace keyward {

// Picks a user's role, each role said in words beside its name; the button
// stays off until another role than the user's own is picked.
class RoleDialog : public QDialog {
    Q_OBJECT
public:
    RoleDialog(const QString &email, Role current, QWidget *parent = nullptr);

    Role role() const;
    void choose(Role role);

private:
    Role m_current;
    QButtonGroup *m_roles;
    QDialogButtonBox *m_buttons;
};

} // namespace keyward
