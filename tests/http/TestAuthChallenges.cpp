// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Every 401 of every family says how to authenticate (RFC 9110 11.6.1):
// Bearer (RFC 6750: the scheme alone without a token, error="invalid_token"
// once one was presented), ApiKey for the success-envelope API's x-api-key header, Password
// for a login's email and password, Basic for an OAuth 2.0 client.
#include "InProcessServer.h"
#include "TestServices.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace keyward;

namespace {

const QByteArray bearerOnly = "Bearer realm=\"keyward\"";
const QByteArray bearerRefused = "Bearer realm=\"keyward\", error=\"invalid_token\"";
const QByteArray apiKey = "ApiKey realm=\"keyward\", header=\"x-api-key\"";
const QByteArray password = "Password realm=\"keyward\"";
const QByteArray basic = "Basic realm=\"keyward\"";

} // namespace

class TestAuthChallenges : public QObject {
    Q_OBJECT
private slots:
    void everyUnauthorizedAnswerCarriesAChallenge()
    {
        TestServices test;
        InProcessServer http(test.services());
        const QByteArray key = test.tenantKey(1);
        const QList<InProcessServer::Headers> attempts{
            {},
            {{"Authorization", "Bearer not-a-token"}},
            {{"x-api-key", key}},
            {{"x-api-key", key}, {"Authorization", "Bearer not-a-token"}},
        };
        QSet<QByteArray> seen;
        int unauthorized = 0;
        for (const auto &[method, pattern] : http.server().router().routes()) {
            QString path = pattern;
            path.replace(QStringLiteral("{}"), QStringLiteral("1"));
            // The OAuth endpoints read forms; the rest JSON.
            const bool oauth = path.startsWith(QLatin1String("/oauth2/"));
            for (InProcessServer::Headers headers : attempts) {
                if (oauth)
                    headers.append(qMakePair(QByteArray("Content-Type"),
                                             QByteArray("application/x-www-form-urlencoded")));
                const auto reply = http.send(
                    method, path, headers, oauth ? "grant_type=client_credentials&token=x" : "{}");
                if (reply.status != 401)
                    continue;
                ++unauthorized;
                const QByteArray challenge = reply.header("WWW-Authenticate");
                QVERIFY2((QSet<QByteArray>{bearerOnly, bearerRefused, apiKey, basic}.contains(
                             challenge)),
                         qPrintable(QStringLiteral("%1 %2: \"%3\"")
                                        .arg(QString::fromLatin1(method), path,
                                             QString::fromLatin1(challenge))));
                seen.insert(challenge);
            }
        }
        QVERIFY(unauthorized > 20);
        QCOMPARE(seen, (QSet<QByteArray>{bearerOnly, bearerRefused, apiKey, basic}));
    }

    void eachFamilySaysWhichCredentialFailed()
    {
        TestServices test;
        InProcessServer http(test.services());
        const QString v1 = QStringLiteral("/api/v1/apikey");
        QCOMPARE(http.get(v1).header("WWW-Authenticate"), bearerOnly);
        QCOMPARE(http.get(v1, {{"Authorization", "Bearer not-a-token"}}).header("WWW-Authenticate"),
                 bearerRefused);
        const QString statusEnvelope = QStringLiteral("/api/clients/api-keys");
        QCOMPARE(http.get(statusEnvelope).header("WWW-Authenticate"), bearerOnly);
        const QString successEnvelope = QStringLiteral("/api/ApiKey/getAll");
        QCOMPARE(http.get(successEnvelope).header("WWW-Authenticate"), apiKey);
        QCOMPARE(http.get(successEnvelope, {{"x-api-key", test.tenantKey(1)}})
                     .header("WWW-Authenticate"),
                 bearerOnly);
        // A valid token gets no challenge.
        const QByteArray token = test.userToken(TestServices::adminEmail);
        const auto accepted = http.get(v1, {{"Authorization", "Bearer " + token}});
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.header("WWW-Authenticate"), QByteArray());
    }

    void wrongPasswordsAreChallengedForThePassword()
    {
        TestServices test;
        InProcessServer http(test.services());
        const QJsonObject wrong{{QStringLiteral("email"), TestServices::adminEmail},
                                {QStringLiteral("password"), QStringLiteral("wrong")}};
        const auto b = http.post(QStringLiteral("/api/auth/login"), wrong);
        QCOMPARE(b.status, 401);
        QCOMPARE(b.header("WWW-Authenticate"), password);
        const auto a = http.post(QStringLiteral("/api/Token/generate"), wrong,
                                 {{"x-api-key", test.tenantKey(1)}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("WWW-Authenticate"), password);
    }
};

QTEST_GUILESS_MAIN(TestAuthChallenges)
#include "TestAuthChallenges.moc"
