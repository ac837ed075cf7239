// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// One verdict on framing: whatever the connection guard's RequestFramer
// frames, QHttpServer 6.4's own parser reads as exactly the same requests
// (method, header fields, body) from the bytes the guard hands on; and the
// heads the framer refuses are ones QHttpServer would have read
// differently, which is why they are refused.
#include "FramingViews.h"

#include <QTest>

using namespace keyward;

namespace {

const RequestFramer::Limits limits{100, 16 * 1024, 1024 * 1024};

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /api/Token/generate HTTP/1.1\r\nHost: x\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

class TestFramingAgreement : public QObject {
    Q_OBJECT
private slots:
    void bothParsersReadTheSameRequests_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("requests");
        QTest::newRow("one GET") << health << 1;
        QTest::newRow("pipelined bodies")
            << post("{\"a\":1}") + health + post("GET / HTTP/1.1\r\n\r\n") + health << 4;
        QTest::newRow("empty lines between")
            << health + "\r\n\r\n" + health + "\r\n" + post("x") << 3;
        QTest::newRow("tabs, obs-text, empty value")
            << QByteArray("GET /a?b=c HTTP/1.1\r\nHost: x\r\nX-A:\t\xe2\x82\xac \t\r\nX-B:\r\n\r\n")
            << 1;
        QTest::newRow("absolute form, HTTP/1.0")
            << QByteArray("GET http://x/healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                          "DELETE /a HTTP/1.0\r\n\r\n")
            << 2;
        QTest::newRow("same length twice")
            << QByteArray("PUT /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\ncontent-length: "
                          "003\r\n\r\nabc")
            << 1;
        QTest::newRow("expect and a body with CRLFs")
            << post("\r\n\r\nGET /x HTTP/1.1\r\n\r\n", "Expect: 100-continue\r\n") << 1;
        QTest::newRow("a request, then a refused one") << health + "GET / HTTP/1.1\r\nX : y\r\n\r\n"
                                                       << 1;
        QTest::newRow("a request, then half of one") << health + "POST /a HTTP/1.1\r\nHost: x\r\n"
                                                     << 1;
    }
    void bothParsersReadTheSameRequests()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, requests);
        qint64 framedBytes = 0;
        const QList<SeenRequest> framed = seenByFramer(limits, stream, &framedBytes);
        QCOMPARE(framed.size(), requests);
        QCOMPARE(seenByQHttpServer(stream.left(framedBytes)), framed);
    }

    // The desync the framer exists to prevent: QHttpServer alone reads the
    // "body" of the first request as a second request.
    void refusedHeadsAreOnesQHttpServerReadsDifferently_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("folded line") << QByteArray("X-A: a\r\n Content-Length: 34\r\n");
        QTest::newRow("space before colon") << QByteArray("Content-Length : 34\r\n");
        QTest::newRow("invalid name") << QByteArray("Bad Header: x\r\nContent-Length: 34\r\n");
        QTest::newRow("length list") << QByteArray("Content-Length: 34, 34\r\n");
    }
    void refusedHeadsAreOnesQHttpServerReadsDifferently()
    {
        QFETCH(QByteArray, head);
        // The 34-byte "body" is itself a request.
        const QByteArray stream =
            "POST /api/Token/generate HTTP/1.1\r\nHost: x\r\n" + head + "\r\n" + health;
        QCOMPARE(health.size(), 34);
        qint64 framedBytes = -1;
        QVERIFY(seenByFramer(limits, stream, &framedBytes).isEmpty());
        QCOMPARE(framedBytes, 0); // nothing reaches QHttpServer
        const QList<SeenRequest> qt = seenByQHttpServer(stream);
        QCOMPARE(qt.size(), 2); // what would have: two requests, the second unseen by the guard
        QVERIFY(qt.first().body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFramingAgreement)
#include "TestFramingAgreement.moc"
