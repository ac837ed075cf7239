// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Router.h"

#include <QTest>

using namespace keyward;

class TestRouter : public QObject {
    Q_OBJECT
private:
    static Router::Handler answering(int status)
    {
        return [status](const HttpRequest &) { return HttpResponse{status, {}, {}, {}}; };
    }

private slots:
    void matchesLiteralsAndPlaceholders()
    {
        Router router;
        router.add("GET", QStringLiteral("/api/ApiKey/{}/apikey"), answering(201));
        router.add("GET", QStringLiteral("/api/ApiKey/getById/{}"), answering(202));
        const auto match = router.match("GET", QStringLiteral("/api/ApiKey/42/apikey"));
        QCOMPARE(match.kind, Router::Match::Kind::Found);
        QCOMPARE(match.parameters, QStringList{QStringLiteral("42")});
        QCOMPARE(match.handler(HttpRequest{}).status, 201);
        QCOMPARE(router.match("GET", QStringLiteral("/api/apikey/GETBYID/7"))
                     .handler(HttpRequest{})
                     .status,
                 202);
        QCOMPARE(router.match("GET", QStringLiteral("/api/ApiKey/getById/7/")).kind,
                 Router::Match::Kind::Found);
    }
    void tellsUnknownPathsFromWrongMethods()
    {
        Router router;
        router.add("GET", QStringLiteral("/healthz"), answering(200));
        router.add("PUT", QStringLiteral("/api/ApiKey/update/{}"), answering(200));
        QCOMPARE(router.match("GET", QStringLiteral("/nothing")).kind,
                 Router::Match::Kind::NotFound);
        QCOMPARE(router.match("GET", QStringLiteral("/api/ApiKey/update")).kind,
                 Router::Match::Kind::NotFound);
        const auto wrong = router.match("DELETE", QStringLiteral("/api/ApiKey/update/3"));
        QCOMPARE(wrong.kind, Router::Match::Kind::MethodNotAllowed);
        QCOMPARE(wrong.allowedMethods, QList<QByteArray>{"PUT"});
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
