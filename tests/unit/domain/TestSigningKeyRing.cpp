// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "domain/Clock.h"
#include "domain/SigningKeyRing.h"
#include "domain/TokenService.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace keyward;

class TestSigningKeyRing : public QObject {
    Q_OBJECT
private slots:
    void firstLoadCreatesAndLaterLoadsReuse_data()
    {
        QTest::addColumn<JwtAlgorithm>("algorithm");
        QTest::newRow("HS256") << JwtAlgorithm::HS256;
        QTest::newRow("ES256") << JwtAlgorithm::ES256;
        QTest::newRow("EdDSA") << JwtAlgorithm::EdDSA;
        QTest::newRow("RS256") << JwtAlgorithm::RS256;
    }
    void firstLoadCreatesAndLaterLoadsReuse()
    {
        QFETCH(JwtAlgorithm, algorithm);
        TestDatabase test;
        const Clock clock;
        const SecretBox box(QByteArray(32, '\x11'));
        SigningKeyRing first(*test.database(), box, algorithm, clock);
        auto opened = first.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        SigningKeyRing second(*test.database(), box, algorithm, clock);
        QVERIFY(second.open());
        QCOMPARE(second.snapshot()->kids, first.snapshot()->kids);
        QCOMPARE(second.snapshot()->kids.size(), 1);
        // Nothing changed in the store: a reload keeps the snapshot.
        const auto before = first.snapshot();
        QCOMPARE(first.reload().value(), false);
        QCOMPARE(first.snapshot(), before);

        // A token signed after the "restart" verifies with the first ring.
        const TokenService tokens(second, clock, {});
        User user;
        user.id = 7;
        user.tenantId = 1;
        const QByteArray token = tokens.issueForUser(user);
        QVERIFY(first.snapshot()->verifier.verify(token, QDateTime::currentSecsSinceEpoch()));

        // Asymmetric keys are published, the HMAC secret never.
        const QJsonArray published = first.jwks().value(QStringLiteral("keys")).toArray();
        QCOMPARE(published.size(), algorithm == JwtAlgorithm::HS256 ? 0 : 1);

        // The private key is sealed at rest: no PKCS#8 or raw secret in the row.
        QSqlQuery row(test.database()->connection());
        QVERIFY(row.exec(QStringLiteral("SELECT sealed_private_key FROM signing_keys")) &&
                row.next());
        const QByteArray sealed = QByteArray::fromBase64(row.value(0).toString().toLatin1());
        QVERIFY(!sealed.contains(first.snapshot()->keys.first().privateBytes()));
    }

    void wrongMasterKeyIsAClearError()
    {
        TestDatabase test;
        const Clock clock;
        const SecretBox right(QByteArray(32, '\x11'));
        QVERIFY(SigningKeyRing(*test.database(), right, JwtAlgorithm::ES256, clock).open());
        const SecretBox other(QByteArray(32, '\x22'));
        auto wrong = SigningKeyRing(*test.database(), other, JwtAlgorithm::ES256, clock).open();
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("wrong master key")),
                 qPrintable(wrong.error()));
    }

    void aStoreWithoutKeysHasNoAlgorithmYet()
    {
        TestDatabase test;
        QCOMPARE(SigningKeyRing::storeAlgorithm(*test.database()).value(),
                 std::optional<JwtAlgorithm>());
    }

    // Two algorithms active (a store the command line once gave a key of
    // another algorithm): the store's is the one made active first.
    void twoActiveAlgorithmsResolveToTheFirst()
    {
        TestDatabase test;
        const SigningKeyRepository keys(*test.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[kid, algorithm] :
             {std::pair{QStringLiteral("k1"), QStringLiteral("ES256")},
              std::pair{QStringLiteral("k2"), QStringLiteral("HS256")}})
            QVERIFY(
                keys.insert({0, kid, algorithm, "c2VhbA==", QStringLiteral("active"), now, {}}));
        QCOMPARE(SigningKeyRing::storeAlgorithm(*test.database()).value(),
                 std::optional(JwtAlgorithm::ES256));
    }

    // The algorithm a ring is built with only makes a new store's first
    // key: on a store with keys it signs with the store's.
    void aStoreWithKeysKeepsItsAlgorithm()
    {
        TestDatabase test;
        const Clock clock;
        const SecretBox box(QByteArray(32, '\x11'));
        SigningKeyRing es(*test.database(), box, JwtAlgorithm::ES256, clock);
        SigningKeyRing ed(*test.database(), box, JwtAlgorithm::EdDSA, clock);
        QVERIFY(es.open() && ed.open());
        QCOMPARE(ed.algorithm(), JwtAlgorithm::ES256);
        QCOMPARE(ed.snapshot()->kids, es.snapshot()->kids);
        QCOMPARE(SigningKeyRing::storeAlgorithm(*test.database()).value(),
                 std::optional(JwtAlgorithm::ES256));
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRing)
#include "TestSigningKeyRing.moc"
