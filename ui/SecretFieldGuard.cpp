// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SecretFieldGuard.h"

#include "ClipboardGuard.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

namespace keyward {

SecretFieldGuard::SecretFieldGuard(QLineEdit &field, ClipboardGuard &clipboard)
    : QObject(&field)
    , m_field(field)
    , m_clipboard(clipboard)
{
    m_field.setDragEnabled(false);
    m_field.installEventFilter(this);
    QClipboard *system = QGuiApplication::clipboard();
    if (system->supportsSelection())
        connect(system, &QClipboard::selectionChanged, this, &SecretFieldGuard::takeOffSelection);
}

void SecretFieldGuard::copy()
{
    m_clipboard.copySecret(m_field.text());
    emit copied();
}

QMenu *SecretFieldGuard::createContextMenu()
{
    auto *menu = new QMenu(&m_field);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copyAction = menu->addAction(tr("&Copy Key"), this, &SecretFieldGuard::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    menu->addAction(tr("Select &All"), &m_field, &QLineEdit::selectAll);
    return menu;
}

bool SecretFieldGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_field)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Copy) && !key->matches(QKeySequence::Cut))
            return false;
        if (event->type() == QEvent::KeyPress)
            copy();
        event->accept();
        return event->type() == QEvent::KeyPress;
    }
    case QEvent::ContextMenu:
        createContextMenu()->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    default:
        return false;
    }
}

void SecretFieldGuard::takeOffSelection()
{
    QClipboard *system = QGuiApplication::clipboard();
    const QString selected = system->text(QClipboard::Selection);
    if (!selected.isEmpty() && m_field.text().contains(selected))
        system->clear(QClipboard::Selection);
}

} // namespace keyward
