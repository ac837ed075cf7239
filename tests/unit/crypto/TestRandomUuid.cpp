// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// randomUuid(): version 4 UUIDs, none repeated, no bit stuck, across the
// refills of a thread's buffer and across threads.
#include "crypto/RandomUuid.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <array>

using namespace keyward;

class TestRandomUuid : public QObject {
    Q_OBJECT
private slots:
    void isAVersion4Uuid()
    {
        const QUuid uuid = randomUuid();
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(uuid.variant(), QUuid::DCE);
    }

    // Many buffers' worth: no repeat, and every bit not fixed by the
    // version and variant takes both values.
    void noneRepeatsAndNoBitIsStuck()
    {
        constexpr int count = 10000;
        QSet<QUuid> seen;
        std::array<int, 128> ones{};
        for (int i = 0; i < count; ++i) {
            const QUuid uuid = randomUuid();
            QCOMPARE(uuid.version(), QUuid::Random);
            QVERIFY2(!seen.contains(uuid), qPrintable(uuid.toString()));
            seen.insert(uuid);
            const QByteArray bytes = uuid.toRfc4122();
            for (int bit = 0; bit < 128; ++bit)
                ones[std::size_t(bit)] += (quint8(bytes[bit / 8]) >> (7 - bit % 8)) & 1;
        }
        const QSet<int> fixed{48, 49, 50, 51, 64, 65}; // version 0100, variant 10
        for (int bit = 0; bit < 128; ++bit) {
            if (fixed.contains(bit))
                continue;
            QVERIFY2(ones[std::size_t(bit)] > count / 4 && ones[std::size_t(bit)] < 3 * count / 4,
                     qPrintable(QStringLiteral("bit %1 set %2 times").arg(bit).arg(ones[bit])));
        }
    }

    // Each thread draws into its own buffer: two threads never hand out
    // the same identifiers.
    void threadsDrawTheirOwn()
    {
        QList<QUuid> other;
        std::unique_ptr<QThread> thread(QThread::create([&other] {
            for (int i = 0; i < 1000; ++i)
                other.append(randomUuid());
        }));
        thread->start();
        QList<QUuid> mine;
        for (int i = 0; i < 1000; ++i)
            mine.append(randomUuid());
        QVERIFY(thread->wait(10000));
        const QSet<QUuid> theirs(other.cbegin(), other.cend());
        QCOMPARE(theirs.size(), 1000);
        for (const QUuid &uuid : mine)
            QVERIFY(!theirs.contains(uuid));
    }
};

QTEST_GUILESS_MAIN(TestRandomUuid)
#include "TestRandomUuid.moc"
