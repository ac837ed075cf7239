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
        auto usable = keys.usable(QStringLiteral("ES256"));
        QVERIFY(usable);
        QCOMPARE(usable->size(), 2);
        QCOMPARE(usable->first().kid, QStringLiteral("k2")); // the active one first
        QCOMPARE(usable->last().status, QStringLiteral("retiring"));
        // Two algorithms active (a store the command line once gave a key of
        // another algorithm): the store's is the one made active first.
        QCOMPARE(keys.activeAlgorithm().value(), std::optional(QStringLiteral("ES256")));
    }

    void aStoreWithoutKeysHasNoAlgorithmYet()
    {
        TestDatabase test;
        QCOMPARE(SigningKeyRepository(*test.database()).activeAlgorithm().value(),
                 std::optional<QString>());
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRepository)
#include "TestSigningKeyRepository.moc"
