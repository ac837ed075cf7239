// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/SigningKeyRepository.h"

#include <QTest>

using namespace keyward;

class TestSigningKeyRepository : public QObject {
    Q_OBJECT
private slots:
    void oneActiveKeyPerAlgorithm()
    {
        TestDatabase test;
        SigningKeyRepository keys(*test.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(keys.insert({0,
                             QStringLiteral("k1"),
                             QStringLiteral("ES256"),
                             "c2VhbA==",
                             QStringLiteral("retiring"),
                             now,
                             {}}));
        QVERIFY(keys.insert({0,
                             QStringLiteral("k2"),
                             QStringLiteral("ES256"),
                             "c2VhbA==",
                             QStringLiteral("active"),
                             now,
                             {}}));
        QVERIFY(keys.insert({0,
                             QStringLiteral("k3"),
                             QStringLiteral("HS256"),
                             "c2VhbA==",
                             QStringLiteral("active"),
                             now,
                             {}}));
        auto clash = keys.insert({0,
                                  QStringLiteral("k4"),
                                  QStringLiteral("ES256"),
                                  "c2VhbA==",
                                  QStringLiteral("active"),
                                  now,
                                  {}});
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, StoreError::Kind::UniqueViolation);
        auto usable = keys.usable();
        QVERIFY(usable);
        QCOMPARE(usable->size(), 3);
        QCOMPARE(usable->at(0).kid, QStringLiteral("k2")); // active ones first, oldest first
        QCOMPARE(usable->at(1).kid, QStringLiteral("k3"));
        QCOMPARE(usable->at(2).status, QStringLiteral("retiring"));
        QCOMPARE(usable->at(0).algorithm, QStringLiteral("ES256"));
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRepository)
#include "TestSigningKeyRepository.moc"
