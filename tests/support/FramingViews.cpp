// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FramingViews.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace keyward {

namespace {

// A connection whose bytes are all in memory already.
class MemorySocket : public QTcpSocket {
public:
    explicit MemorySocket(QByteArray bytes, QObject *parent)
        : QTcpSocket(parent)
        , m_bytes(std::move(bytes))
    {
        QIODevice::open(ReadWrite);
        setSocketState(ConnectedState);
    }
    ~MemorySocket() override { setSocketState(UnconnectedState); }
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + m_bytes.size() - m_position;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_bytes.size()) - m_position);
        std::copy_n(m_bytes.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64 size) override { return size; } // answers are not wanted

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

// Hands QHttpServer the connection it is offered.
class MemoryServer : public QTcpServer {
public:
    void offer(QTcpSocket *socket) { addPendingConnection(socket); }
};

} // namespace

QList<SeenRequest> seenByFramer(const RequestFramer::Limits &limits, const QByteArray &stream,
                                qint64 *framedBytes)
{
    RequestFramer framer(limits);
    framer.feed(stream.constData(), stream.size());
    QList<SeenRequest> seen;
    qint64 end = 0;
    while (framer.hasFramed()) {
        const RequestFramer::Framed framed = framer.takeFramed();
        // A framed head is strict CRLF lines, "name: value" after the
        // request line, values without control characters but tabs.
        QList<QByteArray> lines = framed.head.split('\n');
        lines.removeLast(); // after the last CRLF
        SeenRequest request;
        // QHttpServer knows a few methods and calls the rest "Unknown".
        static const QList<QByteArray> known{"GET",  "PUT",   "DELETE",  "POST",
                                             "HEAD", "PATCH", "CONNECT", "OPTIONS"};
        request.method = lines.takeFirst().split(' ').first();
        if (!known.contains(request.method))
            request.method = "UNKNOWN";
        for (const QByteArray &line : lines) {
            const QByteArrayView field = QByteArrayView(line).chopped(1); // the CR
            const qsizetype colon = field.indexOf(':');
            request.headers.append({field.first(colon).toByteArray(),
                                    field.sliced(colon + 1).trimmed().toByteArray()});
        }
        request.body = stream.mid(framed.end - framed.bodyLength, framed.bodyLength);
        seen.append(request);
        end = framed.end;
    }
    if (framedBytes)
        *framedBytes = end;
    return seen;
}

QList<SeenRequest> seenByQHttpServer(const QByteArray &stream)
{
    QList<SeenRequest> seen;
    QHttpServer http;
    http.setMissingHandler([&seen](const QHttpServerRequest &request, QHttpServerResponder &&) {
        const auto methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
        seen.append({QByteArray(methods.valueToKey(int(request.method()))).toUpper(),
                     request.headers(), request.body()});
    });
    auto *server = new MemoryServer;
    server->listen(QHostAddress::LocalHost, 0); // never accepts: only quiets QHttpServer
    http.bind(server);
    QPointer<QTcpSocket> socket = new MemorySocket(stream, server);
    server->offer(socket);
    emit socket->readyRead();
    // QHttpServer reads one request per readyRead and queues the next;
    // stop when it is done or makes no progress (a partial request).
    qint64 left = -1;
    while (socket && socket->bytesAvailable() != left) {
        left = socket->bytesAvailable();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    return seen;
}

} // namespace keyward
