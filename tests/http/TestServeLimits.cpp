// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The connection guard's limits set by an operator on `keyward serve`: the
// options change what the running executable refuses, and a value out of
// range (of these or of --signing-key-refresh) is a usage error (exit 2)
// naming the option.
#include "ServeProcess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestServeLimits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = ServeProcess::environment(m_home.path());
        environment.insert(QStringLiteral("KEYWARD_DB"), m_home.filePath(QStringLiteral("k.db")));
        return environment;
    }
    // Sends raw bytes on a new connection; what came back within `waitMs`.
    static QByteArray exchange(quint16 port, const QByteArray &request, int waitMs = 3000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        (void)QTest::qWaitFor( // a timeout leaves what arrived so far
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") &&
                       socket.state() != QAbstractSocket::ConnectedState;
            },
            waitMs);
        return answer + socket.readAll();
    }

private slots:
    void optionsChangeWhatIsRefused()
    {
        ServeProcess server(environment(),
                            {QStringLiteral("--max-body-bytes"), QStringLiteral("1024"),
                             QStringLiteral("--max-header-fields"), QStringLiteral("8"),
                             QStringLiteral("--request-timeout"), QStringLiteral("1"),
                             QStringLiteral("--max-connections"), QStringLiteral("3")});
        QVERIFY(server.start());
        const quint16 port = server.port();

        QByteArray answer =
            exchange(port, "POST /api/v1/apikey HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n"
                           "Content-Type: application/json\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("The request body exceeds 1024 bytes"));

        QByteArray manyFields = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 8; ++i)
            manyFields += "X-Field-" + QByteArray::number(i) + ": y\r\n";
        answer = exchange(port, manyFields + "\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());

        // Half a request: refused after the 1 s deadline, not the default 10 s.
        QElapsedTimer timer;
        timer.start();
        answer = exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(timer.elapsed() < 4000);

        // Three connections open: the fourth is turned away.
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            open.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(open.back()->waitForConnected(5000));
        }
        QTest::qWait(200);
        answer = exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        open.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"),
            5000);
    }

    void connectionCapsChangeWhoIsServed()
    {
        ServeProcess server(environment(),
                            {QStringLiteral("--max-connections-per-address"), QStringLiteral("2"),
                             QStringLiteral("--connection-lifetime"), QStringLiteral("1"),
                             QStringLiteral("--max-pipelined-requests"), QStringLiteral("2"),
                             QStringLiteral("--max-unsent-bytes"), QStringLiteral("65536")});
        QVERIFY(server.start());
        const quint16 port = server.port();
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 2; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            open.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(open.back()->waitForConnected(5000));
        }
        QTest::qWait(200);
        const QByteArray answer = exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains("Too many open connections from your address"));
        // A second later their lifetime is up (the idle timeout is 60 s): closed.
        for (const auto &socket : open)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
        // Pipelined requests are still all answered, two at a time.
        QByteArray pipeline;
        for (int i = 0; i < 5; ++i)
            pipeline += "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(exchange(port, pipeline + "GET /healthz HTTP/1.0\r\n\r\n").count("200 OK"), 6);
    }

    void outOfRangeIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("tiny body")
            << QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("12")}
            << QByteArray("--max-body-bytes");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")}
            << QByteArray("--idle-timeout");
        QTest::newRow("no signing-key refresh")
            << QStringList{QStringLiteral("--signing-key-refresh"), QStringLiteral("0")}
            << QByteArray("--signing-key-refresh");
        QTest::newRow("blank proxy list")
            << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral(" , ")}
            << QByteArray("--trusted-proxy");
        QTest::newRow("no pipelining")
            << QStringList{QStringLiteral("--max-pipelined-requests"), QStringLiteral("0")}
            << QByteArray("--max-pipelined-requests");
        QTest::newRow("too little room for answers")
            << QStringList{QStringLiteral("--max-unsent-bytes"), QStringLiteral("1000")}
            << QByteArray("--max-unsent-bytes");
        QTest::newRow("head beyond QHttpServer")
            << QStringList{QStringLiteral("--max-header-bytes"), QStringLiteral("300000")}
            << QByteArray("--max-header-bytes");
        QTest::newRow("beyond QHttpServer")
            << QStringList{QStringLiteral("--max-header-fields"), QStringLiteral("500")}
            << QByteArray("--max-header-fields");
    }
    void outOfRangeIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        QProcess server;
        server.setProcessEnvironment(environment());
        server.start(
            qEnvironmentVariable("KEYWARD_BINARY"),
            QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} +
                arguments);
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains(named));
    }
};

QTEST_GUILESS_MAIN(TestServeLimits)
#include "TestServeLimits.moc"
