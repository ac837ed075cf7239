// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace keyward {

// Asks before an action that cannot simply be undone: a warning box whose
// default is Cancel, so Enter never confirms by accident. True when the
// operator clicked `action`.
bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &informative, const QString &action);

} // namespace keyward
