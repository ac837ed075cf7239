// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/ItemRoles.h"

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

class QWidget;

namespace keyward {

// Turns the models' ItemRoles::EmphasisRole (muted, warning, critical) into
// colours, weight and an icon that fit the current palette, light or dark:
// the models say what a cell means, this decides how it looks.
class EmphasisProxyModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit EmphasisProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The text colour of an emphasis in this palette (inline errors use
    // Critical too); invalid for Normal.
    static QColor colorFor(ItemRoles::Emphasis emphasis, const QPalette &palette);
    // Gives a widget's text the colour of rows with this emphasis (a form's
    // error line: Critical).
    static void setTextEmphasis(QWidget *widget, ItemRoles::Emphasis emphasis);

private:
    mutable QIcon m_warningIcon; // looked up once, on first paint
};

} // namespace keyward
