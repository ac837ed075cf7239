// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The keyward executable itself: `keyward serve` starts on a fresh SQLite
// file, answers, and stops cleanly on SIGTERM; start-up failures are one
// clear line on stderr and a non-zero exit.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestServeCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;

    static QString binary() { return qEnvironmentVariable("KEYWARD_BINARY"); }

    void start(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_directory.path());
        environment.remove(QStringLiteral("KEYWARD_MASTER_KEY"));
        process.setProcessEnvironment(environment);
        process.start(binary(), QStringList{QStringLiteral("serve")} + arguments);
        QVERIFY(process.waitForStarted());
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    static QString firstLine(const QByteArray &text)
    {
        return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "KEYWARD_BINARY must name the keyward executable");
    }

    void servesAndStopsCleanlyOnSigterm()
    {
        const quint16 port = freePort();
        QProcess server;
        start(server, {QStringLiteral("--db"), m_directory.filePath(QStringLiteral("k.sqlite")),
                       QStringLiteral("--port"), QString::number(port)});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("serving on"),
                                 15000);

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        // A login (scrypt, ~0.2 s) is in flight when SIGTERM arrives: it must still be answered.
        QNetworkRequest login(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/Token/generate").arg(port)));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *health = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port))));
        QSignalSpy healthDone(health, &QNetworkReply::finished);
        QVERIFY(healthDone.wait(10000));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        const QByteArray key = [&] {
            QNetworkReply *reply = network.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/ApiKey/1/apikey").arg(port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            return QJsonDocument::fromJson(reply->readAll())
                .object()
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("key"))
                .toString()
                .toLatin1();
        }();
        QVERIFY(key.startsWith("ak_"));
        login.setRawHeader("x-api-key", key);
        QNetworkReply *inFlight =
            network.post(login, R"({"email":"nobody@example.com","password":"whatever1"})");
        QSignalSpy inFlightDone(inFlight, &QNetworkReply::finished);
        QTest::qWait(50);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(inFlightDone.wait(10000));
        QCOMPARE(inFlight->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        // The database was closed cleanly (no WAL left behind) and the key
        // use counted during the run was written on the way out.
        const QString wal = m_directory.filePath(QStringLiteral("k.sqlite-wal"));
        QVERIFY(!QFile::exists(wal) || QFile(wal).size() == 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_directory.filePath(QStringLiteral("k.sqlite")));
            QVERIFY(db.open());
            QSqlQuery uses(db);
            QVERIFY(
                uses.exec(QStringLiteral("SELECT use_count FROM api_keys WHERE kind = 'tenant'")) &&
                uses.next());
            QCOMPARE(uses.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void portInUseIsOneClearLine()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QProcess server;
        start(server, {QStringLiteral("--db"), m_directory.filePath(QStringLiteral("busy.sqlite")),
                       QStringLiteral("--port"), QString::number(occupant.serverPort())});
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 1);
        const QString error = firstLine(server.readAllStandardError());
        QVERIFY2(error.startsWith(QStringLiteral("keyward: cannot listen on 127.0.0.1:%1")
                                      .arg(occupant.serverPort())),
                 qPrintable(error));
    }

    void unusableDatabaseIsOneClearLine()
    {
        const QString notADatabase = m_directory.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QProcess server;
        start(server, {QStringLiteral("--db"), notADatabase, QStringLiteral("--port"),
                       QString::number(freePort())});
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 1);
        const QString error = firstLine(server.readAllStandardError());
        QVERIFY2(error.startsWith(QStringLiteral("keyward: ")) && error.contains(notADatabase),
                 qPrintable(error));
    }

    void badOptionsExitTwo()
    {
        QProcess server;
        start(server, {QStringLiteral("--port"), QStringLiteral("70000")});
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 2);
        QProcess algorithm;
        start(algorithm, {QStringLiteral("--jwt-alg"), QStringLiteral("none")});
        QVERIFY(algorithm.waitForFinished(15000));
        QCOMPARE(algorithm.exitCode(), 2);
        QVERIFY(firstLine(algorithm.readAllStandardError())
                    .contains(QStringLiteral("unknown JWT algorithm none")));
        for (const QString &loops :
             {QStringLiteral("0"), QStringLiteral("257"), QStringLiteral("many")}) {
            QProcess refused;
            start(refused, {QStringLiteral("--event-loops"), loops});
            QVERIFY(refused.waitForFinished(15000));
            QCOMPARE(refused.exitCode(), 2);
            QCOMPARE(firstLine(refused.readAllStandardError()),
                     QStringLiteral("keyward: --event-loops must be a number from 1 to 256"));
        }
        QProcess origin;
        start(origin, {QStringLiteral("--cors-origin"), QStringLiteral("https://ok.example"),
                       QStringLiteral("--cors-origin"), QStringLiteral("app.example.com/")});
        QVERIFY(origin.waitForFinished(15000));
        QCOMPARE(origin.exitCode(), 2);
        QCOMPARE(firstLine(origin.readAllStandardError()),
                 QStringLiteral("keyward: --cors-origin must be an origin such as "
                                "https://app.example.com (scheme, host and port only; got "
                                "\"app.example.com/\")"));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "TestServeCommand.moc"
