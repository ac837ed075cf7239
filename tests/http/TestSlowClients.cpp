// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Slow and large clients against the real executable, its resident memory
// measured (peak, VmHWM, against its resident size before):
// - with 200 idle connections open and a client streaming a 200 MB body,
//   other clients are still served promptly and memory grows by less than
//   50 MB: the server answers the declared size with 413 at once and
//   discards what still comes (up to 64 MiB or 2 s) so the client can read
//   the answer, then closes;
// - with 4 clients each pipelining 1,500 requests for the OpenAPI document
//   (190 KB each) and never reading, others are served within a second and
//   memory grows by less than 40 MB: a connection is not read while its
//   answers wait for the client.
#include "HttpClient.h"
#include "ServeProcess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace keyward;

namespace {

constexpr int idleConnections = 200;
constexpr qint64 streamedBytes = 200LL * 1024 * 1024;
constexpr qint64 allowedGrowthKiB = 50 * 1024;
constexpr int hoarders = 4;
constexpr int hoardedRequests = 1500;
constexpr qint64 allowedHoardingGrowthKiB = 40 * 1024;

// A blocking socket that sends `bytes` and never reads.
int sendAndNeverRead(quint16 port, const QByteArray &bytes)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) != bytes.size()) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A client uploading a 200 MB body as fast as it can, until it has sent it
// all or the server closes; it collects what the server answers meanwhile.
struct BigUpload {
    explicit BigUpload(quint16 serverPort)
        : port(serverPort)
    {}

    void run()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            const QByteArray head = "POST /api/v1/apikey HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Content-Type: application/json\r\nContent-Length: " +
                                    QByteArray::number(streamedBytes) + "\r\n\r\n";
            ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            const QByteArray chunk(256 * 1024, 'x');
            while (sent < streamedBytes) {
                collectAnswer(fd);
                const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            collectAnswer(fd);
        }
        ::close(fd);
        finished = true;
    }
    void collectAnswer(int fd)
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
            answer.append(buffer, n);
    }

    const quint16 port;
    qint64 sent = 0;
    QByteArray answer;
    std::atomic<bool> finished = false;
};

} // namespace

class TestSlowClients : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    // GET /healthz while everything else goes on; how long it took, or -1.
    static qint64 timedHealthCheck(HttpClient &client)
    {
        QElapsedTimer timer;
        timer.start();
        if (client.get(QStringLiteral("/healthz")).status != 200)
            return -1;
        return timer.elapsed();
    }

private slots:
    void idleConnectionsAndAHugeBodyDoNotStarveOthers()
    {
        QProcessEnvironment environment = ServeProcess::environment(m_home.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("keyward.access.info=false"));
        ServeProcess server(environment,
                            {QStringLiteral("--db"), m_home.filePath(QStringLiteral("k.sqlite"))});
        QVERIFY(server.start());
        HttpClient base(server.baseUrl());
        // Warm up what every request touches (worker threads, connections).
        for (int i = 0; i < 20; ++i)
            QVERIFY(timedHealthCheck(base) >= 0);
        QVERIFY(server.resetPeak());
        const qint64 before = server.residentKiB();
        QVERIFY(before > 0);

        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < idleConnections; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            idle.push_back(std::move(socket));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                             [](const auto &socket) {
                                                 return socket->state() ==
                                                        QAbstractSocket::ConnectedState;
                                             }),
                                 10000);

        // The big client, on a thread of its own with a blocking socket so
        // it pushes as fast as the server takes bytes: a declared 200 MB body.
        BigUpload upload(server.port());
        std::thread uploader([&upload] { upload.run(); });
        QList<qint64> healthTimes;
        while (!upload.finished.load()) {
            healthTimes.append(timedHealthCheck(base));
            QTest::qWait(100);
        }
        uploader.join();
        healthTimes.append(timedHealthCheck(base));
        const qint64 peak = server.peakResidentKiB();
        qInfo("the server took %lld MB of the body before it closed; %lld health checks, "
              "resident %lld KiB before, peak %lld KiB (growth %lld KiB)",
              upload.sent / (1024 * 1024), qint64(healthTimes.size()), before, peak, peak - before);
        const QByteArray answer = upload.answer;

        // The server refused the body with 413 rather than holding it.
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        // Everyone else was served, promptly, all along.
        for (const qint64 time : healthTimes)
            QVERIFY2(time >= 0 && time < 2000, qPrintable(QString::number(time)));
        // The idle connections are still there (their time is not yet up).
        QVERIFY(std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        }));
#if defined(__SANITIZE_ADDRESS__)
        // Under ASan freed memory waits in a quarantine (256 MB) and every
        // allocation has shadow memory: resident size measures ASan, not
        // Keyward. The plain build (scripts/test.sh) checks the bound.
#else
        QVERIFY2(peak - before < allowedGrowthKiB, qPrintable(QString::number(peak - before)));
#endif
    }

    void pipelinersThatNeverReadDoNotGrowTheServer()
    {
        QProcessEnvironment environment = ServeProcess::environment(m_home.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("keyward.access.info=false"));
        ServeProcess server(
            environment, {QStringLiteral("--db"), m_home.filePath(QStringLiteral("hoard.sqlite"))});
        QVERIFY(server.start());
        HttpClient base(server.baseUrl());
        for (int i = 0; i < 20; ++i) {
            QVERIFY(timedHealthCheck(base) >= 0);
            QCOMPARE(base.get(QStringLiteral("/openapi.json")).status, 200);
        }
        QVERIFY(server.resetPeak());
        const qint64 before = server.residentKiB();

        QByteArray pipeline;
        for (int i = 0; i < hoardedRequests; ++i)
            pipeline += "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        std::vector<int> sockets;
        for (int i = 0; i < hoarders; ++i) {
            const int fd = sendAndNeverRead(server.port(), pipeline);
            QVERIFY(fd >= 0);
            sockets.push_back(fd);
        }
        QList<qint64> healthTimes;
        for (int i = 0; i < 20; ++i) { // 4 s: the server does what it can with them
            healthTimes.append(timedHealthCheck(base));
            QTest::qWait(200);
        }
        const qint64 peak = server.peakResidentKiB();
        for (const int fd : sockets)
            ::close(fd);
        qInfo("%d clients pipelining %d requests each, never reading: resident %lld KiB before, "
              "peak %lld KiB (growth %lld KiB)",
              hoarders, hoardedRequests, before, peak, peak - before);
        for (const qint64 time : healthTimes)
            QVERIFY2(time >= 0 && time < 1000, qPrintable(QString::number(time)));
#if !defined(__SANITIZE_ADDRESS__) // see above
        QVERIFY2(peak - before < allowedHoardingGrowthKiB,
                 qPrintable(QString::number(peak - before)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestSlowClients)
#include "TestSlowClients.moc"
