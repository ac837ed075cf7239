// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// kill -9 during concurrent key creation, 20 times: after each restart every
// key whose creation was acknowledged (2xx) exists and verifies, and SQLite's
// integrity check is ok.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCrashSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    bool start(QProcess &server)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_directory.path());
        environment.insert(QStringLiteral("KEYWARD_ADMIN_EMAIL"),
                           QStringLiteral("admin@example.com"));
        environment.insert(QStringLiteral("KEYWARD_ADMIN_PASSWORD"),
                           QStringLiteral("adminpassword"));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("keyward.access.info=false"));
        server.setProcessEnvironment(environment);
        server.start(qEnvironmentVariable("KEYWARD_BINARY"),
                     {QStringLiteral("serve"), QStringLiteral("--db"),
                      m_directory.filePath(QStringLiteral("k.sqlite")), QStringLiteral("--port"),
                      QString::number(m_port)});
        QByteArray output;
        for (int i = 0; i < 300 && !output.contains("serving on"); ++i) {
            QTest::qWait(20);
            output += server.readAllStandardOutput();
        }
        return output.contains("serving on");
    }
    QNetworkReply *send(const QByteArray &method, const QString &path,
                        const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_network.sendCustomRequest(request, method, body);
    }
    QJsonObject await(QNetworkReply *reply)
    {
        for (int i = 0; i < 750 && !reply->isFinished(); ++i)
            QTest::qWait(20);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void acknowledgedKeysSurviveKillNine()
    {
        QList<QByteArray> acknowledged;
        for (int round = 0; round < 20; ++round) {
            QProcess server;
            QVERIFY2(start(server), "keyward serve did not start");
            const QByteArray tenantKey =
                await(send("GET", QStringLiteral("/api/ApiKey/1/apikey"), {}))
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("key"))
                    .toString()
                    .toLatin1();
            const QByteArray jwt =
                await(send("POST", QStringLiteral("/api/Token/generate"),
                           {{"x-api-key", tenantKey}},
                           QByteArrayLiteral(
                               "{\"email\":\"admin@example.com\",\"password\":\"adminpassword\"}")))
                    .value(QStringLiteral("data"))
                    .toString()
                    .toLatin1();
            QVERIFY(!jwt.isEmpty());
            const QList<QPair<QByteArray, QByteArray>> admin{{"x-api-key", tenantKey},
                                                             {"Authorization", "Bearer " + jwt}};
            QList<QNetworkReply *> inFlight;
            for (int i = 0; i < 24; ++i)
                inFlight << send(
                    "POST", QStringLiteral("/api/ApiKey/create"), admin,
                    QByteArrayLiteral("{\"name\":\"crash\",\"permissions\":[\"token:generate\"]}"));
            // Kill while creations are still coming back.
            QTest::qWait(int(QRandomGenerator::global()->bounded(5, 60)));
            ::kill(pid_t(server.processId()), SIGKILL);
            QVERIFY(server.waitForFinished(5000));
            for (QNetworkReply *reply : inFlight) {
                QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                if (status == 200)
                    acknowledged << body.value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("key"))
                                        .toString()
                                        .toLatin1();
                reply->deleteLater();
            }
        }
        QVERIFY2(!acknowledged.isEmpty(),
                 "no creation was acknowledged before the kills: the test proved nothing");

        QProcess server;
        QVERIFY(start(server));
        for (const QByteArray &key : std::as_const(acknowledged)) {
            QNetworkReply *reply = send("GET", QStringLiteral("/api/Token/generate-from-apikey"),
                                        {{"x-api-key", key}});
            await(reply);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_directory.filePath(QStringLiteral("k.sqlite")));
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        qInfo("%lld acknowledged creations survived 20 kill -9", qint64(acknowledged.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
