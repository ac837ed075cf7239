// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace keyward {

// The search box of a list the store searches: a find icon and a clear
// button, Escape clears it, and searchChanged() comes once typing pauses, so
// a word is one query rather than one per letter.
class SearchField : public QLineEdit {
    Q_OBJECT
public:
    SearchField(const QString &placeholder, QWidget *parent = nullptr);

    // What the count beside the box says: "1,234 keys", "3 keys match",
    // "More than 1,000 keys match" (the store stopped counting: moreThanTotal),
    // "No match", with ", 200 loaded" while more rows wait to be read.
    static QString countText(qint64 total, bool moreThanTotal, qint64 loaded, bool searching,
                             const QString &one, const QString &many);

signals:
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_pause;
};

} // namespace keyward
