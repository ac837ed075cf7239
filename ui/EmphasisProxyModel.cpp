// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "EmphasisProxyModel.h"

#include "ThemeIcon.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QWidget>

namespace keyward {

QColor EmphasisProxyModel::colorFor(ItemRoles::Emphasis emphasis, const QPalette &palette)
{
    // Light text on dark bases, dark text on light ones: both keep a
    // readable contrast whichever palette the desktop uses.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (emphasis) {
    case ItemRoles::Emphasis::Muted:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case ItemRoles::Emphasis::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x5b, 0x00);
    case ItemRoles::Emphasis::Critical:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case ItemRoles::Emphasis::Normal:
        break;
    }
    return {};
}

void EmphasisProxyModel::setTextEmphasis(QWidget *widget, ItemRoles::Emphasis emphasis)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colorFor(emphasis, palette));
    widget->setPalette(palette);
}

EmphasisProxyModel::EmphasisProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant EmphasisProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole && role != Qt::FontRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant emphasisValue = QIdentityProxyModel::data(index, ItemRoles::EmphasisRole);
    if (!emphasisValue.isValid())
        return QIdentityProxyModel::data(index, role);
    const auto emphasis = ItemRoles::Emphasis(emphasisValue.toInt());
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::ForegroundRole:
        if (emphasis != ItemRoles::Emphasis::Normal)
            return colorFor(emphasis, palette);
        break;
    case Qt::FontRole:
        if (emphasis == ItemRoles::Emphasis::Warning || emphasis == ItemRoles::Emphasis::Critical) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        // Colour alone does not reach everyone: warnings carry an icon too.
        if (emphasis == ItemRoles::Emphasis::Warning || emphasis == ItemRoles::Emphasis::Critical) {
            if (m_warningIcon.isNull())
                m_warningIcon =
                    ThemeIcon::get(QStringLiteral("dialog-warning"), QStringLiteral("warning"),
                                   QStyle::SP_MessageBoxWarning);
            return m_warningIcon;
        }
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace keyward
