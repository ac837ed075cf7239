// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <deque>

namespace keyward {

// The parser of record for the framing of one HTTP/1.1 connection (RFC
// 9112). It reads every byte before QHttpServer does, and QHttpServer is
// only ever handed whole requests this class has measured, so the two can
// never disagree about where a request ends. Anything two parsers could
// read differently is refused with 400: bare CR or LF, obsolete line
// folding, whitespace before a colon, field names outside token
// characters, control characters, a Content-Length that is not one decimal
// number, Transfer-Encoding (411 for chunked), a missing or repeated Host
// in HTTP/1.1. It also enforces what QHttpServer 6.4 cannot: caps on header
// fields and head bytes (431) and on the declared body (413, refused before
// the body is read), and notes Expect: 100-continue.
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
    // One request framed completely.
    struct Framed {
        qint64 end = 0;  // stream offset just past its last byte
        QByteArray head; // request line and fields, each ending in CRLF
        qint64 bodyLength = 0;
        bool closeAfter = false; // Connection: close, or HTTP/1.0 without keep-alive
    };

    // Empty lines tolerated before a request (RFC 9112 section 2.2).
    static constexpr int maxLeadingEmptyLines = 4;
    // QHttpServer 6.4 drops every header when one field line exceeds this.
    static constexpr qint64 maxFieldLineBytes = 100 * 1024;

    explicit RequestFramer(Limits limits)
        : m_limits(limits)
    {}

    // Takes the next bytes of the stream; returns false once the stream is
    // refused (see refusal()).
    bool feed(const char *data, qint64 size);
    const Refusal &refusal() const { return m_refusal; }
    // Requests framed completely and not taken yet, oldest first.
    bool hasFramed() const { return !m_framed.empty(); }
    Framed takeFramed();
    // Path of the request being framed, as received (for the refusal's envelope).
    QString path() const { return QString::fromLatin1(m_path); }
    // From a request's first byte (the empty lines before it included) to its last.
    bool inRequest() const { return m_inRequest; }
    // Set when a request's head asked for 100 Continue and its body is
    // still to come; the caller answers and clears it.
    bool takeContinueRequest();
    // Complete requests seen so far.
    quint64 completedRequests() const { return m_completed; }
    // Bytes fed so far.
    qint64 streamOffset() const { return m_offset; }

private:
    enum class State { Head, Body };
    bool lineComplete();
    bool requestLine(QByteArrayView line);
    bool field(QByteArrayView line);
    bool headComplete();
    void requestComplete();
    bool headTooLarge();
    bool refuse(int status, const QString &message, const QString &detail);

    Limits m_limits;
    State m_state = State::Head;
    qint64 m_offset = 0;
    bool m_inRequest = false;
    bool m_sawCarriageReturn = false;
    QByteArray m_head;
    qsizetype m_lineStart = 0;
    int m_emptyLines = 0;
    int m_fields = 0;
    QByteArray m_path;
    bool m_http10 = false;
    qint64 m_contentLength = -1;
    int m_hosts = 0;
    bool m_transferEncoding = false;
    bool m_chunked = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_connectionUpgrade = false;
    bool m_webSocketUpgrade = false;
    bool m_expectContinue = false;
    bool m_continueRequested = false;
    qint64 m_bodyRemaining = 0;
    quint64 m_completed = 0;
    std::deque<Framed> m_framed;
    Refusal m_refusal;
};

} // namespace keyward
