// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The desktop's master key goes to the OS keychain when one answers (run
// under dbus-run-session with an unlocked gnome-keyring-daemon), and to the
// 0600 file when none does (run with no session bus).
#include "MasterKeyVault.h"
#include "crypto/MasterKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestMasterKeyVault : public QObject {
    Q_OBJECT
private:
    static bool keychainExpected()
    {
        return qEnvironmentVariable("KEYWARD_TEST_KEYCHAIN") == QLatin1String("1");
    }
    static QString freshEntry()
    {
        return QStringLiteral("test %1").arg(QUuid::createUuid().toString());
    }

private slots:
    void init() { qunsetenv("KEYWARD_MASTER_KEY"); }

    void storesAndReadsBackTheSameKey()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("master.key"));
        const QString entry = freshEntry();
        auto first = MasterKeyVault::load(entry, file);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(first->key.size(), 32);
        auto second = MasterKeyVault::load(entry, file);
        QVERIFY(second);
        QCOMPARE(second->key, first->key);
        if (keychainExpected()) {
            QCOMPARE(first->source, QStringLiteral("keychain"));
            QVERIFY(!QFile::exists(file)); // nothing on disk when a keychain holds it
        } else {
            QCOMPARE(first->source, file);
            QVERIFY(QFile::exists(file));
        }
    }

    void anExistingKeyFileIsAdoptedNotReplaced()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("master.key"));
        auto written = keyward::MasterKey::fromFile(file); // an older install's key
        QVERIFY(written);
        auto loaded = MasterKeyVault::load(freshEntry(), file);
        QVERIFY(loaded);
        QCOMPARE(loaded->key, written.value());
        QCOMPARE(loaded->source, keychainExpected() ? QStringLiteral("keychain") : file);
    }

    void environmentWins()
    {
        const QByteArray raw(32, '\x05');
        qputenv("KEYWARD_MASTER_KEY", raw.toHex());
        QTemporaryDir directory;
        auto loaded = MasterKeyVault::load(freshEntry(), directory.filePath(QStringLiteral("k")));
        QVERIFY(loaded);
        QCOMPARE(loaded->key, raw);
        QCOMPARE(loaded->source, QStringLiteral("environment"));
    }
};

QTEST_GUILESS_MAIN(TestMasterKeyVault)
#include "TestMasterKeyVault.moc"
