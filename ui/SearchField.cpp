// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SearchField.h"

#include "ThemeIcon.h"

#include <QKeyEvent>
#include <QLocale>

namespace keyward {

SearchField::SearchField(const QString &placeholder, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setAccessibleName(placeholder);
    setClearButtonEnabled(true);
    addAction(ThemeIcon::get(QStringLiteral("edit-find"), QStringLiteral("search"),
                             QStyle::SP_FileDialogContentsView),
              QLineEdit::LeadingPosition);
    m_pause.setSingleShot(true);
    m_pause.setInterval(200);
    connect(this, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(&m_pause, &QTimer::timeout, this, [this] { emit searchChanged(text()); });
}

QString SearchField::countText(qint64 total, bool moreThanTotal, qint64 loaded, bool searching,
                               const QString &one, const QString &many)
{
    const QLocale locale;
    QString text;
    if (moreThanTotal)
        //: %1 is a number (where counting stopped), %2 the things counted ("keys")
        text = searching ? tr("More than %1 %2 match").arg(locale.toString(total), many)
                         : tr("More than %1 %2").arg(locale.toString(total), many);
    else if (!searching)
        //: %1 is a number, %2 the thing counted ("1,234 keys")
        text = tr("%1 %2").arg(locale.toString(total), total == 1 ? one : many);
    else if (total == 0)
        text = tr("No match");
    else if (total == 1)
        text = tr("1 %1 matches").arg(one);
    else
        text = tr("%1 %2 match").arg(locale.toString(total), many);
    if (loaded < total)
        //: %1 is the count above ("1,234 keys", "3 keys match"), %2 how many rows are loaded
        text = tr("%1, %2 loaded").arg(text, locale.toString(loaded));
    return text;
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // Escape clears the search, as in a browser's find bar; on an empty box
    // it goes on to the window (a dialog still closes).
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace keyward
