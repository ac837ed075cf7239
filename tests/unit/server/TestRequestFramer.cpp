#include "RequestFramer.h"

#include <QTest>

using namespace keyward;

class TestRequestFramer : public QObject {
    Q_OBJECT
private:
    static RequestFramer framer() { return RequestFramer({3, 256, 100}); }
    static bool feed(RequestFramer &framer, const QByteArray &bytes)
    {
        return framer.feed(bytes.constData(), bytes.size());
    }

private slots:
    void followsPipelinedRequestsByteByByte()
    {
        RequestFramer f = framer();
        const QByteArray stream = "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                                  "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
        for (char byte : stream)
            QVERIFY(f.feed(&byte, 1));
        QCOMPARE(f.completedRequests(), 2u);
        QVERIFY(!f.inRequest());
        QCOMPARE(f.path(), QStringLiteral("/b"));
    }
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::newRow("too many fields")
            << QByteArray("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n") << 431;
        QTest::newRow("head too long") << QByteArray("GET /") + QByteArray(300, 'x') << 431;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    }
    void refusals()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        RequestFramer f = framer();
        QVERIFY(!feed(f, stream));
        QCOMPARE(f.refusal().status, status);
        QVERIFY(!feed(f, "GET / HTTP/1.1\r\n\r\n")); // stays refused
    }
    void expectContinueOnlyForAcceptableBodies()
    {
        RequestFramer f = framer();
        QVERIFY(feed(f, "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n"));
        QVERIFY(f.takeContinueRequest());
        QVERIFY(!f.takeContinueRequest());
        QVERIFY(f.inRequest());
        RequestFramer big = framer();
        QVERIFY(
            !feed(big, "POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n"));
        QVERIFY(!big.takeContinueRequest());
        QCOMPARE(big.refusal().status, 413);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "TestRequestFramer.moc"
