#include "TestDatabase.h"
#include "crypto/JwtVerifier.h"
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
        auto first = SigningKeyRing::load(*test.database(), box, algorithm, clock);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        auto second = SigningKeyRing::load(*test.database(), box, algorithm, clock);
        QVERIFY(second);
        QCOMPARE(second->active().kid(), first->active().kid());

        // A token signed after the "restart" verifies with the first ring.
        const TokenService tokens(*second, clock, {});
        User user;
        user.id = 7;
        user.tenantId = 1;
        const QByteArray token = tokens.issueForUser(user);
        QVERIFY(JwtVerifier(algorithm, first->verificationKeys())
                    .verify(token, QDateTime::currentSecsSinceEpoch()));

        // Asymmetric keys are published, the HMAC secret never.
        const QJsonArray published = first->jwks().value(QStringLiteral("keys")).toArray();
        QCOMPARE(published.size(), algorithm == JwtAlgorithm::HS256 ? 0 : 1);

        // The private key is sealed at rest: no PKCS#8 or raw secret in the row.
        QSqlQuery row(test.database()->connection());
        QVERIFY(row.exec(QStringLiteral("SELECT sealed_private_key FROM signing_keys")) &&
                row.next());
        const QByteArray sealed = QByteArray::fromBase64(row.value(0).toString().toLatin1());
        QVERIFY(!sealed.contains(first->active().privateBytes()));
    }

    void wrongMasterKeyIsAClearError()
    {
        TestDatabase test;
        const Clock clock;
        QVERIFY(SigningKeyRing::load(*test.database(), SecretBox(QByteArray(32, '\x11')),
                                     JwtAlgorithm::ES256, clock));
        auto wrong = SigningKeyRing::load(*test.database(), SecretBox(QByteArray(32, '\x22')),
                                          JwtAlgorithm::ES256, clock);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("wrong master key")),
                 qPrintable(wrong.error()));
    }

    void eachAlgorithmHasItsOwnKey()
    {
        TestDatabase test;
        const Clock clock;
        const SecretBox box(QByteArray(32, '\x11'));
        auto es = SigningKeyRing::load(*test.database(), box, JwtAlgorithm::ES256, clock);
        auto ed = SigningKeyRing::load(*test.database(), box, JwtAlgorithm::EdDSA, clock);
        QVERIFY(es && ed);
        QVERIFY(es->active().kid() != ed->active().kid());
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRing)
#include "TestSigningKeyRing.moc"
