// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClipboardGuard.h"
#include "GuiTestSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace keyward;

class TestClipboardGuard : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;

    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        QGuiApplication::clipboard()->clear();
    }
    void cleanup() { m_settings.reset(); }

    void delayComesFromSettings()
    {
        QCOMPARE(ClipboardGuard().clearSeconds(), 30); // the default
        QSettings().setValue(QStringLiteral("clipboard/clearSeconds"), 7);
        QCOMPARE(ClipboardGuard().clearSeconds(), 7);
    }

    void clearsTheSecretAfterTheDelay()
    {
        ClipboardGuard guard;
        guard.setClearSeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("sk_secret"));
        QCOMPARE(clipboardText(), QStringLiteral("sk_secret"));
        QVERIFY(guard.holdsSecret());
        // Marked for clipboard managers, as password managers do.
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QTest::qWait(300);
        QCOMPARE(clipboardText(), QStringLiteral("sk_secret")); // not before the delay
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 3000);
        QCOMPARE(cleared.count(), 1);
    }

    void leavesWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.setClearSeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("sk_secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTest::qWait(1500);
        QCOMPARE(clipboardText(), QStringLiteral("the user's own text"));
        QCOMPARE(cleared.count(), 0);
    }

    void zeroNeverClears()
    {
        ClipboardGuard guard;
        guard.setClearSeconds(0);
        guard.copySecret(QStringLiteral("sk_kept"));
        QTest::qWait(1200);
        QCOMPARE(clipboardText(), QStringLiteral("sk_kept"));
    }

    void quittingClearsAHeldSecret()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(QStringLiteral("sk_on_exit"));
        }
        QVERIFY(clipboardText().isEmpty());
    }

    void plainTextIsLeftAlone()
    {
        ClipboardGuard guard;
        guard.setClearSeconds(1);
        ClipboardGuard::copyText(QStringLiteral("42"));
        QTest::qWait(1300);
        QCOMPARE(clipboardText(), QStringLiteral("42"));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
