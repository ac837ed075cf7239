// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace keyward {

// Owns the secrets Keyward puts on the system clipboard: marks them so
// clipboard managers leave them out of their history, and clears the
// clipboard after a delay (QSettings clipboard/clearSeconds, 30 s by
// default; 0 never clears) and when Keyward quits, but only if it still holds
// that secret: something the user copied since is left alone. Remembers a
// digest of the secret, not the secret.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultClearSeconds = 30;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    int clearSeconds() const { return m_clearSeconds; }
    void setClearSeconds(int seconds);

    void copySecret(const QString &secret);
    // Text that is not a secret (a key id, a URL): copied and left there.
    static void copyText(const QString &text);
    // Whether the clipboard still holds the last secret copied.
    bool holdsSecret() const;

signals:
    // The clipboard was cleared because it still held the secret.
    void cleared();

private:
    void clearIfUnchanged();

    int m_clearSeconds = defaultClearSeconds;
    QByteArray m_digest;
    QTimer m_timer;
};

} // namespace keyward
