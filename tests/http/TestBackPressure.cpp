// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The HTTP front under clients that take and do not give, over raw sockets:
// a pipeliner that never reads stops being read (and is aborted), a slow
// reader gets large answers whole and in order, clients
// trickling empty lines are cut off at the request deadline, and a
// connection ends when it asks to, when its lifetime is up, or beyond the
// cap for its address.
#include "FreshStoreServer.h"
#include "RawClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace keyward;

namespace {

ApiServer::Settings tightSettings()
{
    ApiServer::Settings settings;
    settings.requestTimeoutMs = 700;
    settings.idleTimeoutMs = 700;
    settings.maxConnections = 4;
    return settings;
}

const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

class TestBackPressure : public QObject {
    Q_OBJECT
private slots:
    void aPipelinerThatNeverReadsIsNotServedWithoutBoundAndIsAborted()
    {
        FreshStoreServer live;
        ApiServer::Settings settings = tightSettings();
        settings.idleTimeoutMs = 1500;
        InProcessServer guarded(live.test.services(), settings);
        int answered = 0;
        connect(&guarded.server(), &ApiServer::requestFinished, this, [&answered] { ++answered; });
        RawClient hoarder;
        QVERIFY(hoarder.open(guarded.port()));
        hoarder.socket->setReadBufferSize(1); // it reads (almost) nothing
        QByteArray requests;
        for (int i = 0; i < 1500; ++i)
            requests += "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";
        hoarder.send(requests);
        QTest::qWait(600);
        // Answers stop once the client's buffers and the caps are full: 16
        // pending, 1 MiB unsent, and what the kernel holds (~190 KB each).
        qInfo("answered %d of 1500 requests to a client that does not read", answered);
        QVERIFY2(answered < 80, qPrintable(QString::number(answered)));
        // Meanwhile others are served promptly.
        RawClient other;
        QVERIFY(other.open(guarded.port()));
        QElapsedTimer timer;
        timer.start();
        other.send(health);
        QVERIFY(other.readResponses().startsWith("HTTP/1.1 200"));
        QVERIFY(timer.elapsed() < 1000);
        // Its output has not moved for the idle period: reset, not left
        // half-open (the client, with megabytes still queued for it to read,
        // learns of the reset when it next writes).
        QTest::qWait(2000);
        hoarder.send(health);
        QVERIFY(hoarder.closedWithin(2000));
        QCOMPARE(hoarder.socket->error(), QAbstractSocket::RemoteHostClosedError);
        QVERIFY(answered < 80);
    }

    void pipelinedRequestsAreAllAnsweredToAClientThatReads()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        QByteArray requests;
        for (int i = 0; i < 200; ++i)
            requests += health;
        client.send(requests);
        client.readResponses(200, 20000);
        QCOMPARE(client.responseCount(), 200);
    }

    void largeAnswersArriveWholeAndInOrderToASlowReader()
    {
        // 30 OpenAPI answers (~240 KB each) are more than the kernel holds
        // for a client (some MB), so their rest waits in the server while the
        // client is slow, and goes out as it reads.
        FreshStoreServer live;
        RawClient reference;
        QVERIFY(reference.open(live.http.port()));
        reference.send("GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray document = reference.readResponses(1, 10000);
        const QByteArray documentBody = document.mid(document.indexOf("\r\n\r\n") + 4);
        QVERIFY(documentBody.size() > 100'000);

        const int pairs = 30;
        RawClient slow;
        QVERIFY(slow.open(live.http.port()));
        slow.socket->setReadBufferSize(4096);
        QByteArray requests;
        for (int i = 0; i < pairs; ++i)
            requests += "GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n" + health;
        slow.send(requests);
        for (int i = 0; i < 20; ++i) { // takes a little now and then
            QTest::qWait(20);
            slow.received += slow.socket->read(4096);
        }
        slow.socket->setReadBufferSize(0);
        slow.readResponses(2 * pairs, 20000);
        QCOMPARE(slow.responseCount(), 2 * pairs);
        qsizetype at = 0;
        for (int i = 0; i < 2 * pairs; ++i) {
            const qsizetype bodyStart = slow.received.indexOf("\r\n\r\n", at) + 4;
            const qsizetype next = slow.received.indexOf("HTTP/1.1 200", bodyStart);
            const QByteArray body = slow.received.sliced(
                bodyStart, (next < 0 ? slow.received.size() : next) - bodyStart);
            if (i % 2 == 0)
                QVERIFY2(body == documentBody, qPrintable(QStringLiteral("answer %1").arg(i)));
            else
                QVERIFY2(body.size() < 200 && body.contains("\"status\":\"ok\""),
                         body.left(80).constData());
            at = bodyStart + body.size();
        }
        QCOMPARE(at, slow.received.size());
    }

    void emptyLinesCountTowardTheRequestDeadline()
    {
        FreshStoreServer live;
        InProcessServer guarded(live.test.services(), tightSettings());
        std::vector<RawClient> tricklers(4);
        for (RawClient &client : tricklers)
            QVERIFY(client.open(guarded.port()));
        QElapsedTimer timer;
        timer.start();
        for (int line = 0; line < 4; ++line) { // each 250 ms, fewer than the cap of empty lines
            for (RawClient &client : tricklers)
                client.send("\r\n");
            QTest::qWait(250);
        }
        for (RawClient &client : tricklers) {
            QVERIFY(client.closedWithin(3000));
            QVERIFY2(client.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"),
                     client.received.constData());
        }
        qInfo("all four cut off after %lld ms (request timeout 700 ms)", timer.elapsed());
        QVERIFY(timer.elapsed() < 3500);
        // Their slots are free again.
        RawClient next;
        QVERIFY(next.open(guarded.port()));
        next.send(health);
        QVERIFY(next.readResponses().startsWith("HTTP/1.1 200"));
    }

    void tooManyEmptyLinesAreRefusedAtOnce()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send("\r\n\r\n\r\n\r\n\r\n");
        QVERIFY(client.readResponses(1, 1000).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    }

    void connectionCloseEndsTheConnectionAfterItsAnswer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n");
    }
    void connectionCloseEndsTheConnectionAfterItsAnswer()
    {
        QFETCH(QByteArray, request);
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send(health + request + health);
        QVERIFY(client.closedWithin(3000));
        QCOMPARE(client.responseCount(), 2); // nothing after the closing request is served
        const QByteArray last = client.received.mid(client.received.lastIndexOf("HTTP/1.1 "));
        QVERIFY2(last.contains("\r\nConnection: close\r\n"), last.constData());
        QVERIFY(!client.received.left(client.received.lastIndexOf("HTTP/1.1 "))
                     .contains("Connection: close"));
    }

    void aConnectionEndsAfterItsLifetime()
    {
        FreshStoreServer live;
        ApiServer::Settings settings;
        settings.maxConnectionLifetimeMs = 800;
        InProcessServer guarded(live.test.services(), settings);
        RawClient silent;
        QVERIFY(silent.open(guarded.port()));
        RawClient client;
        QVERIFY(client.open(guarded.port()));
        client.send(health);
        QVERIFY(client.readResponses().startsWith("HTTP/1.1 200"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.closedWithin(3000)); // though the idle timeout is 60 s
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(silent.closedWithin(1000));
    }

    void connectionsPerAddressCanBeCapped()
    {
        FreshStoreServer live;
        ApiServer::Settings settings;
        settings.maxConnectionsPerAddress = 2;
        InProcessServer guarded(live.test.services(), settings);
        std::vector<RawClient> held(2);
        for (RawClient &client : held)
            QVERIFY(client.open(guarded.port()));
        QTest::qWait(100);
        RawClient third;
        QVERIFY(third.open(guarded.port()));
        const QByteArray refused = third.readResponses(1, 3000);
        QVERIFY2(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused.constData());
        QVERIFY(refused.contains("Too many open connections from your address"));
        held.front().socket->abort();
        QTest::qWait(200);
        RawClient again;
        QVERIFY(again.open(guarded.port()));
        again.send(health);
        QVERIFY(again.readResponses().startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestBackPressure)
#include "TestBackPressure.moc"
