// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "RequestFramer.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace keyward {

class SendBatch;

// A client connection as QHttpServer reads it, owning what QHttpServer 6.4
// lacks. QHttpServer is handed this socket, which has no descriptor of its
// own: the network connection is a child socket that only this class reads.
// It frames the bytes with the strict RequestFramer and lets QHttpServer
// read (through readData) only whole requests it has measured: one verdict
// on framing.
// Back-pressure: no further request is handed on, and the network is not
// read, while too many answers are outstanding or too much output is
// unsent; a client that stops reading is reset. Refusals (400, 408, 411,
// 413, 431, 505) are answered after the answers owed before them, then the
// connection lingers briefly and closes. Idle connections close, and every
// connection has a lifetime.
class GuardedSocket : public QTcpSocket {
    Q_OBJECT
public:
    struct Settings {
        RequestFramer::Limits limits;
        int requestTimeoutMs = 10'000;       // from a request's first byte to its last
        int idleTimeoutMs = 60'000;          // nothing to do; also: unsent output not moving
        int maxPipelinedRequests = 16;       // handed on and not yet answered
        qint64 maxUnsentBytes = 1024 * 1024; // answers written but not yet taken by the kernel
        qint64 maxLifetimeMs = 3'600'000;    // then the connection closes after its answers
    };
    // The refusal's body in the envelope of the family the path belongs to.
    using ErrorBody = std::function<HttpResponse(const QString &path, int status,
                                                 const QString &message, const QString &detail)>;

    // Answers go out with `batch` (their loop's; none: each at once).
    GuardedSocket(const Settings &settings, ErrorBody errorBody, SendBatch *batch = nullptr,
                  QObject *parent = nullptr);
    ~GuardedSocket() override;
    // Takes over an accepted connection; false if the descriptor is unusable.
    bool adopt(qintptr descriptor);
    // Answers with `status` once the answers owed before it are out, then closes.
    void refuse(int status, const QString &message, const QString &detail);

    // No new requests: the connection closes once it has answered those it took.
    void closeAfterAnswers();

    // For the ResponseQueue: whether the connection closes after the next
    // answer (the answer should say so); that one answer has been written;
    // and, after a batch of them, that they can go out.
    bool closesAfterNextAnswer() const;
    void noteAnswerWritten();
    void flushAnswers();

    // For the SendBatch: hands what has been written to the kernel.
    void sendBatched();

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void disconnectFromHost() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void sendOutput();
    void outputMoved();
    qint64 sendDirectly(const QByteArray &output);
    void onNetworkReadable();
    void onNetworkClosed();
    void resetConnection();
    void serveMore();
    bool wantsInput() const;
    void pull();
    void accept(const char *data, qint64 size);
    bool release();
    void settle();
    void writeRefusal();
    void postReadyRead();
    void updateTimers();
    void onRequestTimeout();
    void onIdleTimer();
    qint64 releasedBytes() const { return m_releasedEnd - m_readPosition; }
    bool answersOwed() const { return m_answered < m_released || m_framer.hasFramed(); }

    Settings m_settings;
    ErrorBody m_errorBody;
    QPointer<SendBatch> m_batch; // none, or gone: answers go out at once
    QTcpSocket *m_network;       // the client's connection, a child
    RequestFramer m_framer;
    // Bytes read from the network and not yet read by QHttpServer;
    // m_input[0] is at stream offset m_inputOffset.
    QByteArray m_input;
    qint64 m_inputOffset = 0;
    qint64 m_readPosition = 0; // how far QHttpServer has read
    qint64 m_releasedEnd = 0;  // how far it may read
    quint64 m_released = 0;    // requests handed on
    quint64 m_answered = 0;    // answers written
    QByteArray m_output;       // written, not yet handed to the kernel
    std::optional<RequestFramer::Refusal> m_refusal;
    bool m_refusalWritten = false;
    std::optional<quint64> m_continueFor; // 100 Continue owed to the request after this many
    bool m_closing = false;               // no new requests: close once the answers are out
    bool m_inputEnded = false;            // the client asked to close: read no further
    bool m_readyReadPosted = false;
    bool m_inBatch = false; // m_batch will send m_output
    bool m_requestTiming = false;
    bool m_idle = false;
    QDeadlineTimer m_idleDeadline;
    qint64 m_discarded = 0;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_stallTimer;
    QTimer m_lifetimeTimer;
};

} // namespace keyward
