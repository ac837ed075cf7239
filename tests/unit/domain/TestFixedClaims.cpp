// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// FixedClaims: a key's shared claims are made once and reused only for the
// same tenant and scope, the map is bounded, threads share it, and each
// token's claims are one valid JSON object with its own times and id.
#include "domain/FixedClaims.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>
#include <vector>

using namespace keyward;

namespace {

QJsonObject claimsFor(qint64 keyId, const QString &scope)
{
    return {{QStringLiteral("sub"), QStringLiteral("key:%1").arg(keyId)},
            {QStringLiteral("scope"), scope}};
}

} // namespace

class TestFixedClaims : public QObject {
    Q_OBJECT
private slots:
    void madeOnceForAKeyThenAgainWhenItChanges()
    {
        FixedClaims fixed;
        int made = 0;
        const auto open = [&](const FixedClaims::Identity &identity) {
            return fixed.open(identity, [&] {
                ++made;
                return claimsFor(identity.keyId, identity.scope);
            });
        };
        const QByteArray first = open({7, 1, QStringLiteral("read")});
        QCOMPARE(first, QByteArray("{\"scope\":\"read\",\"sub\":\"key:7\""));
        QCOMPARE(open({7, 1, QStringLiteral("read")}), first);
        QCOMPARE(made, 1);
        QCOMPARE(open({7, 1, QStringLiteral("read write")}),
                 QByteArray("{\"scope\":\"read write\",\"sub\":\"key:7\""));
        QCOMPARE(made, 2);
        open({7, 2, QStringLiteral("read write")}); // moved to another tenant
        QCOMPARE(made, 3);
    }

    void theMapIsBounded()
    {
        FixedClaims fixed;
        int made = 0;
        const auto open = [&](qint64 keyId) {
            return fixed.open({keyId, 1, QString()}, [&] {
                ++made;
                return claimsFor(keyId, QString());
            });
        };
        for (qint64 id = 1; id <= FixedClaims::capacity; ++id)
            open(id);
        open(1);
        QCOMPARE(made, int(FixedClaims::capacity));
        open(FixedClaims::capacity + 1); // one too many: started afresh
        QCOMPARE(open(1), QByteArray("{\"scope\":\"\",\"sub\":\"key:1\""));
        QCOMPARE(made, int(FixedClaims::capacity) + 2);
    }

    void eachTokenGetsItsTimesAndIdInOneValidObject()
    {
        const QByteArray open = "{\"scope\":\"a \\\"b\\\"\",\"sub\":\"key:7\"";
        const QByteArray first = FixedClaims::withTimesAndId(open, 1700000000, 600);
        QJsonParseError error;
        const QJsonObject claims = QJsonDocument::fromJson(first, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("a \"b\""));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), 1700000000);
        QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), 1700000000);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), 1700000600);
        QCOMPARE(QUuid::fromString(claims.value(QStringLiteral("jti")).toString()).version(),
                 QUuid::Random);
        const QJsonObject second =
            QJsonDocument::fromJson(FixedClaims::withTimesAndId(open, 1700000000, 600)).object();
        QVERIFY(second.value(QStringLiteral("jti")) != claims.value(QStringLiteral("jti")));
        // An object with nothing fixed in it.
        QVERIFY(QJsonDocument::fromJson(FixedClaims::withTimesAndId("{", 1, 1), &error).isObject());
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void threadsShareOneMap()
    {
        FixedClaims fixed;
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&fixed, &wrong, t] {
                for (int i = 0; i < 5000; ++i) {
                    const qint64 keyId = (i * 7 + t) % 100;
                    const QString scope = QStringLiteral("s%1").arg(i % 3);
                    const QByteArray open =
                        fixed.open({keyId, 1, scope}, [&] { return claimsFor(keyId, scope); });
                    const QByteArray expected = QJsonDocument(claimsFor(keyId, scope))
                                                    .toJson(QJsonDocument::Compact)
                                                    .chopped(1);
                    if (open != expected)
                        ++wrong;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFixedClaims)
#include "TestFixedClaims.moc"
