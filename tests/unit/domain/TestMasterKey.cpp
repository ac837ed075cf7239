// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/MasterKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace keyward;

class TestMasterKey : public QObject {
    Q_OBJECT
private slots:
    void parsesHexAndBase64()
    {
        const QByteArray raw(32, '\x07');
        QCOMPARE(MasterKey::parse(raw.toHex()).value(), raw);
        QCOMPARE(MasterKey::parse(raw.toBase64() + "\n").value(), raw);
        QCOMPARE(MasterKey::parse(
                     raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                     .value(),
                 raw);
        QVERIFY(!MasterKey::parse("too short"));
        QVERIFY(!MasterKey::parse(QByteArray(31, 'a').toHex()));
    }

    // Two first starts at once (the console and `keyward serve`, two CLI
    // calls) must end with one key: neither may overwrite the other's.
    void racingFirstStartsAgreeOnOneKey()
    {
        constexpr int racers = 4;
        for (int round = 0; round < 40; ++round) {
            QTemporaryDir directory;
            const QString path = directory.filePath(QStringLiteral("k.sqlite.key"));
            std::vector<QByteArray> keys(racers);
            std::atomic<int> ready = 0;
            std::vector<std::thread> threads;
            for (int i = 0; i < racers; ++i) {
                threads.emplace_back([&, i] {
                    ++ready;
                    while (ready.load() < racers) {
                    }
                    const auto key = MasterKey::fromFile(path);
                    keys[size_t(i)] = key ? key.value() : QByteArray();
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(keys.front().size(), 32);
            for (const QByteArray &key : keys)
                QCOMPARE(key, keys.front());
            QCOMPARE(MasterKey::fromFile(path).value(), keys.front());
            QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        }
    }

    void firstStartCreatesAPrivateFileAndReusesIt()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("sub/k.sqlite.key"));
        auto created = MasterKey::fromFile(path);
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        QCOMPARE(created->size(), 32);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(MasterKey::fromFile(path).value(), created.value());
    }

    void refusesAKeyFileOthersCanRead()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("k.key"));
        QVERIFY(MasterKey::fromFile(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        auto refused = MasterKey::fromFile(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("readable by others")));
    }
};

QTEST_GUILESS_MAIN(TestMasterKey)
#include "TestMasterKey.moc"
