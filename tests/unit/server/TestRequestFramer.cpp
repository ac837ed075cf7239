// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// RequestFramer, the parser of record for request framing: what it accepts
// is framed exactly, and anything two parsers could read differently is
// refused at once, whatever the chunking.
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
        const QByteArray first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
        const QByteArray second = "\r\nGET /b?c=d HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray stream = first + second;
        for (char byte : stream)
            QVERIFY(f.feed(&byte, 1));
        QCOMPARE(f.completedRequests(), 2u);
        QVERIFY(!f.inRequest());
        QVERIFY(f.hasFramed());
        const RequestFramer::Framed a = f.takeFramed();
        QCOMPARE(a.end, qint64(first.size()));
        QCOMPARE(a.head, QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"));
        QCOMPARE(a.bodyLength, 5);
        QVERIFY(!a.closeAfter);
        const RequestFramer::Framed b = f.takeFramed();
        QCOMPARE(b.end, qint64(stream.size()));
        QCOMPARE(b.head, QByteArray("GET /b?c=d HTTP/1.1\r\nHost: x\r\n"));
        QVERIFY(!f.hasFramed());
    }

    void acceptedForms_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("closeAfter");
        QTest::newRow("origin form") << QByteArray("GET /x%20y?q=1 HTTP/1.1\r\nHost: a:80\r\n\r\n")
                                     << QStringLiteral("/x%20y") << false;
        QTest::newRow("absolute form")
            << QByteArray("GET http://a.example/p/q?r HTTP/1.1\r\nHost: a.example\r\n\r\n")
            << QStringLiteral("/p/q") << false;
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")
                                  << QStringLiteral("*") << false;
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << QStringLiteral("/") << true;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QStringLiteral("/")
            << false;
        QTest::newRow("connection close")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, close\r\n\r\n")
            << QStringLiteral("/") << true;
        QTest::newRow("same length twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n"
                          "Content-Length: 002\r\n\r\nab")
            << QStringLiteral("/") << false;
        QTest::newRow("obs-text and tabs in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A:\t\xe2\x82\xac b \r\n\r\n")
            << QStringLiteral("/") << false;
        QTest::newRow("empty lines before")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n") << QStringLiteral("/")
            << false;
    }
    void acceptedForms()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, path);
        QFETCH(bool, closeAfter);
        RequestFramer f = framer();
        QVERIFY(feed(f, stream.left(stream.size() - 1)));
        QCOMPARE(f.path(), path);
        QVERIFY(feed(f, stream.right(1)));
        QVERIFY(f.hasFramed());
        QCOMPARE(f.takeFramed().closeAfter, closeAfter);
        QVERIFY(f.path().isEmpty()); // the next request has no path yet
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::newRow("too many fields")
            << QByteArray("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n") << 431;
        QTest::newRow("head too long") << QByteArray("GET /") + QByteArray(252, 'x') << 431;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n") << 413;
        QTest::newRow("length beyond any integer")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n"
                   "\r\n")
            << 413;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: "
                                               "gzip, chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("other transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n") << 400;
        QTest::newRow("length list")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n") << 400;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n") << 400;
        QTest::newRow("folded line")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: a\r\n Content-Length: 41\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nContent-Length : 41\r\n") << 400;
        QTest::newRow("space in a name")
            << QByteArray("GET / HTTP/1.1\r\nBad Header: x\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n") << 400;
        QTest::newRow("bare LF in the head") << QByteArray("GET / HTTP/1.1\n") << 400;
        QTest::newRow("bare LF ending it") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nX-A: a\rb") << 400;
        QTest::newRow("NUL in a value")
            << QByteArray("GET / HTTP/1.1\r\nX-A: a") + '\0' + QByteArray("b\r\n") << 400;
        QTest::newRow("DEL in a value") << QByteArray("GET / HTTP/1.1\r\nX-A: a\x7f\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("Host with userinfo")
            << QByteArray("GET / HTTP/1.1\r\nHost: u@evil\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n") << 400;
        QTest::newRow("tab separator") << QByteArray("GET\t/ HTTP/1.1\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n") << 400;
        QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\n") << 400;
        QTest::newRow("authority-like path") << QByteArray("GET //evil/a HTTP/1.1\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET a/b HTTP/1.1\r\n") << 400;
        QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n") << 505;
        QTest::newRow("garbage version") << QByteArray("GET / HTTQ/1.1\r\n") << 400;
        QTest::newRow("websocket upgrade")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: "
                          "websocket\r\n\r\n")
            << 400;
        QTest::newRow("too many empty lines") << QByteArray("\r\n\r\n\r\n\r\n\r\n") << 400;
        QTest::newRow("empty line of a bare LF") << QByteArray("\n") << 400;
    }
    void refusals()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        RequestFramer f = framer();
        QVERIFY(!feed(f, stream));
        QCOMPARE(f.refusal().status, status);
        QVERIFY(!f.refusal().detail.isEmpty());
        QVERIFY(!f.hasFramed());
        QVERIFY(!feed(f, "GET / HTTP/1.1\r\nHost: a\r\n\r\n")); // stays refused
        // Byte by byte: the same verdict, and no later than the byte that decides it.
        RequestFramer trickled = framer();
        qsizetype accepted = 0;
        while (accepted < stream.size() && trickled.feed(stream.constData() + accepted, 1))
            ++accepted;
        QCOMPARE(trickled.refusal().status, status);
        QCOMPARE(accepted, stream.size() - 1);
    }

    void inRequestFromTheFirstByteIncludingEmptyLines()
    {
        RequestFramer f = framer();
        QVERIFY(!f.inRequest());
        QVERIFY(feed(f, "\r"));
        QVERIFY(f.inRequest());
        QVERIFY(feed(f, "\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"));
        QVERIFY(!f.inRequest());
    }

    void expectContinueOnlyForAcceptableBodies()
    {
        RequestFramer f = framer();
        QVERIFY(feed(f, "POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: "
                        "10\r\n\r\n"));
        QVERIFY(f.takeContinueRequest());
        QVERIFY(!f.takeContinueRequest());
        QVERIFY(f.inRequest());
        RequestFramer big = framer();
        QVERIFY(!feed(big, "POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: "
                           "1000\r\n\r\n"));
        QVERIFY(!big.takeContinueRequest());
        QCOMPARE(big.refusal().status, 413);
        RequestFramer bodyless = framer();
        QVERIFY(feed(bodyless, "GET /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n"));
        QVERIFY(!bodyless.takeContinueRequest());
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "TestRequestFramer.moc"
