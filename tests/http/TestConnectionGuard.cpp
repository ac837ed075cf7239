// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The connection guard in front of QHttpServer 6.4, over raw sockets: what
// QHttpServer alone would buffer, hang on or silently mangle is answered.
#include "FreshStoreServer.h"
#include "RawClient.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace keyward;

class TestConnectionGuard : public QObject {
    Q_OBJECT
private:
    static ApiServer::Settings tightSettings()
    {
        ApiServer::Settings settings;
        settings.requestTimeoutMs = 700;
        settings.idleTimeoutMs = 700;
        settings.maxConnections = 4;
        return settings;
    }
private slots:
    // The answer of a request still in the worker pool has nowhere to go
    // once its client left: it is dropped, and the server serves on.
    void aClientLeavingBeforeItsAnswerHarmsNoOne()
    {
        FreshStoreServer live;
        const QByteArray body = R"({"email":"nobody@example.com","password":"wrong"})";
        for (int i = 0; i < 8; ++i) {
            RawClient leaving;
            QVERIFY(leaving.open(live.http.port()));
            leaving.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                         "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
            // Read, and handed to a worker hashing a password, or (every
            // password slot busy) refused and held as a tarpit.
            QTest::qWait(5);
            leaving.socket->abort();
        }
        QTest::qWait(1500); // the workers finish, the holds expire
        QCOMPARE(live.http.get(QStringLiteral("/openapi.json")).status, 200);
    }

    void declaredOversizedBodyIsRefusedBeforeItIsSent()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send(
            "POST /api/ApiKey/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 209715200\r\n\r\n{\"name\":");
        const QByteArray response = client.readUntil("}]}");
        QVERIFY2(response.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), response.constData());
        QVERIFY(response.contains("Connection: close"));
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Payload too large"),
                                        QStringLiteral("The request body exceeds 1048576 bytes")));
        QVERIFY(client.closedWithin(3000));
    }

    void tooManyHeaderFieldsIs431()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        QByteArray request = "GET /api/v1/apikey HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 101; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        client.send(request + "\r\n");
        const QByteArray response = client.readUntil("}");
        QVERIFY2(response.startsWith("HTTP/1.1 431 "), response.constData());
        QVERIFY(response.contains("Content-Type: application/problem+json")); // the v1 API's path
        QCOMPARE(bodyOf(response).value(QStringLiteral("status")).toInt(), 431);
    }

    void chunkedBodiesNeedALength()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                    "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        const QByteArray response = client.readUntil("}");
        QVERIFY2(response.startsWith("HTTP/1.1 411 Length Required\r\n"), response.constData());
        QCOMPARE(bodyOf(response),
                 (QJsonObject{{QStringLiteral("status"), 411},
                              {QStringLiteral("message"), QStringLiteral("Length required")},
                              {QStringLiteral("data"), QJsonValue::Null}}));
    }

    void expectContinueIsAnswered()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        const QByteArray body = R"({"email":"admin@example.com","password":"adminpassword"})";
        client.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    "application/json\r\nExpect: 100-continue\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(client.readUntil("\r\n\r\n", 2000).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send(body);
        const QByteArray response = client.readUntil("\"status\":200");
        QVERIFY2(response.contains("HTTP/1.1 200 OK"), response.constData());
    }

    void slowRequestsTimeOutWith408()
    {
        FreshStoreServer live;
        InProcessServer guarded(live.test.services(), tightSettings());
        RawClient client;
        QVERIFY(client.open(guarded.port()));
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // and then nothing: slowloris
        QTest::qWait(300);
        client.send("X-Slow: 1\r\n"); // trickling does not extend the deadline
        const QByteArray response = client.readUntil("}]}", 4000);
        QVERIFY2(response.startsWith("HTTP/1.1 408 Request Timeout\r\n"), response.constData());
        QVERIFY(client.closedWithin(2000));
    }

    void idleKeepAliveConnectionsAreClosed()
    {
        FreshStoreServer live;
        InProcessServer guarded(live.test.services(), tightSettings());
        RawClient client;
        QVERIFY(client.open(guarded.port()));
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.readUntil("\"status\":\"ok\"").startsWith("HTTP/1.1 200 OK"));
        QVERIFY(client.closedWithin(3000));
    }

    void connectionsBeyondTheCapGet503()
    {
        FreshStoreServer live;
        InProcessServer guarded(live.test.services(), tightSettings());
        std::vector<RawClient> idle(4);
        for (RawClient &connection : idle)
            QVERIFY(connection.open(guarded.port()));
        QTest::qWait(100);
        RawClient extra;
        QVERIFY(extra.open(guarded.port()));
        const QByteArray response = extra.readUntil("}]}", 3000);
        QVERIFY2(response.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), response.constData());
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        // A slow login (scrypt) then a fast health check, in one write.
        const QByteArray login = R"({"email":"nobody@example.com","password":"whatever1"})";
        client.send("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    "application/json\r\nContent-Length: " +
                    QByteArray::number(login.size()) + "\r\n\r\n" + login +
                    "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray responses = client.readUntil("\"status\":\"ok\"", 10000);
        const qsizetype first = responses.indexOf("HTTP/1.1 401");
        const qsizetype second = responses.indexOf("HTTP/1.1 200");
        QVERIFY2(first >= 0 && second > first, responses.constData());
    }

    void forwardedForIsBelievedOnlyFromTrustedProxies()
    {
        FreshStoreServer live;
        NewKey restricted;
        restricted.name = QStringLiteral("office only");
        restricted.permissions = {QStringLiteral("token:generate")};
        restricted.allowedNetworks = QStringLiteral("203.0.113.0/24");
        const QByteArray key = live.test.createKey(1, restricted).secret;
        const InProcessServer::Headers forwarded{{"x-api-key", key},
                                                 {"X-Forwarded-For", "198.51.100.9, 203.0.113.5"}};
        // Untrusted peer: its X-Forwarded-For is ignored, the peer (127.0.0.1) is the client.
        QCOMPARE(live.http.get(QStringLiteral("/api/Token/generate-from-apikey"), forwarded).status,
                 422);
        ApiServer::Settings behindProxy;
        behindProxy.trustedProxies = QStringLiteral("127.0.0.1");
        InProcessServer proxied(live.test.services(), behindProxy);
        QCOMPARE(proxied.get(QStringLiteral("/api/Token/generate-from-apikey"), forwarded).status,
                 200);
        // The right-most untrusted hop is the client; what it claims further left is not believed.
        QCOMPARE(proxied
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", key}, {"X-Forwarded-For", "203.0.113.5, 198.51.100.9"}})
                     .status,
                 422);
        // A list of no entries trusts nobody: it is not "every peer".
        for (const QString &blank : {QStringLiteral(","), QStringLiteral(" , ")}) {
            ApiServer::Settings blankList;
            blankList.trustedProxies = blank;
            InProcessServer unproxied(live.test.services(), blankList);
            QCOMPARE(
                unproxied.get(QStringLiteral("/api/Token/generate-from-apikey"), forwarded).status,
                422);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "TestConnectionGuard.moc"
