// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// HEAD on every GET route (RFC 9110 §9.3.2): the GET's status and headers,
// Content-Length the size the GET's body would have, and not one byte of
// body, so the next answer on a kept-alive connection starts where it should.
// Also the answers that have no body at all: 204 and 304 carry no
// Content-Length.
#include "FreshStoreServer.h"
#include "RawClient.h"

#include <QTest>

using namespace keyward;

namespace {

// The part of `bytes` up to and including the first blank line.
QByteArray headOf(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? bytes : bytes.left(end + 4);
}

QByteArray field(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestHeadRequests : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    // Sends `request` and then a GET /healthz that closes the connection;
    // everything the server wrote.
    QByteArray exchange(const QByteArray &request)
    {
        RawClient client;
        if (!client.open(m_live->http.port()))
            return {};
        client.send(request + "GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        client.closedWithin(5000);
        return client.received;
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void everyGetRouteAnswersHead()
    {
        const QByteArray bearer = "Bearer " + m_live->test.userToken(TestServices::adminEmail);
        const QByteArray key = m_live->test.tenantKey(1);
        int routes = 0;
        for (const auto &[method, pattern] : m_live->http.server().router().routes()) {
            if (method != "GET")
                continue;
            ++routes;
            QString path = pattern;
            path.replace(QStringLiteral("{}"), QStringLiteral("1"));
            const QByteArray credentials =
                "x-api-key: " + key + "\r\nAuthorization: " + bearer + "\r\n";
            const QByteArray get = exchange("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: t\r\n" +
                                            credentials + "\r\n");
            const QByteArray head = exchange("HEAD " + path.toUtf8() + " HTTP/1.1\r\nHost: t\r\n" +
                                             credentials + "\r\n");
            const QByteArray getHead = headOf(get);
            const QByteArray headHead = headOf(head);
            QCOMPARE(headHead.left(12), getHead.left(12)); // HTTP/1.1 NNN
            QCOMPARE(field(headHead, "Content-Type"), field(getHead, "Content-Type"));
            // Documents that stay put are the same size; lists and metrics
            // move between two requests (counts, last-used times, new ids).
            static const QStringList fixed{
                QStringLiteral("/healthz"), QStringLiteral("/openapi.json"),
                QStringLiteral("/.well-known/jwks.json"),
                QStringLiteral("/.well-known/oauth-authorization-server")};
            if (fixed.contains(pattern))
                QCOMPARE(field(headHead, "Content-Length"), field(getHead, "Content-Length"));
            QVERIFY2(!field(headHead, "Content-Length").isEmpty(), qPrintable(path));
            // No body: the next answer follows the blank line at once.
            QVERIFY2(head.mid(headHead.size()).startsWith("HTTP/1.1 200 OK\r\n"),
                     qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(head)));
        }
        QVERIFY(routes >= 10);
    }

    void headIsAllowedWhereGetIs()
    {
        const QByteArray answer = exchange("PUT /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(field(headOf(answer), "Allow"), QByteArray("GET, HEAD"));
        const QByteArray post = exchange("HEAD /oauth2/token HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY(post.startsWith("HTTP/1.1 405"));
        QCOMPARE(field(headOf(post), "Allow"), QByteArray("POST"));
        QVERIFY(post.mid(headOf(post).size()).startsWith("HTTP/1.1 200 OK\r\n"));
    }

    void notModifiedHasNoContentLength()
    {
        const QByteArray first = exchange("GET /.well-known/jwks.json HTTP/1.1\r\nHost: t\r\n\r\n");
        const QByteArray etag = field(headOf(first), "ETag");
        QVERIFY(!etag.isEmpty());
        const QByteArray answer = exchange("GET /.well-known/jwks.json HTTP/1.1\r\nHost: t\r\n"
                                           "If-None-Match: " +
                                           etag + "\r\n\r\n");
        QVERIFY(answer.startsWith("HTTP/1.1 304"));
        QCOMPARE(field(headOf(answer), "Content-Length"), QByteArray());
        QCOMPARE(field(headOf(answer), "ETag"), etag);
        QVERIFY(answer.mid(headOf(answer).size()).startsWith("HTTP/1.1 200 OK\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHeadRequests)
#include "TestHeadRequests.moc"
