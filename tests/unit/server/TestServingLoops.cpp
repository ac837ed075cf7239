// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Event loops per core: each has its own listening socket on the one port,
// the kernel spreads connections among them, every request is answered on
// the loop that read it (a turn's answers sent together), the connection
// cap holds across loops, and a port already served is refused.
#include "ConnectionBudget.h"
#include "ListeningSockets.h"
#include "ResponseQueue.h"
#include "RouteTable.h"
#include "ServingLoop.h"

#include <QHttpServerRequest>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace keyward;

class TestServingLoops : public QObject {
    Q_OBJECT
private:
    // Loops that answer every request with the name of their thread.
    struct Loops {
        explicit Loops(int count, ConnectionBudget::Caps caps = {})
            : budget(caps)
        {
            auto sockets = ListeningSockets::open(QHostAddress::LocalHost, 0, count);
            if (!sockets)
                return;
            port = sockets->port();
            for (int i = 0; i < count; ++i) {
                loops.push_back(std::make_unique<ServingLoop>(
                    i, GuardedSocket::Settings{}, budget,
                    [](const QHttpServerRequest &, QHttpServerResponder &&responder, QObject *) {
                        auto *queue = ResponseQueue::of(responder.socket());
                        const quint64 ticket = queue->reserve(std::move(responder));
                        queue->complete(ticket, {200,
                                                 QByteArrayLiteral("text/plain"),
                                                 QThread::currentThread()->objectName().toUtf8(),
                                                 {}});
                    }));
                started += loops.back()->start(sockets->take(i)) ? 1 : 0;
            }
        }
        ConnectionBudget budget;
        std::vector<std::unique_ptr<ServingLoop>> loops;
        quint16 port = 0;
        int started = 0;
    };

    // One request on a fresh connection; the answer's body, or the status
    // line when it is not 200.
    static QByteArray ask(QTcpSocket &socket, quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(3000))
            return "no connection";
        socket.write("GET /which HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (length < 0 || answer.size() < headerEnd + 4 + length) {
            if (!socket.waitForReadyRead(3000))
                break;
            answer += socket.readAll();
            headerEnd = answer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            const qsizetype field = answer.toLower().indexOf("content-length:");
            if (field >= 0 && field < headerEnd)
                length = answer.mid(field + 15, answer.indexOf("\r\n", field) - field - 15)
                             .trimmed()
                             .toLongLong();
        }
        if (!answer.startsWith("HTTP/1.1 200 "))
            return answer.left(answer.indexOf("\r\n"));
        return answer.mid(answer.indexOf("\r\n\r\n") + 4);
    }

private slots:
    void connectionsAreSpreadAndAnsweredOnTheirLoop()
    {
        Loops serving(2);
        QCOMPARE(serving.started, 2);
        QSet<QByteArray> answeredBy;
        for (int i = 0; i < 40; ++i) {
            QTcpSocket socket;
            answeredBy.insert(ask(socket, serving.port));
        }
        // 40 connections all hashed onto one loop: about one chance in 2^39.
        QCOMPARE(answeredBy, (QSet<QByteArray>{QByteArrayLiteral("keyward-loop-0"),
                                               QByteArrayLiteral("keyward-loop-1")}));
    }

    void answersGoOutTogetherAndLeaversDoNotStopThem()
    {
        // A loop sends the answers it made in one turn together: every
        // connection gets its own, also when others went away between their
        // request and the batch (their sockets may be gone by then).
        Loops serving(1);
        QCOMPARE(serving.started, 1);
        for (int round = 0; round < 20; ++round) {
            std::vector<std::unique_ptr<QTcpSocket>> clients;
            for (int i = 0; i < 30; ++i) {
                clients.push_back(std::make_unique<QTcpSocket>());
                clients.back()->connectToHost(QHostAddress::LocalHost, serving.port);
            }
            for (const auto &client : clients)
                QVERIFY(client->waitForConnected(3000));
            for (const auto &client : clients) {
                client->write("GET /which HTTP/1.1\r\nHost: x\r\n\r\n");
                client->flush();
            }
            for (std::size_t i = 0; i < clients.size(); i += 3)
                clients[i]->abort();
            for (std::size_t i = 0; i < clients.size(); ++i) {
                if (i % 3 == 0)
                    continue;
                QByteArray answer;
                while (!answer.endsWith("keyward-loop-0") && clients[i]->waitForReadyRead(3000))
                    answer += clients[i]->readAll();
                QVERIFY2(answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("keyward-loop-0"),
                         answer.constData());
            }
        }
    }

    void theConnectionCapHoldsAcrossLoops()
    {
        Loops serving(2, {3, 0});
        QCOMPARE(serving.started, 2);
        QTcpSocket held[3];
        for (auto &socket : held)
            QVERIFY(ask(socket, serving.port).startsWith("keyward-loop-"));
        QTcpSocket fourth;
        QCOMPARE(ask(fourth, serving.port), QByteArrayLiteral("HTTP/1.1 503 Service Unavailable"));
        held[0].disconnectFromHost();
        QTRY_COMPARE(serving.budget.openConnections(), 2);
        QTcpSocket again;
        QVERIFY(ask(again, serving.port).startsWith("keyward-loop-"));
    }

    void aServedPortIsRefused()
    {
        Loops serving(2);
        QCOMPARE(serving.started, 2);
        const auto second = ListeningSockets::open(QHostAddress::LocalHost, serving.port, 2);
        QVERIFY(!second);
        QCOMPARE(second.error(),
                 QStringLiteral("cannot listen on 127.0.0.1:%1: Address already in use")
                     .arg(serving.port));
    }
};

QTEST_GUILESS_MAIN(TestServingLoops)
#include "TestServingLoops.moc"
