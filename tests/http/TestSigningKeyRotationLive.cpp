// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Signing-key rotation across running servers: two `keyward serve` on one
// store, `keyward signing-key rotate` and `retire` from the command line.
// The rotation reaches a server through its periodic refresh, or at once when
// a token of the new key arrives; old tokens verify until retirement; JWKS
// lists both keys meanwhile. Runs on SQLite and PostgreSQL.
#include "HttpClient.h"
#include "JwtHeader.h"
#include "ServeProcess.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestSigningKeyRotationLive : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = ServeProcess::environment(m_home.path());
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString(64, QLatin1Char('b')));
        environment.insert(QStringLiteral("KEYWARD_DB"), m_database->location());
        environment.insert(QStringLiteral("KEYWARD_JWT_ALG"), QStringLiteral("ES256"));
        return environment;
    }
    struct Run {
        int code = -1;
        QByteArray out;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("KEYWARD_BINARY"),
                      QStringList{QStringLiteral("signing-key")} + arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput()};
    }
    static QStringList publishedKids(HttpClient &server)
    {
        QStringList kids;
        const QJsonObject jwks = server.get(QStringLiteral("/.well-known/jwks.json")).json();
        for (const QJsonValue &key : jwks.value(QStringLiteral("keys")).toArray())
            kids.append(key.toObject().value(QStringLiteral("kid")).toString());
        return kids;
    }
    static QByteArray login(HttpClient &server) { return ServeProcess::adminToken(server); }
    // A request that needs a valid bearer token; its status.
    static int callWith(HttpClient &server, const QByteArray &token)
    {
        return server.get(QStringLiteral("/api/v1/apikey"), {{"Authorization", "Bearer " + token}})
            .status;
    }

private slots:
    void init() { m_database = std::make_unique<TestDatabase>(); }
    void cleanup() { m_database.reset(); }

    void rotationReachesRunningServers()
    {
        // A looks every second, B only when a token asks it to.
        ServeProcess serverA(environment(),
                             {QStringLiteral("--signing-key-refresh"), QStringLiteral("1")});
        ServeProcess serverB(environment(),
                             {QStringLiteral("--signing-key-refresh"), QStringLiteral("3600")});
        QVERIFY(serverA.start() && serverB.start());
        HttpClient a(serverA.baseUrl());
        HttpClient b(serverB.baseUrl());
        const QByteArray oldToken = login(a);
        const QString oldKid = jwtKid(oldToken);
        QVERIFY(!oldKid.isEmpty());
        QCOMPARE(publishedKids(a), QStringList{oldKid});
        // Verifiers may cache the key set as long as each server looks.
        QCOMPARE(a.get(QStringLiteral("/.well-known/jwks.json")).header("Cache-Control"),
                 QByteArray("max-age=1"));
        QCOMPARE(b.get(QStringLiteral("/.well-known/jwks.json")).header("Cache-Control"),
                 QByteArray("max-age=3600"));

        Run run = cli({QStringLiteral("rotate"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QString newKid = run.json().value(QStringLiteral("active")).toString();
        QCOMPARE(run.json().value(QStringLiteral("retiring")).toString(), oldKid);

        // A follows by its refresh: both keys published, new tokens on the new kid.
        QTRY_COMPARE_WITH_TIMEOUT(publishedKids(a), (QStringList{newKid, oldKid}), 10000);
        const QByteArray newToken = login(a);
        QCOMPARE(jwtKid(newToken), newKid);
        // B has not looked yet, but a token of the new key makes it.
        QCOMPARE(publishedKids(b), QStringList{oldKid});
        QCOMPARE(callWith(b, newToken), 200);
        QCOMPARE(publishedKids(b), (QStringList{newKid, oldKid}));
        // The old token still works everywhere.
        QCOMPARE(callWith(a, oldToken), 200);
        QCOMPARE(callWith(b, oldToken), 200);

        run = cli({QStringLiteral("list")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(newKid.toLatin1()) && run.out.contains("retiring"));

        run = cli({QStringLiteral("retire"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value(QStringLiteral("retired")).toArray(),
                 QJsonArray{QJsonValue(oldKid)});
        QTRY_COMPARE_WITH_TIMEOUT(publishedKids(a), QStringList{newKid}, 10000);
        QCOMPARE(callWith(a, oldToken), 401);
        QCOMPARE(callWith(a, newToken), 200);
        // Nothing is left to retire.
        QCOMPARE(cli({QStringLiteral("retire")}).code, 3);

        QCOMPARE(serverA.stop(), 0);
        QCOMPARE(serverB.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRotationLive)
#include "TestSigningKeyRotationLive.moc"
