// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Repeated failed logins are answered 429 with Retry-After in each family's
// envelope, whatever the password, per account and per source address.
#include "FreshStoreServer.h"
#include "HttpResponse.h"
#include "RawClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestLoginThrottling : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Reply successEnvelopeLogin(const QString &email, const QString &password)
    {
        return m_live->http.post(
            QStringLiteral("/api/Token/generate"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}},
            {{"x-api-key", m_live->test.tenantKey(1)}});
    }
    InProcessServer::Reply statusEnvelopeLogin(const QString &email, const QString &password)
    {
        return m_live->http.post(
            QStringLiteral("/api/auth/login"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void accountIsThrottledInBothFamilies()
    {
        for (int attempt = 0; attempt < 5; ++attempt)
            QCOMPARE(successEnvelopeLogin(TestServices::adminEmail,
                                          QStringLiteral("guess%1").arg(attempt))
                         .status,
                     401);
        auto reply = successEnvelopeLogin(TestServices::adminEmail, TestServices::adminPassword);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        QVERIFY(sameJson(
            reply.json(),
            {{QStringLiteral("success"), false},
             {QStringLiteral("message"), QStringLiteral("Too many login attempts")},
             {QStringLiteral("errors"), QJsonArray{QStringLiteral("Try again in 1 seconds")}}}));
        reply =
            statusEnvelopeLogin(TestServices::adminEmail.toUpper(), TestServices::adminPassword);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        QVERIFY(sameJson(reply.json(),
                         {{QStringLiteral("status"), 429},
                          {QStringLiteral("message"), QStringLiteral("Too many login attempts")},
                          {QStringLiteral("data"), QJsonValue::Null}}));
        // The delay doubles with the next failure, then lets the right password in.
        m_live->test.clock().advance(2);
        QCOMPARE(
            statusEnvelopeLogin(TestServices::adminEmail, QStringLiteral("again-wrong")).status,
            401);
        QCOMPARE(statusEnvelopeLogin(TestServices::adminEmail, TestServices::adminPassword)
                     .header("Retry-After"),
                 QByteArray("2"));
        m_live->test.clock().advance(3);
        QCOMPARE(statusEnvelopeLogin(TestServices::adminEmail, TestServices::adminPassword).status,
                 200);
    }

    void aBurstOfWrongPasswordsGetsFiveJudgements()
    {
        // 24 connections send a wrong password for one account at once:
        // each attempt is counted before it is judged, so no more than the
        // 5 allowed are judged (401) and the rest refused (429) — fewer are
        // judged when they find every password-check slot busy.
        std::vector<RawClient> clients(24);
        const QByteArray body = "{\"email\":\"admin@example.com\",\"password\":\"wrong\"}";
        for (RawClient &client : clients) {
            QVERIFY(client.open(m_live->http.port()));
            client.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                        "Content-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        int judged = 0;
        int throttled = 0;
        for (RawClient &client : clients) {
            const QByteArray answer = client.readResponses(1, 30000);
            if (answer.startsWith("HTTP/1.1 401"))
                ++judged;
            else if (answer.startsWith("HTTP/1.1 429"))
                ++throttled;
            else
                QFAIL(answer.left(80).constData());
        }
        QVERIFY2(judged >= 1 && judged <= 5, QByteArray::number(judged).constData());
        QCOMPARE(judged + throttled, 24);
    }

    void aThrottledLoginIsHeldWhileOthersAreServed()
    {
        for (int attempt = 0; attempt < 5; ++attempt)
            QCOMPARE(statusEnvelopeLogin(TestServices::adminEmail,
                                         QStringLiteral("guess%1").arg(attempt))
                         .status,
                     401);
        // The refusal waits a second on its connection (a tarpit); the
        // server answers everyone else meanwhile.
        RawClient guesser;
        QVERIFY(guesser.open(m_live->http.port()));
        const QByteArray body = "{\"email\":\"admin@example.com\",\"password\":\"wrong\"}";
        QElapsedTimer held;
        held.start();
        guesser.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(m_live->http.get(QStringLiteral("/healthz")).status, 200);
        QVERIFY2(held.elapsed() < loginRefusalHoldMs / 2, QByteArray::number(held.elapsed()));
        const QByteArray answer = guesser.readResponses(1, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 429 "), answer.left(80).constData());
        QVERIFY2(held.elapsed() >= loginRefusalHoldMs - 50, QByteArray::number(held.elapsed()));
    }

    void unknownAccountsAreThrottledAlike()
    {
        for (int attempt = 0; attempt < 5; ++attempt)
            QCOMPARE(statusEnvelopeLogin(QStringLiteral("ghost@example.com"),
                                         QStringLiteral("guess%1").arg(attempt))
                         .status,
                     401);
        QCOMPARE(
            statusEnvelopeLogin(QStringLiteral("ghost@example.com"), QStringLiteral("whatever"))
                .status,
            429);
    }

    void sourceAddressIsThrottledAcrossAccounts()
    {
        for (int attempt = 0; attempt < 20; ++attempt)
            QCOMPARE(statusEnvelopeLogin(QStringLiteral("user%1@example.com").arg(attempt),
                                         QStringLiteral("guess"))
                         .status,
                     401);
        // A fresh account from the same address is refused too.
        QCOMPARE(statusEnvelopeLogin(TestServices::adminEmail, TestServices::adminPassword).status,
                 429);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottling)
#include "TestLoginThrottling.moc"
