// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>

namespace keyward {

namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
    QSettings settings;
    setClearSeconds(
        settings.value(QStringLiteral("clipboard/clearSeconds"), defaultClearSeconds).toInt());
}

ClipboardGuard::~ClipboardGuard()
{
    // A secret must not outlive the application on the clipboard. No
    // signal: whoever listened may be half destroyed by now.
    const QSignalBlocker quiet(this);
    clearIfUnchanged();
}

void ClipboardGuard::setClearSeconds(int seconds)
{
    m_clearSeconds = qMax(0, seconds);
}

void ClipboardGuard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Read by Klipper, KeePassXC and other clipboard managers: keep this out
    // of the history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(secret);
    if (m_clearSeconds > 0)
        m_timer.start(m_clearSeconds * 1000);
}

void ClipboardGuard::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

bool ClipboardGuard::holdsSecret() const
{
    if (m_digest.isEmpty())
        return false;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() && digestOf(mime->text()) == m_digest;
}

void ClipboardGuard::clearIfUnchanged()
{
    m_timer.stop();
    if (!QGuiApplication::instance())
        return;
    if (holdsSecret()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        emit cleared();
    }
    m_digest.clear();
}

} // namespace keyward
