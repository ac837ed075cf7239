// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// OAuthController called directly: the client-credentials grant from a form
// body, its errors in RFC 6749's shape, and introspection of what it issued.
#include "ControllerCall.h"
#include "OAuthController.h"

#include <QTest>

using namespace keyward;

class TestOAuthController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<OAuthController> m_controller;

    IssuedKey keyWith(const QStringList &permissions)
    {
        NewKey request;
        request.name = QStringLiteral("oauth client");
        request.permissions = permissions;
        return m_test->createKey(1, request);
    }
    static HttpRequest form(const QString &path, const QByteArray &body, const IssuedKey &client)
    {
        HttpRequest request = ControllerCall::request(
            "POST", path,
            {{"authorization",
              "Basic " + (QByteArray::number(client.key.id) + ':' + client.secret).toBase64()},
             {"content-type", "application/x-www-form-urlencoded"}});
        request.body = body;
        return request;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<OAuthController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void aClientIsGrantedATokenItsKeyMayHave()
    {
        const IssuedKey client = keyWith(
            {QStringLiteral("token:generate"), QStringLiteral("read"), QStringLiteral("write")});
        const HttpResponse response = m_controller->token(form(
            QStringLiteral("/oauth2/token"), "grant_type=client_credentials&scope=read", client));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = bodyOf(response);
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("read"));

        // What it issued, introspected by a key allowed to.
        const IssuedKey introspector = keyWith({QStringLiteral("token:introspect")});
        const HttpResponse introspected = m_controller->introspect(
            form(QStringLiteral("/oauth2/introspect"),
                 "token=" + body.value(QStringLiteral("access_token")).toString().toLatin1(),
                 introspector));
        QCOMPARE(introspected.status, 200);
        QCOMPARE(bodyOf(introspected).value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(bodyOf(introspected).value(QStringLiteral("scope")).toString(),
                 QStringLiteral("read"));
    }

    void errorsTakeOAuthsShape()
    {
        const IssuedKey client =
            keyWith({QStringLiteral("token:generate"), QStringLiteral("read")});
        HttpResponse response = m_controller->token(
            form(QStringLiteral("/oauth2/token"), "grant_type=password", client));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 (QJsonObject{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                              {QStringLiteral("error_description"),
                               QStringLiteral("only client_credentials is granted here")}}));

        response = m_controller->token(form(QStringLiteral("/oauth2/token"),
                                            "grant_type=client_credentials&scope=write", client));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));

        const IssuedKey unexchangeable = keyWith({QStringLiteral("read")});
        response = m_controller->token(
            form(QStringLiteral("/oauth2/token"), "grant_type=client_credentials", unexchangeable));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 (QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized_client")},
                              {QStringLiteral("error_description"),
                               QStringLiteral("the key lacks the permission token:generate")}}));
    }

    void aWrongSecretIsAnInvalidClient()
    {
        IssuedKey client = keyWith({QStringLiteral("token:generate")});
        client.secret = keyWith({QStringLiteral("token:generate")}).secret; // another key's
        const HttpResponse response = m_controller->token(
            form(QStringLiteral("/oauth2/token"), "grant_type=client_credentials", client));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response).value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        QVERIFY(response.header("WWW-Authenticate").startsWith("Basic "));
    }
};

QTEST_GUILESS_MAIN(TestOAuthController)
#include "TestOAuthController.moc"
