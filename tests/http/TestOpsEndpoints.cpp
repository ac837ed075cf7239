// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// /healthz, /openapi.json, /.well-known/jwks.json and /metrics.
#include "InProcessServer.h"
#include "TestServices.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace keyward;

class TestOpsEndpoints : public QObject {
    Q_OBJECT
private slots:
    void healthz()
    {
        TestServices test;
        InProcessServer http(test.services());
        const auto reply = http.get(QStringLiteral("/healthz"));
        QCOMPARE(reply.status, 200);
        QVERIFY(
            sameJson(reply.json(), {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("database"), QStringLiteral("ok")},
                                    {QStringLiteral("version"), QStringLiteral(KEYWARD_VERSION)}}));
    }

    void openApiCoversEveryRoute()
    {
        TestServices test;
        InProcessServer http(test.services());
        const auto reply = http.get(QStringLiteral("/openapi.json"));
        QCOMPARE(reply.status, 200);
        const QJsonObject document = reply.json();
        QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
        const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
        // Every route the server answers is documented, with its method.
        for (const auto &[method, pattern] : http.server().router().routes()) {
            QString documented = pattern;
            const QString placeholder = QStringLiteral("{}");
            bool found = false;
            for (auto it = paths.begin(); it != paths.end() && !found; ++it) {
                QString normalised = it.key();
                normalised.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), placeholder);
                found = normalised == documented &&
                        it.value().toObject().contains(QString::fromLatin1(method).toLower());
            }
            QVERIFY2(found, qPrintable(QStringLiteral("undocumented: %1 %2")
                                           .arg(QString::fromLatin1(method), pattern)));
        }
    }

    // The document names the server it came from, as the client reached it.
    void openApiServersNameThisServer()
    {
        TestServices test;
        InProcessServer http(test.services());
        auto servers = [&http](const InProcessServer::Headers &headers) {
            return http.get(QStringLiteral("/openapi.json"), headers)
                .json()
                .value(QStringLiteral("servers"))
                .toArray();
        };
        QJsonArray named = servers({});
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().toObject().value(QStringLiteral("url")).toString(), http.baseUrl());
        named = servers({{"Host", "keys.internal:9000"}});
        QCOMPARE(named.first().toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://keys.internal:9000"));
    }

    void jwksListsThePublicKey()
    {
        TestServices test(JwtAlgorithm::EdDSA);
        InProcessServer http(test.services());
        const auto reply = http.get(QStringLiteral("/.well-known/jwks.json"));
        QCOMPARE(reply.status, 200);
        const QJsonArray keys = reply.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(key.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(key.value(QStringLiteral("kid")).toString(),
                 test.services().signingKeyRing.snapshot()->keys.first().kid());
        QVERIFY(!key.contains(QStringLiteral("d")));
        // Tokens carry that kid.
        const QByteArray token = test.userToken(TestServices::adminEmail);
        const QJsonObject header =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(token.split('.').first(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QStringLiteral("kid")).toString(),
                 key.value(QStringLiteral("kid")).toString());
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    }

    // Verifiers may cache the key set as long as the server takes to notice
    // a rotation, and revalidate it for nothing (RFC 9110 ETag, 304).
    void jwksIsCacheableAndRevalidated()
    {
        TestServices test(JwtAlgorithm::ES256);
        InProcessServer http(test.services());
        const QString path = QStringLiteral("/.well-known/jwks.json");
        const auto first = http.get(path);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("Cache-Control"), QByteArray("max-age=10"));
        const QByteArray etag = first.header("ETag");
        QVERIFY2(etag.size() == 34 && etag.startsWith('"') && etag.endsWith('"'), etag);
        QCOMPARE(http.get(path).header("ETag"), etag); // the same set, the same tag

        for (const QByteArray &names : {etag, "W/" + etag, "\"other\", " + etag, QByteArray("*")}) {
            const auto unchanged = http.get(path, {{"If-None-Match", names}});
            QCOMPARE(unchanged.status, 304);
            QCOMPARE(unchanged.body, QByteArray());
            QCOMPARE(unchanged.header("ETag"), etag);
            QCOMPARE(unchanged.header("Cache-Control"), QByteArray("max-age=10"));
        }
        QCOMPARE(http.get(path, {{"If-None-Match", "\"other\""}}).status, 200);

        QVERIFY(test.services().signingKeys.rotate(TestServices::operatorActor()));
        const auto rotated = http.get(path, {{"If-None-Match", etag}});
        QCOMPARE(rotated.status, 200);
        QCOMPARE(rotated.json().value(QStringLiteral("keys")).toArray().size(), 2);
        QVERIFY(rotated.header("ETag") != etag);
        // Everything else stays uncacheable.
        QCOMPARE(http.get(QStringLiteral("/healthz")).header("Cache-Control"),
                 QByteArray("no-store"));
    }

    void metricsInPrometheusFormat()
    {
        TestServices test;
        InProcessServer http(test.services());
        QCOMPARE(http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", test.tenantKey(1)}})
                     .status,
                 200);
        QCOMPARE(
            http.get(QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", "ak_wrong"}})
                .status,
            403);
        QCOMPARE(http.get(QStringLiteral("/api/ApiKey/getById/12345678")).status, 401);
        const auto reply = http.get(QStringLiteral("/metrics"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QString text = QString::fromUtf8(reply.body);
        QVERIFY(
            text.contains(QStringLiteral("keyward_http_requests_total{method=\"GET\",route=\"/api/"
                                         "Token/generate-from-apikey\",status=\"200\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("keyward_http_requests_total{method=\"GET\",route=\"/"
                                             "api/ApiKey/getById/{}\",status=\"401\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("keyward_tokens_issued_total{kind=\"key\"} 1\n")));
        QVERIFY(text.contains(
            QStringLiteral("keyward_key_verifications_total{outcome=\"accepted\"} 1\n")));
        QVERIFY(text.contains(
            QStringLiteral("keyward_key_verifications_total{outcome=\"unknown\"} 1\n")));
        QVERIFY(text.contains(QStringLiteral("keyward_http_request_duration_seconds_count 3\n")));
        QVERIFY(text.contains(
            QStringLiteral("# TYPE keyward_http_request_duration_seconds histogram\n")));
    }

    // How many keys' usage waits for a store that does not take it.
    void metricsShowTheUsageBacklog()
    {
        TestServices test;
        InProcessServer http(test.services());
        const auto waiting = [&http] {
            const QString text = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
            static const QRegularExpression gauge(
                QStringLiteral("\n# TYPE keyward_usage_keys_waiting gauge\n"
                               "keyward_usage_keys_waiting (\\d+)\n"));
            const auto match = gauge.match(text);
            return match.hasMatch() ? match.captured(1).toInt() : -1;
        };
        QCOMPARE(http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", test.tenantKey(1)}})
                     .status,
                 200);
        QCOMPARE(waiting(), 0);
        QSqlQuery away(test.services().database->connection());
        QVERIFY(away.exec(QStringLiteral("ALTER TABLE key_usage RENAME TO away")));
        QVERIFY(!test.services().usage.flush());
        QCOMPARE(waiting(), 1);
        QVERIFY(away.exec(QStringLiteral("ALTER TABLE away RENAME TO key_usage")));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(waiting(), 0);
    }

    // Per tenant, the keys key hygiene would list, counted at most once a
    // minute however often /metrics is asked.
    void metricsCountKeysNeedingAttention()
    {
        TestServices test;
        InProcessServer http(test.services());
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        NewKey wide;
        wide.name = QStringLiteral("deployer");
        wide.permissions = {QStringLiteral("write")};
        test.createKey(1, wide);
        NewKey brief;
        brief.name = QStringLiteral("brief");
        brief.permissions = {QStringLiteral("read")};
        brief.allowedNetworks = QStringLiteral("10.0.0.0/8");
        brief.lifetimeSeconds = 30 * 86400;
        test.createKey(other.id, brief);
        test.clock().advance(20 * 86400); // brief expires within 14 days; neither was used

        const QString text = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
        QVERIFY(text.contains(QStringLiteral("# TYPE keyward_keys_needing_attention gauge\n")));
        const QStringList expected{
            QStringLiteral("keyward_keys_needing_attention{tenant=\"1\",concern=\"never-used\"} 1"),
            QStringLiteral("keyward_keys_needing_attention{tenant=\"1\",concern=\"wide-open\"} 1"),
            QStringLiteral(
                "keyward_keys_needing_attention{tenant=\"%1\",concern=\"expiring-soon\"} 1")
                .arg(other.id),
            QStringLiteral("keyward_keys_needing_attention{tenant=\"%1\",concern=\"never-used\"} 1")
                .arg(other.id)};
        QStringList seen;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("keyward_keys_needing_attention{")))
                seen << line;
        }
        QCOMPARE(seen, expected);

        // A new concern shows within the minute, not at once.
        test.createKey(other.id, wide);
        const QString cached = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
        QVERIFY(
            !cached.contains(QStringLiteral("tenant=\"%1\",concern=\"wide-open\"").arg(other.id)));
        test.clock().advance(AttentionCounts::maxAgeSeconds);
        const QString recounted = QString::fromUtf8(http.get(QStringLiteral("/metrics")).body);
        QVERIFY(recounted.contains(
            QStringLiteral("keyward_keys_needing_attention{tenant=\"%1\",concern=\"wide-open\"} 1")
                .arg(other.id)));
    }
};

QTEST_GUILESS_MAIN(TestOpsEndpoints)
#include "TestOpsEndpoints.moc"
