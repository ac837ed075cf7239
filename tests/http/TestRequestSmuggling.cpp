// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The HTTP front as an attacker meets it, over raw sockets: heads that two
// parsers could frame differently are refused before anything is served (no
// "body" ever becomes a second request), bare LF is refused at once rather
// than left to time out, bodies up to the limit are read and judged, and no
// client can write a line of its own into the access log.
#include "FreshStoreServer.h"
#include "RawClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

using namespace keyward;

namespace {

QStringList s_logged;

QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "keyward.access") == 0)
        s_logged.append(message);
}

// The access log on, whatever QT_LOGGING_RULES says.
void accessLogOn(QLoggingCategory *category)
{
    s_previousFilter(category);
    if (qstrcmp(category->categoryName(), "keyward.access") == 0)
        category->setEnabled(QtInfoMsg, true);
}

// A request whose second "request" hides in what the guard must read as
// part of the first (or refuse): the inner one asks for /healthz.
const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

class TestRequestSmuggling : public QObject {
    Q_OBJECT
private slots:
    void ambiguousHeadsAreRefusedAndNothingBehindThemIsServed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("folded Content-Length")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nX-A: a\r\n"
                          " Content-Length: 41\r\n\r\n")
            << 400;
        QTest::newRow("space before the colon")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\n"
                          "Content-Length : 41\r\n\r\n")
            << 400;
        QTest::newRow("invalid field name")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n"
                          "Content-Length: 41\r\n\r\n")
            << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                          "Content-Length: 41\r\n\r\n")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nContent-Length: 41\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n")
            << 411;
        QTest::newRow("bare LF head") << QByteArray("POST /api/Token/generate HTTP/1.1\nHost: x\n"
                                                    "Content-Length: 41\n\n")
                                      << 400;
        QTest::newRow("bare CR") << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\n"
                                               "X-A: a\rContent-Length: 41\r\n\r\n")
                                 << 400;
        QTest::newRow("double Host")
            << QByteArray("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nHost: y\r\n"
                          "Content-Length: 41\r\n\r\n")
            << 400;
    }
    void ambiguousHeadsAreRefusedAndNothingBehindThemIsServed()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        QElapsedTimer timer;
        timer.start();
        client.send(head + hidden + hidden);
        QVERIFY(client.closedWithin(4000));
        QVERIFY2(timer.elapsed() < 3000, "refused at once, not left to time out");
        QVERIFY2(client.received.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                 client.received.constData());
        QCOMPARE(client.responseCount(), 1); // the hidden requests were never served
        const QJsonObject body = bodyOf(client.received);
        QCOMPARE(body.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 status == 400 ? QStringLiteral("Bad request") : QStringLiteral("Length required"));
    }

    void theRequestsBeforeARefusalAreAnsweredFirst()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send(hidden + hidden + "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n");
        QVERIFY(client.closedWithin(4000));
        const QByteArray &answers = client.received;
        QCOMPARE(client.responseCount(), 3);
        const qsizetype refusal = answers.indexOf("HTTP/1.1 400");
        QVERIFY2(refusal > answers.lastIndexOf("HTTP/1.1 200"), answers.constData());
    }

    void bodiesUpToTheLimitAreReadAndJudged_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("70 KB") << 70000;
        QTest::newRow("300 KB") << 300000;
        QTest::newRow("1,000,000 bytes") << 1000000;
        QTest::newRow("exactly 1 MiB") << 1024 * 1024;
    }
    void bodiesUpToTheLimitAreReadAndJudged()
    {
        QFETCH(int, size);
        FreshStoreServer live;
        const QByteArray tenantKey = live.test.tenantKey(1);
        // Valid JSON of the given size: the credentials and a long filler.
        QByteArray body = "{\"email\":\"nobody@example.com\",\"password\":\"wrong\",\"pad\":\"";
        body += QByteArray(size - body.size() - 2, 'x') + "\"}";
        QCOMPARE(body.size(), size);
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        QElapsedTimer timer;
        timer.start();
        client.send("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nx-api-key: " + tenantKey +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(size) + "\r\n\r\n" + body);
        const QByteArray answer = client.readResponses(1, 5000);
        qInfo("%d bytes judged in %lld ms", size, timer.elapsed());
        // Read whole and judged by the controller: a wrong password, not a timeout.
        QVERIFY2(answer.startsWith("HTTP/1.1 401 Unauthorized\r\n"), answer.left(300).constData());
        QVERIFY(timer.elapsed() < 2000);
    }

    void oneByteOverTheLimitIs413BeforeTheBodyIsRead()
    {
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send("POST /api/Token/generate HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                    QByteArray::number(1024 * 1024 + 1) + "\r\n\r\n");
        const QByteArray answer = client.readResponses(1, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), answer.constData());
    }

    void pathsAreLoggedEscapedAsReceived()
    {
        // installFilter() runs the new filter at once: know the old one first.
        s_previousFilter = QLoggingCategory::installFilter(nullptr);
        QLoggingCategory::installFilter(accessLogOn);
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        FreshStoreServer live;
        RawClient client;
        QVERIFY(client.open(live.http.port()));
        client.send("GET /api/x%0A%0Dkeyward.access:%20FORGED%1B HTTP/1.1\r\nHost: x\r\n\r\n");
        client.readResponses();
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(s_previousFilter);
        QCOMPARE(s_logged.size(), 1);
        const QString line = s_logged.first();
        QVERIFY2(line.contains(QStringLiteral("/api/x%0A%0Dkeyward.access:%20FORGED%1B 404")),
                 qPrintable(line));
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestRequestSmuggling)
#include "TestRequestSmuggling.moc"
