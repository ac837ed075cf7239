// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "RawClient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace keyward {

bool RawClient::open(quint16 port)
{
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(5000);
}

void RawClient::send(const QByteArray &bytes)
{
    socket->write(bytes);
    socket->flush();
}

QByteArray RawClient::readUntil(const QByteArray &marker, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!received.contains(marker) && timer.elapsed() < timeoutMs) {
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            break;
        QTest::qWait(20); // the server runs on this thread: keep its event loop turning
        received += socket->readAll();
    }
    return received;
}

int RawClient::responseCount() const
{
    // Status lines, stepping over each response's body.
    int count = 0;
    qsizetype at = 0;
    while (received.indexOf("HTTP/1.1 ", at) == at) {
        const qsizetype headEnd = received.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        static const QRegularExpression length(QStringLiteral("\r\nContent-Length: (\\d+)\r\n"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match =
            length.match(QString::fromLatin1(received.mid(at, headEnd + 2 - at)));
        const qsizetype end = headEnd + 4 + (match.hasMatch() ? match.captured(1).toLongLong() : 0);
        if (end > received.size())
            break;
        ++count;
        at = end;
    }
    return count;
}

QByteArray RawClient::readResponses(int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (responseCount() < count && timer.elapsed() < timeoutMs) {
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            break;
        QTest::qWait(5);
        received += socket->readAll();
    }
    return received;
}

bool RawClient::closedWithin(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket->state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        received += socket->readAll();
    }
    if (socket->isOpen())
        received += socket->readAll();
    return socket->state() == QAbstractSocket::UnconnectedState;
}

QJsonObject bodyOf(const QByteArray &response)
{
    const qsizetype start = response.indexOf("\r\n\r\n") + 4;
    const qsizetype next = response.indexOf("HTTP/1.1 ", start);
    return QJsonDocument::fromJson(response.mid(start, next < 0 ? -1 : next - start)).object();
}

} // namespace keyward
