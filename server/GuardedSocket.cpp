// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "GuardedSocket.h"

#include "SendBatch.h"
#include "crypto/RandomUuid.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace keyward {

namespace {

constexpr int lingerMs = 2000;
constexpr qint64 maxDiscardedBytes = 64 * 1024 * 1024;
constexpr qint64 readChunkBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    const auto meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const QByteArray key = meta.valueToKey(status);
    QByteArray phrase;
    for (char c : key) { // "PayloadTooLarge" -> "Payload Too Large"
        if (std::isupper(static_cast<unsigned char>(c)) && !phrase.isEmpty())
            phrase += ' ';
        phrase += c;
    }
    return phrase.isEmpty() ? QByteArrayLiteral("Error") : phrase;
}

} // namespace

GuardedSocket::GuardedSocket(const Settings &settings, ErrorBody errorBody, SendBatch *batch,
                             QObject *parent)
    : QTcpSocket(parent)
    , m_settings(settings)
    , m_errorBody(std::move(errorBody))
    , m_batch(batch)
    , m_network(new QTcpSocket(this))
    , m_framer(settings.limits)
{
    for (QTimer *timer : {&m_requestTimer, &m_idleTimer, &m_stallTimer, &m_lifetimeTimer})
        timer->setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &GuardedSocket::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &GuardedSocket::onIdleTimer);
    // Output that has not moved for an idle period: the client is not reading.
    connect(&m_stallTimer, &QTimer::timeout, this, &GuardedSocket::resetConnection);
    connect(&m_lifetimeTimer, &QTimer::timeout, this, &GuardedSocket::closeAfterAnswers);
    connect(m_network, &QIODevice::readyRead, this, &GuardedSocket::onNetworkReadable);
    connect(m_network, &QAbstractSocket::disconnected, this, &GuardedSocket::onNetworkClosed);
    connect(m_network, &QIODevice::bytesWritten, this, [this] {
        if (bytesToWrite() > 0)
            m_stallTimer.start(m_settings.idleTimeoutMs);
        outputMoved();
    });
}

GuardedSocket::~GuardedSocket()
{
    // QAbstractSocket's destructor would try to close a connection this
    // object never had; the child network socket closes its own.
    setSocketState(UnconnectedState);
}

bool GuardedSocket::adopt(qintptr descriptor)
{
    if (!m_network->setSocketDescriptor(descriptor))
        return false;
    // Unread bytes wait in the kernel rather than in memory.
    m_network->setReadBufferSize(readChunkBytes);
    setPeerAddress(m_network->peerAddress());
    setPeerPort(m_network->peerPort());
    setLocalAddress(m_network->localAddress());
    setLocalPort(m_network->localPort());
    QIODevice::open(ReadWrite);
    setSocketState(ConnectedState);
    m_lifetimeTimer.start(int(m_settings.maxLifetimeMs));
    updateTimers();
    return true;
}

void GuardedSocket::refuse(int status, const QString &message, const QString &detail)
{
    if (m_refusal)
        return;
    m_refusal = RequestFramer::Refusal{status, message, detail};
    settle();
}

void GuardedSocket::closeAfterAnswers()
{
    m_closing = true;
    serveMore();
}

bool GuardedSocket::closesAfterNextAnswer() const
{
    const bool lastOwed = m_answered + 1 == m_released && !m_framer.hasFramed() && !m_refusal;
    return lastOwed && (m_inputEnded || (m_closing && !m_framer.inRequest()));
}

void GuardedSocket::noteAnswerWritten()
{
    ++m_answered;
}

void GuardedSocket::flushAnswers()
{
    if (!m_batch) {
        sendOutput();
    } else if (!m_output.isEmpty() && !m_inBatch) {
        m_inBatch = true;
        m_batch->add(this);
    }
    serveMore();
}

qint64 GuardedSocket::bytesAvailable() const
{
    // What QHttpServer may read: never the network's bytes, only the
    // requests handed on (and what its read transaction holds).
    return QIODevice::bytesAvailable() + releasedBytes();
}

qint64 GuardedSocket::bytesToWrite() const
{
    return m_network->bytesToWrite() + m_output.size();
}

void GuardedSocket::disconnectFromHost()
{
    // Answers written go out first; QHttpServer hears `disconnected` once
    // the network connection has closed (onNetworkClosed).
    sendOutput();
    m_network->disconnectFromHost();
}

void GuardedSocket::resetConnection()
{
    // Closed with a reset: what the kernel still holds for the client is
    // dropped now instead of waiting for a reader that will not come.
    const linger immediately{1, 0};
    ::setsockopt(int(m_network->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately,
                 sizeof immediately);
    m_network->abort();
}

void GuardedSocket::onNetworkClosed()
{
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_stallTimer.stop();
    m_lifetimeTimer.stop();
    QTcpSocket::disconnectFromHost(); // no descriptor: just Unconnected and `disconnected`
}

qint64 GuardedSocket::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, releasedBytes());
    if (count <= 0)
        return 0;
    std::memcpy(data, m_input.constData() + (m_readPosition - m_inputOffset), size_t(count));
    m_readPosition += count;
    const qint64 consumed = m_readPosition - m_inputOffset;
    if (consumed == m_input.size()) {
        if (m_input.capacity() > readChunkBytes)
            m_input = QByteArray(); // a large body's room is not kept
        else
            m_input.resize(0);
        m_inputOffset = m_readPosition;
    } else if (consumed >= readChunkBytes) {
        m_input.remove(0, consumed);
        m_inputOffset = m_readPosition;
    }
    return count;
}

qint64 GuardedSocket::writeData(const char *data, qint64 size)
{
    // Collected and handed to the kernel in one piece per batch of answers
    // (QHttpServerResponder writes an answer in many small pieces).
    m_output.append(data, size);
    return size;
}

void GuardedSocket::sendBatched()
{
    sendOutput();
    outputMoved();
}

void GuardedSocket::outputMoved()
{
    // Output moving may lift the back-pressure on a waiting request, or
    // leave the connection idle.
    if (m_framer.hasFramed())
        serveMore();
    else
        updateTimers();
}

void GuardedSocket::sendOutput()
{
    m_inBatch = false;
    if (m_output.isEmpty())
        return;
    const QByteArray output = std::exchange(m_output, QByteArray());
    if (m_network->state() != ConnectedState)
        return;
    const qint64 sent = sendDirectly(output);
    if (sent < output.size()) {
        m_network->write(output.constData() + sent, output.size() - sent);
        m_network->flush(); // now, rather than on the next turn of the event loop
    }
    if (bytesToWrite() > 0 && !m_stallTimer.isActive())
        m_stallTimer.start(m_settings.idleTimeoutMs);
}

qint64 GuardedSocket::sendDirectly(const QByteArray &output)
{
    // Nothing queued before it: the answer goes straight to the kernel.
    // Through QTcpSocket it would be copied into its buffer and arm, then
    // disarm, the write notifier (each a wakeup of the event loop), for
    // every answer. What the kernel does not take now, and any error, is
    // left to QTcpSocket, which queues the rest and reports the error.
    if (m_network->bytesToWrite() > 0)
        return 0;
    for (;;) {
        const ssize_t sent = ::send(int(m_network->socketDescriptor()), output.constData(),
                                    size_t(output.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent >= 0)
            return sent;
        if (errno != EINTR)
            return 0;
    }
}

void GuardedSocket::onNetworkReadable()
{
    pull();
    if (release())
        emit readyRead(); // QHttpServer reads what has been handed on
    settle();
}

void GuardedSocket::serveMore()
{
    pull();
    if (release())
        postReadyRead(); // possibly inside QHttpServer's own handling: not now
    settle();
}

bool GuardedSocket::wantsInput() const
{
    if (m_network->state() != ConnectedState || m_inputEnded)
        return false;
    if (m_refusalWritten)
        return true; // lingering: read and discard
    if (m_refusal || (m_closing && !m_framer.inRequest()))
        return false;
    // A whole request waiting to be handed on: leave the rest in the kernel.
    return !m_framer.hasFramed();
}

void GuardedSocket::pull()
{
    // Reading more than the network socket buffers makes it read the kernel again.
    static thread_local std::array<char, 2 * readChunkBytes> chunk;
    while (wantsInput() && m_network->bytesAvailable() > 0) {
        const qint64 received = m_network->read(chunk.data(), qint64(chunk.size()));
        if (received <= 0)
            return;
        accept(chunk.data(), received);
    }
}

void GuardedSocket::accept(const char *data, qint64 size)
{
    if (m_refusalWritten) {
        m_discarded += size;
        if (m_discarded > maxDiscardedBytes)
            resetConnection();
        return;
    }
    m_input.append(data, size);
    if (!m_framer.feed(data, size))
        m_refusal = m_framer.refusal();
    if (m_framer.takeContinueRequest())
        m_continueFor = m_framer.completedRequests();
}

bool GuardedSocket::release()
{
    bool released = false;
    while (m_framer.hasFramed() &&
           m_released - m_answered < quint64(m_settings.maxPipelinedRequests) &&
           bytesToWrite() < m_settings.maxUnsentBytes) {
        const RequestFramer::Framed framed = m_framer.takeFramed();
        m_releasedEnd = framed.end;
        ++m_released;
        released = true;
        if (framed.closeAfter) {
            // Nothing after a request that closes the connection is served.
            m_inputEnded = true;
            m_refusal.reset();
            while (m_framer.hasFramed())
                m_framer.takeFramed();
        }
    }
    return released;
}

void GuardedSocket::settle()
{
    if (m_network->state() != ConnectedState || m_refusalWritten)
        return updateTimers();
    if (m_continueFor && *m_continueFor != m_framer.completedRequests())
        m_continueFor.reset(); // the body came without waiting
    if (!answersOwed()) {
        if (m_continueFor && !m_refusal) {
            m_continueFor.reset();
            write("HTTP/1.1 100 Continue\r\n\r\n");
            sendOutput();
        }
        if (m_refusal)
            return writeRefusal();
        if (m_inputEnded || (m_closing && !m_framer.inRequest()))
            return disconnectFromHost();
    }
    updateTimers();
}

void GuardedSocket::writeRefusal()
{
    m_refusalWritten = true;
    const HttpResponse response =
        m_errorBody(m_framer.path(), m_refusal->status, m_refusal->message, m_refusal->detail);
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(m_refusal->status) + ' ' +
                     reasonPhrase(m_refusal->status) + "\r\n";
    raw += "Content-Type: " + response.contentType + "\r\n";
    raw += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    raw += "X-Request-Id: " + randomUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    raw += "Connection: close\r\n\r\n" + response.body;
    write(raw);
    sendOutput();
    // Lingering: a client still sending its body must get to read the
    // answer, so its bytes are read and discarded (never kept) for a
    // moment before the connection closes.
    m_requestTimer.stop();
    m_idleTimer.start(lingerMs);
    pull();
}

void GuardedSocket::postReadyRead()
{
    if (m_readyReadPosted)
        return;
    m_readyReadPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readyReadPosted = false;
            if (releasedBytes() > 0)
                emit readyRead();
        },
        Qt::QueuedConnection);
}

void GuardedSocket::updateTimers()
{
    if (bytesToWrite() == 0)
        m_stallTimer.stop();
    if (m_refusalWritten || m_network->state() != ConnectedState) {
        m_requestTimer.stop();
        return;
    }
    // A request's deadline runs from its first byte (the empty lines
    // before it included): trickling does not extend it.
    const bool timing = m_framer.inRequest() && !m_inputEnded && !m_refusal;
    if (timing != m_requestTiming) {
        m_requestTiming = timing;
        if (timing)
            m_requestTimer.start(m_settings.requestTimeoutMs);
        else
            m_requestTimer.stop();
    }
    // The idle timer stays armed across requests (arming a timer per
    // request costs more than the request); when it fires early it looks
    // again (onIdleTimer).
    const bool idle = !timing && !answersOwed() && bytesToWrite() == 0 && !m_refusal;
    if (idle && !m_idle)
        m_idleDeadline.setRemainingTime(m_settings.idleTimeoutMs);
    m_idle = idle;
    if (idle && !m_idleTimer.isActive())
        m_idleTimer.start(m_settings.idleTimeoutMs);
}

void GuardedSocket::onIdleTimer()
{
    if (m_refusalWritten) // the lingering after a refusal is over
        return disconnectFromHost();
    if (!m_idle)
        return; // armed again when next idle
    if (m_idleDeadline.hasExpired())
        return disconnectFromHost();
    m_idleTimer.start(int(m_idleDeadline.remainingTime()));
}

void GuardedSocket::onRequestTimeout()
{
    m_requestTiming = false;
    refuse(
        408, QStringLiteral("Request timeout"),
        QStringLiteral("The request did not arrive within %1 ms").arg(m_settings.requestTimeoutMs));
}

} // namespace keyward
