// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <memory>

namespace keyward {

class ClipboardGuard;
class SecretFieldGuard;

namespace Ui {
class SecretRevealDialog;
}

// The one place a secret is ever shown: right after a key is created or
// rotated. Shows it with a Copy button and says plainly that it will not be
// shown again; every way of copying it goes through the ClipboardGuard
// (SecretFieldGuard), which clears it later. The text is wiped when the
// dialog closes.
class SecretRevealDialog : public QDialog {
    Q_OBJECT
public:
    SecretRevealDialog(const QString &keyLabel, const QByteArray &secret, ClipboardGuard &clipboard,
                       QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    QString secret() const;
    void copySecret();
    // Closing (Escape, the title bar) before the secret was copied asks
    // first: it cannot be shown again. "I Have Stored It" closes at once.
    void reject() override;
    void done(int result) override;

private:
    std::unique_ptr<Ui::SecretRevealDialog> m_ui;
    ClipboardGuard &m_clipboard;
    SecretFieldGuard *m_fieldGuard = nullptr; // every copy goes through it
    bool m_copied = false;
    bool m_stored = false;
};

} // namespace keyward
