// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "RequestFramer.h"

#include <algorithm>
#include <limits>

namespace keyward {

namespace {

bool isTokenChar(char c)
{
    static constexpr QByteArrayView others("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           others.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Visible ASCII but '#': a request target carries no fragment.
bool isTarget(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                          [](char c) { return c > 0x20 && c < 0x7f && c != '#'; });
}

// RFC 9110 field-value: visible characters, obs-text, spaces and tabs.
bool isFieldValue(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || byte >= 0x20 ? byte != 0x7f : false;
    });
}

// uri-host [":" port]: no userinfo, path or whitespace can ride along.
bool isHost(QByteArrayView text)
{
    static constexpr QByteArrayView others("-._~!$&'()*+,;=:[]%");
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               others.contains(c);
    });
}

QByteArrayView trimmedSpaces(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmedSpaces(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) ==
            0)
            return true;
        start = comma + 1;
    }
    return false;
}

// Where the path of an absolute-form target ("http://host/path") starts,
// or -1 for any other form.
qsizetype absolutePathStart(QByteArrayView target)
{
    for (QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (target.size() <= scheme.size() ||
            target.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype slash = target.indexOf('/', scheme.size());
        return slash < 0 ? target.size() : slash;
    }
    return -1;
}

QString badRequest(const char *what)
{
    return QString::fromLatin1(what);
}

} // namespace

bool RequestFramer::refuse(int status, const QString &message, const QString &detail)
{
    m_refusal = {status, message, detail};
    m_continueRequested = false;
    return false;
}

bool RequestFramer::headTooLarge()
{
    return refuse(431, QStringLiteral("Request header fields too large"),
                  QStringLiteral("The request head exceeds %1 bytes").arg(m_limits.maxHeaderBytes));
}

bool RequestFramer::takeContinueRequest()
{
    const bool requested = m_continueRequested;
    m_continueRequested = false;
    return requested;
}

RequestFramer::Framed RequestFramer::takeFramed()
{
    Framed first = std::move(m_framed.front());
    m_framed.pop_front();
    return first;
}

bool RequestFramer::feed(const char *data, qint64 size)
{
    if (m_refusal.status)
        return false;
    const char *at = data;
    const char *const end = data + size;
    while (at < end) {
        if (m_state == State::Body) {
            const qint64 taken = qMin<qint64>(m_bodyRemaining, end - at);
            at += taken;
            m_offset += taken;
            m_bodyRemaining -= taken;
            if (m_bodyRemaining == 0)
                requestComplete();
            continue;
        }
        if (!m_inRequest) {
            m_inRequest = true;
            m_head.reserve(512); // most heads fit: one allocation
        }
        if (!m_sawCarriageReturn) {
            // The line's text up to its end (or the chunk's), in one piece.
            const char *stop = at;
            while (stop < end && *stop != '\r' && *stop != '\n')
                ++stop;
            if (stop != at) {
                m_head.append(at, stop - at);
                m_offset += stop - at;
                at = stop;
                if (m_head.size() > m_limits.maxHeaderBytes)
                    return headTooLarge();
                continue;
            }
        }
        const char byte = *at++;
        ++m_offset;
        if (m_sawCarriageReturn) {
            m_sawCarriageReturn = false;
            if (byte != '\n')
                return refuse(400, QStringLiteral("Bad request"),
                              badRequest("A carriage return must be followed by a line feed"));
            if (!lineComplete())
                return false;
            continue;
        }
        if (byte == '\n')
            return refuse(400, QStringLiteral("Bad request"),
                          badRequest("Lines must end in CRLF, not a bare line feed"));
        m_sawCarriageReturn = true; // the byte was a carriage return
    }
    return true;
}

bool RequestFramer::lineComplete()
{
    const QByteArrayView line = QByteArrayView(m_head).sliced(m_lineStart);
    if (m_lineStart == 0 && line.isEmpty()) {
        if (++m_emptyLines > maxLeadingEmptyLines)
            return refuse(400, QStringLiteral("Bad request"),
                          badRequest("Too many empty lines before the request"));
        return true;
    }
    if (line.isEmpty())
        return headComplete();
    const bool accepted = m_lineStart == 0 ? requestLine(line) : field(line);
    if (!accepted)
        return false;
    m_head.append("\r\n");
    m_lineStart = m_head.size();
    if (m_head.size() > m_limits.maxHeaderBytes)
        return headTooLarge();
    return true;
}

bool RequestFramer::requestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces.
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (second < 0 || line.indexOf(' ', second + 1) >= 0)
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("The request line must be: method, target and version, "
                                 "separated by single spaces"));
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    const QByteArrayView version = line.sliced(second + 1);
    if (!isToken(method))
        return refuse(400, QStringLiteral("Bad request"), badRequest("Invalid request method"));
    const qsizetype absolute = absolutePathStart(target);
    const bool knownForm = (target.startsWith('/') && !target.startsWith("//")) || absolute > 0 ||
                           (target == "*" && method == "OPTIONS");
    if (!isTarget(target) || !knownForm)
        return refuse(400, QStringLiteral("Bad request"), badRequest("Invalid request target"));
    QByteArrayView path = absolute > 0 ? target.sliced(absolute) : target;
    if (path.indexOf('?') >= 0)
        path = path.first(path.indexOf('?'));
    m_path = path.isEmpty() ? QByteArrayLiteral("/") : path.toByteArray();
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_http10 = version == "HTTP/1.0";
        return true;
    }
    if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
        return refuse(505, QStringLiteral("HTTP version not supported"),
                      QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served"));
    return refuse(400, QStringLiteral("Bad request"), badRequest("Invalid HTTP version"));
}

bool RequestFramer::field(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Folded header lines are not accepted"));
    if (++m_fields > m_limits.maxHeaderFields)
        return refuse(431, QStringLiteral("Request header fields too large"),
                      QStringLiteral("The request has more than %1 header fields")
                          .arg(m_limits.maxHeaderFields));
    if (line.size() > maxFieldLineBytes)
        return refuse(431, QStringLiteral("Request header fields too large"),
                      QStringLiteral("A header field exceeds %1 bytes").arg(maxFieldLineBytes));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0 || !isToken(line.first(colon)))
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Invalid header field name (no space may precede the colon)"));
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmedSpaces(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Control characters in a header field value"));
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        const bool digits = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        if (!digits)
            return refuse(400, QStringLiteral("Bad request"), badRequest("Invalid Content-Length"));
        // More digits than any limit allows: too large, whatever they say.
        const qint64 length = value.size() > 15 ? std::numeric_limits<qint64>::max()
                                                : value.toByteArray().toLongLong();
        if (m_contentLength >= 0 && length != m_contentLength)
            return refuse(400, QStringLiteral("Bad request"),
                          badRequest("Conflicting Content-Length fields"));
        m_contentLength = length;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        m_transferEncoding = true;
        m_chunked = m_chunked || value.toByteArray().toLower().contains("chunked");
    } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
        ++m_hosts;
        if (!isHost(value))
            return refuse(400, QStringLiteral("Bad request"), badRequest("Invalid Host"));
    } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
        m_connectionClose = m_connectionClose || containsToken(value, "close");
        m_connectionKeepAlive = m_connectionKeepAlive || containsToken(value, "keep-alive");
        // QHttpServer looks for "upgrade" anywhere in the value.
        m_connectionUpgrade =
            m_connectionUpgrade || value.toByteArray().toLower().contains("upgrade");
    } else if (name.compare("upgrade", Qt::CaseInsensitive) == 0) {
        m_webSocketUpgrade =
            m_webSocketUpgrade || value.toByteArray().toLower().contains("websocket");
    } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
        m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
    }
    return true;
}

bool RequestFramer::headComplete()
{
    if (m_hosts > 1 || (m_hosts == 0 && !m_http10))
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Exactly one Host header field is required"));
    if (m_chunked)
        return refuse(411, QStringLiteral("Length required"),
                      QStringLiteral("Send the body with a Content-Length, not chunked"));
    if (m_transferEncoding)
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Transfer-Encoding is not supported; send a Content-Length"));
    if (m_connectionUpgrade && m_webSocketUpgrade)
        return refuse(400, QStringLiteral("Bad request"),
                      badRequest("Protocol upgrades are not served here"));
    const qint64 length = qMax<qint64>(0, m_contentLength);
    if (length > m_limits.maxBodyBytes)
        return refuse(
            413, QStringLiteral("Payload too large"),
            QStringLiteral("The request body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
    m_bodyRemaining = length;
    if (length == 0) {
        requestComplete();
        return true;
    }
    m_continueRequested = m_expectContinue;
    m_state = State::Body;
    return true;
}

void RequestFramer::requestComplete()
{
    Framed framed;
    framed.end = m_offset;
    framed.head = std::move(m_head);
    framed.bodyLength = qMax<qint64>(0, m_contentLength);
    framed.closeAfter = m_connectionClose || (m_http10 && !m_connectionKeepAlive);
    m_framed.push_back(std::move(framed));
    ++m_completed;
    m_state = State::Head;
    m_inRequest = false;
    m_path.clear();
    m_head = QByteArray();
    m_lineStart = 0;
    m_emptyLines = 0;
    m_fields = 0;
    m_http10 = false;
    m_contentLength = -1;
    m_hosts = 0;
    m_transferEncoding = m_chunked = false;
    m_connectionClose = m_connectionKeepAlive = m_connectionUpgrade = false;
    m_webSocketUpgrade = m_expectContinue = m_continueRequested = false;
}

} // namespace keyward
