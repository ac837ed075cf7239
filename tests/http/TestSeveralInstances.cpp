// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Two `keyward serve` on one PostgreSQL behind nginx, as a deployment runs
// them: a key disabled or deleted through one is refused by the other
// within a second, also while the other is answering that key from memory
// under load; a disabled key's token is refused as bearer by the other; a
// signing-key rotation through the CLI is followed by both (identical JWKS);
// and killing one leaves nginx serving through the other.
#include "HttpClient.h"
#include "ServeProcess.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace keyward;

class TestSeveralInstances : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = ServeProcess::environment(m_home.path());
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString(64, QLatin1Char('c')));
        environment.insert(QStringLiteral("KEYWARD_DB"), m_database->location());
        // Published keys, so that the JWKS shows which keys verify.
        environment.insert(QStringLiteral("KEYWARD_JWT_ALG"), QStringLiteral("ES256"));
        return environment;
    }
    static QStringList serveArguments()
    {
        return {QStringLiteral("--signing-key-refresh"), QStringLiteral("1")};
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    struct Key {
        qint64 id = 0;
        QByteArray secret;
    };
    static Key createKey(HttpClient &server, const HttpClient::Headers &admin)
    {
        const QJsonObject data = server
                                     .post(QStringLiteral("/api/ApiKey/create"),
                                           {{QStringLiteral("name"), QStringLiteral("svc")},
                                            {QStringLiteral("permissions"),
                                             QJsonArray{QStringLiteral("token:generate")}}},
                                           admin)
                                     .json()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        return {data.value(QStringLiteral("id")).toInteger(),
                data.value(QStringLiteral("key")).toString().toLatin1()};
    }
    static HttpClient::Reply exchange(HttpClient &server, const QByteArray &secret)
    {
        return server.get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", secret}});
    }
    static QByteArray jwks(HttpClient &server)
    {
        return server.get(QStringLiteral("/.well-known/jwks.json")).body;
    }

    // Keeps `port` busy exchanging `secret` from another thread until stopped.
    struct Load {
        Load(quint16 port, QByteArray secret)
            : thread(QThread::create([this, port, secret] {
                HttpClient client(QStringLiteral("http://127.0.0.1:%1").arg(port));
                while (!stop)
                    exchange(client, secret);
            }))
        {
            thread->start();
        }
        ~Load()
        {
            stop = true;
            thread->wait();
        }
        std::atomic<bool> stop = false;
        std::unique_ptr<QThread> thread;
    };

    // A private nginx in front of the servers; its port, or 0.
    quint16 startNginx(QProcess &nginx, const QList<quint16> &upstreams)
    {
        const QString dir = m_home.filePath(QStringLiteral("nginx"));
        QDir().mkpath(dir);
        const quint16 port = freePort();
        QString servers;
        for (const quint16 upstream : upstreams)
            servers +=
                QStringLiteral("server 127.0.0.1:%1 max_fails=1 fail_timeout=30s; ").arg(upstream);
        QFile config(dir + QStringLiteral("/nginx.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return 0;
        config.write(
            QStringLiteral(
                "daemon off; master_process off; pid %1/nginx.pid; error_log %1/error.log;\n"
                "events {}\n"
                "http { access_log off; client_body_temp_path %1; proxy_temp_path %1;\n"
                "  fastcgi_temp_path %1; uwsgi_temp_path %1; scgi_temp_path %1;\n"
                "  upstream keyward { %2}\n"
                "  server { listen 127.0.0.1:%3; location / { proxy_pass http://keyward;\n"
                "    proxy_http_version 1.1; proxy_set_header Connection \"\";\n"
                "    proxy_next_upstream error timeout; } } }\n")
                .arg(dir, servers)
                .arg(port)
                .toUtf8());
        config.close();
        nginx.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-p"), dir, QStringLiteral("-c"), config.fileName()});
        if (!nginx.waitForStarted(5000))
            return 0;
        HttpClient probe(QStringLiteral("http://127.0.0.1:%1").arg(port));
        for (int i = 0; i < 50; ++i) {
            if (probe.get(QStringLiteral("/healthz")).status == 200)
                return port;
            QTest::qWait(100);
        }
        return 0;
    }

private slots:
    void init() { m_database = std::make_unique<TestDatabase>(); }
    void cleanup() { m_database.reset(); }

    void changesThroughOneAreHonouredByTheOther()
    {
        ServeProcess one(environment(), serveArguments());
        ServeProcess other(environment(), serveArguments());
        QVERIFY(one.start() && other.start());
        HttpClient a(one.baseUrl());
        HttpClient b(other.baseUrl());
        const HttpClient::Headers admin = ServeProcess::administrator(a);

        // Disabled through one, while the other answers the key under load.
        const Key disabled = createKey(a, admin);
        QCOMPARE(exchange(b, disabled.secret).status, 200);
        const QByteArray token =
            exchange(b, disabled.secret).json().value(QStringLiteral("data")).toString().toLatin1();
        const auto bearer = [&] {
            return b.get(QStringLiteral("/api/v1/apikey"), {{"Authorization", "Bearer " + token}})
                .status;
        };
        QVERIFY(bearer() != 401);
        {
            Load load(other.port(), disabled.secret);
            QTest::qWait(300);
            QCOMPARE(a.send("PUT", QStringLiteral("/api/ApiKey/update/%1").arg(disabled.id), admin,
                            R"({"isActive":false})")
                         .status,
                     200);
            QTRY_COMPARE_WITH_TIMEOUT(exchange(b, disabled.secret).status, 400, 1000);
        }
        QCOMPARE(exchange(b, disabled.secret).json().value(QStringLiteral("errors")).toArray(),
                 QJsonArray{QStringLiteral("API key is inactive")});
        QTRY_COMPARE_WITH_TIMEOUT(bearer(), 401, 1000);

        // Deleted through one.
        const Key deleted = createKey(a, admin);
        QCOMPARE(exchange(b, deleted.secret).status, 200);
        QCOMPARE(
            a.send("DELETE", QStringLiteral("/api/ApiKey/delete/%1").arg(deleted.id), admin).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(exchange(b, deleted.secret).status, 403, 1000);

        // A rotation through the command line: both publish the same keys.
        const QByteArray before = jwks(a);
        QCOMPARE(jwks(b), before);
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(qEnvironmentVariable("KEYWARD_BINARY"),
                  {QStringLiteral("signing-key"), QStringLiteral("rotate")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(jwks(a) != before, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(jwks(b), jwks(a), 5000);
    }

    void nginxServesThroughTheOneLeft()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/nginx")),
                 "nginx is missing: scripts/setup.sh --test installs it");
        ServeProcess one(environment(), serveArguments());
        ServeProcess other(environment(), serveArguments());
        QVERIFY(one.start() && other.start());
        QProcess nginx;
        const quint16 port = startNginx(nginx, {one.port(), other.port()});
        QVERIFY2(port, "nginx did not start");
        HttpClient front(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const Key key = createKey(front, ServeProcess::administrator(front));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(exchange(front, key.secret).status, 200);

        one.process().kill(); // no goodbye
        QVERIFY(one.process().waitForFinished(5000));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(exchange(front, key.secret).status, 200);
        nginx.terminate();
        QVERIFY(nginx.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestSeveralInstances)
#include "TestSeveralInstances.moc"
