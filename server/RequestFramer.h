#pragma once

#include <QByteArray>
#include <QString>

namespace keyward {

// Follows the request framing of one HTTP/1.1 connection as its bytes
// arrive, before QHttpServer buffers them, to enforce what QHttpServer 6.4
// cannot: a cap on header fields and header bytes (431), on the declared body
// size (413, refused before the body is read), no chunked bodies (411, since
// their size is unknown up front), and an answer to Expect: 100-continue.
class RequestFramer {
public:
    struct Limits {
        int maxHeaderFields = 100;
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };
    struct Refusal {
        int status = 0; // 0: none
        QString message;
        QString detail;
    };

    explicit RequestFramer(Limits limits)
        : m_limits(limits)
    {}

    // Takes the next bytes of the stream; returns false once the stream is
    // refused (see refusal()).
    bool feed(const char *data, qint64 size);
    const Refusal &refusal() const { return m_refusal; }
    // Path of the request being framed (for the refusal's envelope).
    const QString &path() const { return m_path; }
    // Between a request's first byte and its last.
    bool inRequest() const { return m_state == State::Body || !m_head.isEmpty(); }
    // Set when a request's head asked for 100 Continue and may send its
    // body; the caller answers and clears it.
    bool takeContinueRequest();
    // Complete requests seen so far.
    quint64 completedRequests() const { return m_completed; }

private:
    enum class State { Head, Body };
    bool headComplete();
    bool refuse(int status, const QString &message, const QString &detail);

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    QString m_path;
    bool m_continueRequested = false;
    quint64 m_completed = 0;
    Refusal m_refusal;
};

} // namespace keyward
