// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// After a run that creates keys of every kind and users with passwords, no
// key value and no password is in the database files or in the server's
// output: secrets are stored as digests or sealed, and never logged.
#include "HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace keyward;

class TestNoSecretsAtRest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<HttpClient> m_client;

    QJsonObject call(const QByteArray &method, const QString &path,
                     const HttpClient::Headers &headers, const QByteArray &body = {})
    {
        return m_client->send(method, path, headers, body).json();
    }

private slots:
    void secretsNeverReachDiskOrLogs()
    {
        QTemporaryDir directory;
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        m_client = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(port));

        const QByteArray adminPassword = "first-admin-Pa55word";
        QProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), directory.path());
        environment.insert(QStringLiteral("KEYWARD_ADMIN_EMAIL"),
                           QStringLiteral("admin@example.com"));
        environment.insert(QStringLiteral("KEYWARD_ADMIN_PASSWORD"),
                           QString::fromLatin1(adminPassword));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("*.debug=true")); // as chatty as it gets
        server.setProcessEnvironment(environment);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(qEnvironmentVariable("KEYWARD_BINARY"),
                     {QStringLiteral("serve"), QStringLiteral("--db"),
                      directory.filePath(QStringLiteral("k.sqlite")), QStringLiteral("--port"),
                      QString::number(port)});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += server.readAll()).contains("serving on"), 15000);

        QList<QByteArray> secrets{adminPassword};
        const QByteArray tenantKey = call("GET", QStringLiteral("/api/ApiKey/1/apikey"), {})
                                         .value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("key"))
                                         .toString()
                                         .toLatin1();
        secrets << tenantKey;
        auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QByteArray login =
            json({{QStringLiteral("email"), QStringLiteral("admin@example.com")},
                  {QStringLiteral("password"), QString::fromLatin1(adminPassword)}});
        const QByteArray jwt =
            call("POST", QStringLiteral("/api/Token/generate"), {{"x-api-key", tenantKey}}, login)
                .value(QStringLiteral("data"))
                .toString()
                .toLatin1();
        QVERIFY(jwt.startsWith("eyJ"));
        const QList<QPair<QByteArray, QByteArray>> admin{{"x-api-key", tenantKey},
                                                         {"Authorization", "Bearer " + jwt}};
        secrets << call("POST", QStringLiteral("/api/ApiKey/create"), admin,
                        R"({"name":"s","permissions":["token:generate"]})")
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("key"))
                       .toString()
                       .toLatin1();
        secrets << call("POST", QStringLiteral("/api/ApiKey/rotate/2"), admin,
                        R"({"gracePeriod":30})")
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("key"))
                       .toString()
                       .toLatin1();
        const QByteArray userPassword = "second-user-Pa55word";
        call("POST", QStringLiteral("/api/User/create"), admin,
             json({{QStringLiteral("email"), QStringLiteral("u@example.com")},
                   {QStringLiteral("role"), QStringLiteral("Admin")},
                   {QStringLiteral("password"), QString::fromLatin1(userPassword)}}));
        secrets << userPassword;
        const QByteArray serviceId =
            call("POST", QStringLiteral("/api/clients/generate-service-id"),
                 {{"Authorization", "Bearer " + jwt}}, R"({"name":"svc"})")
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("service_id"))
                .toString()
                .toLatin1();
        secrets << call("POST", QStringLiteral("/api/clients/generate-api-key"),
                        {{"Authorization", "Bearer " + jwt}},
                        json({{QStringLiteral("service_id"), QString::fromLatin1(serviceId)}}))
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString()
                       .toLatin1();
        secrets << call("POST", QStringLiteral("/api/v1/apikey"),
                        {{"Authorization", "Bearer " + jwt}}, R"({"label":"c"})")
                       .value(QStringLiteral("apiKey"))
                       .toString()
                       .toLatin1();
        for (const QByteArray &secret : secrets)
            QVERIFY2(secret.size() >= 16, "every secret was issued");
        // Use a couple of them, including a wrong password.
        call("GET", QStringLiteral("/api/Token/generate-from-apikey"),
             {{"x-api-key", secrets.at(2)}});
        call("POST", QStringLiteral("/api/auth/login"), {},
             R"({"email":"u@example.com","password":"wrong-but-secret-9"})");
        secrets << "wrong-but-secret-9";

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(15000));
        output += server.readAll();
        QCOMPARE(server.exitCode(), 0);

        QByteArray stored;
        for (const QString &name : {QStringLiteral("k.sqlite"), QStringLiteral("k.sqlite-wal"),
                                    QStringLiteral("k.sqlite-shm")}) {
            QFile file(directory.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 4096);
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!stored.contains(secret),
                     qPrintable(QStringLiteral("a secret is in the database files: %1...")
                                    .arg(QString::fromLatin1(secret.left(6)))));
            QVERIFY2(!output.contains(secret),
                     qPrintable(QStringLiteral("a secret is in the server output: %1...")
                                    .arg(QString::fromLatin1(secret.left(6)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsAtRest)
#include "TestNoSecretsAtRest.moc"
