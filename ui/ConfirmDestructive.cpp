// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ConfirmDestructive.h"

#include <QMessageBox>
#include <QPushButton>

namespace keyward {

bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                        const QString &informative, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(informative);
    QPushButton *go = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(go);
}

} // namespace keyward
