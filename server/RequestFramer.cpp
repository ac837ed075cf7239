#include "RequestFramer.h"

#include <QList>

namespace keyward {

bool RequestFramer::refuse(int status, const QString &message, const QString &detail)
{
    m_refusal = {status, message, detail};
    return false;
}

bool RequestFramer::takeContinueRequest()
{
    const bool requested = m_continueRequested;
    m_continueRequested = false;
    return requested;
}

bool RequestFramer::feed(const char *data, qint64 size)
{
    if (m_refusal.status)
        return false;
    qint64 offset = 0;
    while (offset < size) {
        if (m_state == State::Body) {
            const qint64 taken = qMin(m_bodyRemaining, size - offset);
            m_bodyRemaining -= taken;
            offset += taken;
            if (m_bodyRemaining == 0) {
                m_state = State::Head;
                ++m_completed;
            }
            continue;
        }
        // Head: up to the blank line that ends it. Blank lines before a
        // request are tolerated, as RFC 9112 asks.
        const char byte = data[offset++];
        if (m_head.isEmpty() && (byte == '\r' || byte == '\n'))
            continue;
        m_head.append(byte);
        if (m_head.size() > m_limits.maxHeaderBytes)
            return refuse(
                431, QStringLiteral("Request header fields too large"),
                QStringLiteral("The request head exceeds %1 bytes").arg(m_limits.maxHeaderBytes));
        if (byte == '\n' && m_head.endsWith("\r\n\r\n") && !headComplete())
            return false;
    }
    return true;
}

bool RequestFramer::headComplete()
{
    const QList<QByteArray> lines = m_head.left(m_head.size() - 4).split('\n');
    m_head.clear();
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    m_path = QString::fromLatin1(requestLine.value(1).split('?').first());
    if (lines.size() - 1 > m_limits.maxHeaderFields)
        return refuse(431, QStringLiteral("Request header fields too large"),
                      QStringLiteral("The request has more than %1 header fields")
                          .arg(m_limits.maxHeaderFields));
    qint64 contentLength = 0;
    bool lengthSeen = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // malformed lines are QHttpServer's parser's to refuse
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (lengthSeen && length != contentLength))
                return refuse(400, QStringLiteral("Bad request"),
                              QStringLiteral("Invalid Content-Length"));
            contentLength = length;
            lengthSeen = true;
        } else if (name == "transfer-encoding") {
            return refuse(411, QStringLiteral("Length required"),
                          QStringLiteral("Send the body with a Content-Length, not chunked"));
        } else if (name == "expect" && value.toLower() == "100-continue") {
            m_continueRequested = true;
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        m_continueRequested = false;
        return refuse(
            413, QStringLiteral("Payload too large"),
            QStringLiteral("The request body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
    }
    if (contentLength == 0) {
        ++m_completed;
        return true;
    }
    m_state = State::Body;
    m_bodyRemaining = contentLength;
    return true;
}

} // namespace keyward
