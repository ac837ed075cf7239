// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <memory>

namespace keyward {

class ClipboardGuard;

namespace Ui {
class SecretRevealDialog;
}

// The one place a secret is ever shown: right after a key is created or
// rotated. Shows it with a Copy button (through the ClipboardGuard, which
// clears it later) and says plainly that it will not be shown again. The
// text is wiped when the dialog closes.
class SecretRevealDialog : public QDialog {
    Q_OBJECT
public:
    SecretRevealDialog(const QString &keyLabel, const QByteArray &secret, ClipboardGuard &clipboard,
                       QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    QString secret() const;
    void copySecret();

    void done(int result) override;

private:
    std::unique_ptr<Ui::SecretRevealDialog> m_ui;
    ClipboardGuard &m_clipboard;
};

} // namespace keyward
