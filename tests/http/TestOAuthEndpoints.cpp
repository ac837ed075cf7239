// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The OAuth 2.0 face of the key exchange, over a real socket: the
// client-credentials grant (RFC 6749 §4.4, errors per §5.2), token
// introspection (RFC 7662) and the authorization server metadata (RFC 8414),
// with each misuse a client or an attacker could try.
#include "FreshStoreServer.h"
#include "JwtHeader.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

namespace {

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

InProcessServer::Headers form(InProcessServer::Headers headers = {})
{
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return headers;
}

QJsonObject oauthError(const QString &code, const QString &description)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}};
}

} // namespace

class TestOAuthEndpoints : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;
    IssuedKey m_client; // tenant 1: token:generate, read, write

    IssuedKey keyWith(const std::function<void(NewKey &)> &shape, qint64 tenantId = 1)
    {
        NewKey request;
        request.name = QStringLiteral("client");
        request.permissions = {QStringLiteral("token:generate"), QStringLiteral("read"),
                               QStringLiteral("write")};
        shape(request);
        return m_live->test.createKey(tenantId, request);
    }
    QByteArray id(const IssuedKey &key) const { return QByteArray::number(key.key.id); }
    InProcessServer::Reply token(const QByteArray &body, const InProcessServer::Headers &headers)
    {
        return m_live->http.send("POST", QStringLiteral("/oauth2/token"), form(headers), body);
    }
    InProcessServer::Reply introspect(const QByteArray &accessToken, const IssuedKey &introspector)
    {
        return m_live->http.send(
            "POST", QStringLiteral("/oauth2/introspect"),
            form({{"Authorization", basic(id(introspector), introspector.secret)}}),
            "token=" + accessToken.toPercentEncoding());
    }
    QByteArray accessToken(const IssuedKey &key)
    {
        const auto reply =
            token("grant_type=client_credentials", {{"Authorization", basic(id(key), key.secret)}});
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }
    IssuedKey introspector(qint64 tenantId = 1)
    {
        return keyWith([](NewKey &k) { k.permissions = {QStringLiteral("token:introspect")}; },
                       tenantId);
    }
    void disable(const IssuedKey &key)
    {
        KeyChanges changes;
        changes.status = KeyStatus::Disabled;
        QVERIFY(m_live->test.services().keys.update(TestServices::operatorActor(), key.key.id,
                                                    changes));
    }

private slots:
    void init()
    {
        m_live = std::make_unique<FreshStoreServer>();
        m_client = keyWith([](NewKey &) {});
    }
    void cleanup() { m_live.reset(); }

    void clientSecretBasicGetsABearerToken()
    {
        const auto reply = token("grant_type=client_credentials",
                                 {{"Authorization", basic(id(m_client), m_client.secret)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
        const QJsonObject body = reply.json();
        const QByteArray accessToken =
            body.value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(sameJson(body, {{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), 3600},
                                {QStringLiteral("scope"), QStringLiteral("read write")}}));
        const auto claims = m_live->test.services().tokens.verify(accessToken);
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("sub")).toString(),
                 QStringLiteral("key:%1").arg(m_client.key.id));
        QCOMPARE(claims->value(QStringLiteral("aud")).toString(), QStringLiteral("keyward"));
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(), QStringLiteral("read write"));
        // The token works where the API takes a key's bearer token.
        const auto used = m_live->http.get(QStringLiteral("/api/v1/apikey"),
                                           {{"Authorization", "Bearer " + accessToken}});
        QCOMPARE(used.status, 200);
    }

    void clientSecretPostAndANarrowedScope()
    {
        const auto reply =
            token("grant_type=client_credentials&client_id=" + id(m_client) +
                      "&client_secret=" + m_client.secret.toPercentEncoding() + "&scope=read",
                  {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(), QStringLiteral("read"));
        const QByteArray accessToken =
            reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(jwtClaims(accessToken).value(QStringLiteral("scope")).toString(),
                 QStringLiteral("read"));
        // A key whose lifetime ends sooner than a token's bounds expires_in.
        const IssuedKey brief = keyWith([](NewKey &k) { k.lifetimeSeconds = 600; });
        const auto briefReply = token("grant_type=client_credentials",
                                      {{"Authorization", basic(id(brief), brief.secret)}});
        QCOMPARE(briefReply.json().value(QStringLiteral("expires_in")).toInteger(), 600);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        // "id:secret" for HTTP Basic (<id> and <secret> are the client's),
        // a whole header value, or nothing.
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QByteArray grant = "grant_type=client_credentials";
        QTest::newRow("no client authentication")
            << grant << QByteArray() << 401 << "invalid_client"
            << "client authentication is required";
        QTest::newRow("wrong secret")
            << grant << QByteArray("<id>:sk_wrong") << 401 << "invalid_client"
            << "client authentication failed";
        QTest::newRow("another key's id")
            << grant << QByteArray("1:<secret>") << 401 << "invalid_client"
            << "client authentication failed";
        QTest::newRow("a client id that is no id")
            << grant << QByteArray("client:<secret>") << 401 << "invalid_client"
            << "client authentication failed";
        QTest::newRow("malformed Basic")
            << grant << QByteArray("Basic !!!") << 401 << "invalid_client"
            << "malformed HTTP Basic credentials";
        QTest::newRow("secret without id")
            << grant + "&client_secret=<secret>" << QByteArray() << 401 << "invalid_client"
            << "client_id is required with client_secret";
        QTest::newRow("two methods") << grant + "&client_id=<id>&client_secret=<secret>"
                                     << QByteArray("<id>:<secret>") << 400 << "invalid_request"
                                     << "use one client authentication method";
        QTest::newRow("no grant type")
            << QByteArray("scope=read") << QByteArray("<id>:<secret>") << 400 << "invalid_request"
            << "grant_type is required";
        QTest::newRow("another grant")
            << QByteArray("grant_type=password&username=a&password=b")
            << QByteArray("<id>:<secret>") << 400 << "unsupported_grant_type"
            << "only client_credentials is granted here";
        QTest::newRow("repeated grant type")
            << grant + "&" + grant << QByteArray("<id>:<secret>") << 400 << "invalid_request"
            << "grant_type is sent more than once";
        QTest::newRow("not UTF-8")
            << grant + "&scope=%FF" << QByteArray("<id>:<secret>") << 400 << "invalid_request"
            << "the form is not valid UTF-8";
        QTest::newRow("a scope the key lacks")
            << grant + "&scope=read+admin" << QByteArray("<id>:<secret>") << 400 << "invalid_scope"
            << "the key cannot grant admin";
        QTest::newRow("token:generate is no scope")
            << grant + "&scope=token:generate" << QByteArray("<id>:<secret>") << 400
            << "invalid_scope"
            << "the key cannot grant token:generate";
        QTest::newRow("malformed scope")
            << grant + "&scope=%22read%22" << QByteArray("<id>:<secret>") << 400 << "invalid_scope"
            << "scope is a space-separated list of permissions";
    }
    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        auto fill = [this](QByteArray text) {
            return text.replace("<id>", id(m_client))
                .replace("<secret>", m_client.secret.toPercentEncoding());
        };
        if (!authorization.isEmpty() && !authorization.startsWith("Basic ")) {
            const qsizetype colon = authorization.indexOf(':');
            authorization =
                basic(fill(authorization.left(colon)), fill(authorization.mid(colon + 1)));
        }
        InProcessServer::Headers headers;
        if (!authorization.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), authorization));
        const auto reply = token(fill(body), headers);
        QCOMPARE(reply.status, status);
        QVERIFY(sameJson(reply.json(), oauthError(error, description)));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("WWW-Authenticate"),
                 status == 401 ? QByteArray("Basic realm=\"keyward\"") : QByteArray());
    }

    // The same checks as generate-from-apikey, each in OAuth's words.
    void theKeyIsJudgedAsInTheExchange()
    {
        auto refusal = [this](const IssuedKey &key) {
            return token("grant_type=client_credentials",
                         {{"Authorization", basic(id(key), key.secret)}});
        };
        auto reply = refusal(keyWith([](NewKey &k) { k.permissions = {QStringLiteral("read")}; }));
        QCOMPARE(reply.status, 400);
        QVERIFY(
            sameJson(reply.json(),
                     oauthError(QStringLiteral("unauthorized_client"),
                                QStringLiteral("the key lacks the permission token:generate"))));
        reply =
            refusal(keyWith([](NewKey &k) { k.allowedNetworks = QStringLiteral("10.0.0.0/8"); }));
        QCOMPARE(reply.status, 400);
        QVERIFY(
            sameJson(reply.json(),
                     oauthError(QStringLiteral("unauthorized_client"),
                                QStringLiteral("the key only works from its allowed networks"))));
        disable(m_client);
        reply = refusal(m_client);
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), oauthError(QStringLiteral("invalid_client"),
                                                  QStringLiteral("the key is disabled"))));
        const IssuedKey limited = keyWith([](NewKey &k) { k.rateLimitPerMinute = 1; });
        QCOMPARE(refusal(limited).status, 200);
        reply = refusal(limited);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("slow_down"));
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 61, reply.header("Retry-After").constData());
    }

    void onlyFormPostsAreTaken()
    {
        auto reply = m_live->http.post(
            QStringLiteral("/oauth2/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
            {{"Authorization", basic(id(m_client), m_client.secret)}});
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         oauthError(QStringLiteral("invalid_request"),
                                    QStringLiteral("send the parameters as "
                                                   "application/x-www-form-urlencoded"))));
        reply = m_live->http.get(QStringLiteral("/oauth2/token"));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        QVERIFY(sameJson(reply.json(), oauthError(QStringLiteral("invalid_request"),
                                                  QStringLiteral("GET is not allowed on "
                                                                 "/oauth2/token"))));
    }

    void introspectionSaysWhatIsInForce()
    {
        const IssuedKey caller = introspector();
        const QByteArray accessToken = this->accessToken(m_client);
        auto reply = introspect(accessToken, caller);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QJsonObject expected = jwtClaims(accessToken);
        expected.insert(QStringLiteral("active"), true);
        expected.insert(QStringLiteral("client_id"), QString::fromLatin1(id(m_client)));
        QVERIFY(sameJson(reply.json(), expected));

        // A user's token, and a v1 key JWT, are in force too.
        const QByteArray userToken = m_live->test.userToken(TestServices::adminEmail);
        reply = introspect(userToken, caller);
        QCOMPARE(reply.json().value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(reply.json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("SuperAdmin"));
        const IssuedKey v1 = keyWith([](NewKey &k) { k.kind = ApiKeyKind::Jwt; });
        reply = introspect(v1.secret, caller);
        QCOMPARE(reply.json().value(QStringLiteral("active")), QJsonValue(true));
        disable(v1);
        QVERIFY(
            sameJson(introspect(v1.secret, caller).json(), {{QStringLiteral("active"), false}}));

        // The key's allow-list and rate limit judge who presents the token,
        // not who asks about it.
        const IssuedKey fenced = keyWith([](NewKey &k) {
            k.allowedNetworks = QStringLiteral("127.0.0.1");
            k.rateLimitPerMinute = 1;
        });
        const QByteArray fencedToken = this->accessToken(fenced);
        QCOMPARE(introspect(fencedToken, caller).json().value(QStringLiteral("active")),
                 QJsonValue(true));
        QCOMPARE(introspect(fencedToken, caller).json().value(QStringLiteral("active")),
                 QJsonValue(true));

        // Anything not currently valid: inactive, and nothing more said.
        const QJsonObject inactive{{QStringLiteral("active"), false}};
        QByteArray forged = accessToken;
        forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
        QVERIFY(sameJson(introspect(forged, caller).json(), inactive));
        QVERIFY(sameJson(introspect("not-a-token", caller).json(), inactive));
        disable(m_client);
        QVERIFY(sameJson(introspect(accessToken, caller).json(), inactive));
        const QByteArray userLater = m_live->test.userToken(TestServices::adminEmail);
        m_live->test.clock().advance(2 * 3600);
        QVERIFY(sameJson(introspect(userLater, introspector()).json(), inactive));
    }

    // An introspecting key sees its own tenant's tokens only.
    void introspectionKeepsTenantsApart()
    {
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        const QByteArray accessToken = this->accessToken(m_client);
        QVERIFY(sameJson(introspect(accessToken, introspector(other.id)).json(),
                         {{QStringLiteral("active"), false}}));
        QCOMPARE(introspect(accessToken, introspector(1)).json().value(QStringLiteral("active")),
                 QJsonValue(true));
    }

    void introspectionWantsAnIntrospectingKey()
    {
        const QByteArray body = "token=" + accessToken(m_client);
        // By x-api-key too.
        const IssuedKey caller = introspector();
        auto reply = m_live->http.send("POST", QStringLiteral("/oauth2/introspect"),
                                       form({{"x-api-key", caller.secret}}), body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("active")), QJsonValue(true));
        // A key without token:introspect cannot learn about tokens.
        reply = m_live->http.send("POST", QStringLiteral("/oauth2/introspect"),
                                  form({{"Authorization", basic(id(m_client), m_client.secret)}}),
                                  body);
        QCOMPARE(reply.status, 400);
        QVERIFY(
            sameJson(reply.json(),
                     oauthError(QStringLiteral("unauthorized_client"),
                                QStringLiteral("the key lacks the permission token:introspect"))));
        reply = m_live->http.send("POST", QStringLiteral("/oauth2/introspect"), form(), body);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Basic realm=\"keyward\""));
        reply = m_live->http.send("POST", QStringLiteral("/oauth2/introspect"),
                                  form({{"x-api-key", "sk_wrong"}}), body);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("WWW-Authenticate"),
                 QByteArray("ApiKey realm=\"keyward\", header=\"x-api-key\""));
        QVERIFY(sameJson(reply.json(), oauthError(QStringLiteral("invalid_client"),
                                                  QStringLiteral("client authentication failed"))));
        reply = m_live->http.send("POST", QStringLiteral("/oauth2/introspect"),
                                  form({{"x-api-key", caller.secret}}), "token_type_hint=x");
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(), oauthError(QStringLiteral("invalid_request"),
                                                  QStringLiteral("token is required"))));
    }

    void metadataNamesTheEndpoints()
    {
        const auto reply =
            m_live->http.get(QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(reply.status, 200);
        const QString base = m_live->http.baseUrl();
        const QJsonArray clientSecret{QStringLiteral("client_secret_basic"),
                                      QStringLiteral("client_secret_post")};
        QVERIFY(sameJson(
            reply.json(),
            {{QStringLiteral("issuer"), QStringLiteral("keyward")},
             {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth2/token")},
             {QStringLiteral("jwks_uri"), base + QStringLiteral("/.well-known/jwks.json")},
             {QStringLiteral("introspection_endpoint"),
              base + QStringLiteral("/oauth2/introspect")},
             {QStringLiteral("grant_types_supported"),
              QJsonArray{QStringLiteral("client_credentials")}},
             {QStringLiteral("response_types_supported"), QJsonArray{}},
             {QStringLiteral("token_endpoint_auth_methods_supported"), clientSecret},
             {QStringLiteral("introspection_endpoint_auth_methods_supported"), clientSecret},
             {QStringLiteral("service_documentation"), base + QStringLiteral("/openapi.json")}}));
    }
};

QTEST_GUILESS_MAIN(TestOAuthEndpoints)
#include "TestOAuthEndpoints.moc"
