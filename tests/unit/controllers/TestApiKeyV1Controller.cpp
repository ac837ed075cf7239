// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// ApiKeyV1Controller called directly (seed 004): a key that is its own JWT,
// read back and relabelled, and refusals as RFC 7807 problem details.
#include "ApiKeyV1Controller.h"
#include "ControllerCall.h"

#include <QTest>

using namespace keyward;

namespace {

QJsonObject problem(int status, const QString &title, const QString &detail)
{
    return {{QStringLiteral("type"), QStringLiteral("about:blank")},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail}};
}

} // namespace

class TestApiKeyV1Controller : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<ApiKeyV1Controller> m_controller;

    HttpResponse create(const QJsonObject &body)
    {
        ControllerCall call(*m_test);
        return m_controller->create(ControllerCall::request(
            "POST", QStringLiteral("/api/v1/apikey"), call.bearer(TestServices::adminEmail), body));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<ApiKeyV1Controller>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void aKeyIsItsOwnJwtAndCanBeRelabelled()
    {
        const HttpResponse created = create({{QStringLiteral("label"), QStringLiteral("extractor")},
                                             {QStringLiteral("lifetime"), 3600}});
        QCOMPARE(created.status, 200);
        const QJsonObject dto = bodyOf(created);
        const QString apiKey = dto.value(QStringLiteral("apiKey")).toString();
        const QString jti = dto.value(QStringLiteral("jti")).toString();
        QCOMPARE(dto.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(dto.value(QStringLiteral("expiresAt")).toInteger() -
                     dto.value(QStringLiteral("createdAt")).toInteger(),
                 3600);
        const auto claims = m_test->services().tokens.verify(apiKey.toLatin1());
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("jti")).toString(), jti);

        const QString id = QString::number(dto.value(QStringLiteral("id")).toInteger());
        ControllerCall call(*m_test);
        const HttpResponse relabelled = m_controller->update(ControllerCall::request(
            "PUT", QStringLiteral("/api/v1/apikey/") + id, call.bearer(TestServices::adminEmail),
            {{QStringLiteral("label"), QStringLiteral("loader")}}, {id}));
        QCOMPARE(relabelled.status, 200);
        QCOMPARE(bodyOf(relabelled).value(QStringLiteral("label")).toString(),
                 QStringLiteral("loader"));
        QVERIFY(!bodyOf(relabelled).contains(QStringLiteral("apiKey"))); // shown at creation only

        // Its own JWT is a bearer token here.
        const HttpResponse read = m_controller->get(
            ControllerCall::request("GET", QStringLiteral("/api/v1/apikey/") + id,
                                    {{"authorization", "Bearer " + apiKey.toLatin1()}}, {}, {id}));
        QCOMPARE(read.status, 200);
        QCOMPARE(bodyOf(read).value(QStringLiteral("label")).toString(), QStringLiteral("loader"));
    }

    void refusalsAreProblemDetails()
    {
        const qint64 before = m_test->keysOf(1).totalCount;
        HttpResponse response = create({{QStringLiteral("label"), QStringLiteral(" \t ")}});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.contentType, QByteArray("application/problem+json"));
        QCOMPARE(bodyOf(response),
                 problem(400, QStringLiteral("Bad Request"),
                         QStringLiteral("label must contain a non-space character")));
        response = create(
            {{QStringLiteral("label"), QStringLiteral("k")}, {QStringLiteral("lifetime"), -60}});
        QCOMPARE(bodyOf(response),
                 problem(400, QStringLiteral("Bad Request"),
                         QStringLiteral("lifetime must be a positive number of seconds")));
        QCOMPARE(m_test->keysOf(1).totalCount, before);

        response =
            m_controller->list(ControllerCall::request("GET", QStringLiteral("/api/v1/apikey")));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response), problem(401, QStringLiteral("Unauthorized"),
                                           QStringLiteral("A valid bearer token is required")));
    }

    void anotherTenantsKeyIsNotFound()
    {
        const Tenant other = m_test->createTenant(QStringLiteral("Other"));
        m_test->createUser(other.id, QStringLiteral("other@example.com"), Role::Admin);
        const QString id =
            QString::number(bodyOf(create({{QStringLiteral("label"), QStringLiteral("mine")}}))
                                .value(QStringLiteral("id"))
                                .toInteger());
        ControllerCall call(*m_test);
        const HttpResponse response = m_controller->get(
            ControllerCall::request("GET", QStringLiteral("/api/v1/apikey/") + id,
                                    call.bearer(QStringLiteral("other@example.com")), {}, {id}));
        QCOMPARE(response.status, 404);
        QCOMPARE(bodyOf(response), problem(404, QStringLiteral("Not Found"),
                                           QStringLiteral("No API key found with ID %1").arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyV1Controller)
#include "TestApiKeyV1Controller.moc"
