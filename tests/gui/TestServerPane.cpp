// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedServer.h"
#include "GuiTestSettings.h"
#include "ServerPane.h"
#include "TestServices.h"
#include "itemmodels/RequestLogModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace keyward;

class TestServerPane : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<ServerPane> m_pane;

    template <typename T> T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QString::fromLatin1(name));
    }
    // The HTTP status, or -1 when the connection failed.
    static int get(const QString &url)
    {
        QNetworkAccessManager http;
        http.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(url))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -2;
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        m_test = std::make_unique<TestServices>();
        m_server = std::make_unique<EmbeddedServer>(m_test->services());
        m_pane = std::make_unique<ServerPane>(*m_server);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }
    void cleanup()
    {
        m_pane.reset();
        m_server.reset();
        m_test.reset();
        m_settings.reset();
    }

    void defaultsToLoopback8080()
    {
        QCOMPARE(m_pane->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_pane->port(), quint16(8080));
        QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Stopped"));
        QVERIFY(child<QPushButton>("startButton")->isEnabled());
        QVERIFY(!child<QPushButton>("stopButton")->isEnabled());
    }

    void startReachStop()
    {
        m_pane->setHost(QStringLiteral("127.0.0.1"));
        m_pane->setPort(0); // a free port
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Listening);
        QVERIFY(m_server->port() != 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
        QCOMPARE(m_server->baseUrl(), base);
        QCOMPARE(child<QLineEdit>("baseUrlEdit")->text(), base);
        QVERIFY(child<QLabel>("stateLabel")->text().startsWith(QStringLiteral("Listening")));
        QVERIFY(!child<QPushButton>("startButton")->isEnabled());
        QVERIFY(m_pane->curlExample().contains(base + QStringLiteral("\n")));
        QVERIFY(m_pane->curlExample().contains(QStringLiteral("$BASE/api/ApiKey/1/apikey")));

        QCOMPARE(get(base + QStringLiteral("/healthz")), 200);
        QCOMPARE(get(base + QStringLiteral("/api/ApiKey/1/apikey")), 200);

        // The live log gets both, with status and path.
        RequestLogModel &log = m_server->requestLog();
        QTRY_COMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(0, RequestLogModel::PathColumn).data().toString(),
                 QStringLiteral("/healthz"));
        QCOMPARE(log.index(0, RequestLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(log.index(0, RequestLogModel::MethodColumn).data().toString(),
                 QStringLiteral("GET"));
        QVERIFY(log.entryAt(0)->elapsedMs >= 0);

        QTest::mouseClick(child<QPushButton>("stopButton"), Qt::LeftButton);
        QCOMPARE(m_server->state(), EmbeddedServer::State::Stopped); // stop() joins the thread
        QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Stopped"));
        QVERIFY(child<QLineEdit>("baseUrlEdit")->text().isEmpty());
        QCOMPARE(get(base + QStringLiteral("/healthz")), -1);
    }

    void portInUseShowsTheReason()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        m_pane->setPort(occupant.serverPort());
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Error);
        QVERIFY2(m_server->reason().contains(QStringLiteral("already in use")),
                 qPrintable(m_server->reason()));
        const QString shown = child<QLabel>("stateLabel")->text();
        QVERIFY2(shown.startsWith(QStringLiteral("Error:")) &&
                     shown.contains(QStringLiteral("already in use")),
                 qPrintable(shown));
        QVERIFY(child<QPushButton>("startButton")->isEnabled());

        // Another port, and it starts.
        m_pane->setPort(0);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Listening);
    }

    void aHostThatIsNoAddress()
    {
        m_pane->setHost(QStringLiteral("no such host"));
        m_pane->startServer();
        QCOMPARE(m_server->state(), EmbeddedServer::State::Error);
        QVERIFY(m_server->reason().contains(QStringLiteral("not an IP address")));
    }

    void startAndStopAgainAndAgain()
    {
        m_pane->setPort(0);
        for (int round = 0; round < 3; ++round) {
            m_pane->startServer();
            m_pane->stopServer(); // before the worker has even reported
            QCOMPARE(m_server->state(), EmbeddedServer::State::Stopped);
            QTest::qWait(20); // anything the old worker queued arrives now
            QCOMPARE(m_server->state(), EmbeddedServer::State::Stopped);
        }
        m_pane->startServer();
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Listening);
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/healthz")), 200);
    }

    void destructionStopsTheServer()
    {
        m_pane->setPort(0);
        m_pane->startServer();
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Listening);
        const QString base = m_server->baseUrl();
        m_pane.reset();
        m_server.reset();
        QCOMPARE(get(base + QStringLiteral("/healthz")), -1);
    }

    void remembersHostAndPort()
    {
        m_pane->setHost(QStringLiteral("127.0.0.1"));
        m_pane->setPort(0);
        m_pane->startServer();
        QTRY_COMPARE(m_server->state(), EmbeddedServer::State::Listening);
        ServerPane another(*m_server);
        QCOMPARE(another.port(), quint16(0));
        QCOMPARE(QSettings().value(QStringLiteral("server/port")).toInt(), 0);
    }
};

QTEST_MAIN(TestServerPane)
#include "TestServerPane.moc"
