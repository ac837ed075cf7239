#include "GuardedSocket.h"

#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QUuid>

namespace keyward {

namespace {

constexpr int lingerMs = 2000;
constexpr qint64 maxDiscardedBytes = 64 * 1024 * 1024;

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

GuardedSocket::GuardedSocket(const Settings &settings, ErrorBody errorBody, QObject *parent)
    : QTcpSocket(parent)
    , m_settings(settings)
    , m_errorBody(std::move(errorBody))
    , m_framer(settings.limits)
{
    // Bytes wait in the kernel rather than in memory until they are read.
    setReadBufferSize(64 * 1024);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedSocket::onTimeout);
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
    armTimer();
}

void GuardedSocket::inspect()
{
    if (m_refused) {
        // Lingering after a refusal: a client still sending its body must
        // get to read the answer, so its bytes are discarded (never kept)
        // for a moment before the connection closes.
        m_discarded += skip(bytesAvailable());
        if (m_discarded > maxDiscardedBytes)
            abort();
        return;
    }
    // Connected before QHttpServer's own readyRead slot, so this sees every
    // new byte first; QHttpServer reads all that is available each time, so
    // what is available now is exactly what is new.
    const QByteArray fresh = peek(bytesAvailable());
    if (!m_framer.feed(fresh.constData(), fresh.size())) {
        // Stop QHttpServer from reading (and buffering) any of it.
        disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
        const RequestFramer::Refusal refusal = m_framer.refusal();
        refuse(refusal.status, refusal.message, refusal.detail);
        return;
    }
    if (m_framer.takeContinueRequest())
        write("HTTP/1.1 100 Continue\r\n\r\n");
    armTimer();
}

void GuardedSocket::armTimer()
{
    if (m_framer.inRequest()) {
        // An absolute deadline from the request's first byte: trickling a
        // byte now and then does not extend it.
        if (!m_timingRequest) {
            m_timingRequest = true;
            m_timer.start(m_settings.requestTimeoutMs);
        }
        return;
    }
    m_timingRequest = false;
    m_timer.start(m_settings.idleTimeoutMs);
}

void GuardedSocket::onTimeout()
{
    if (m_refused)
        disconnectFromHost();
    else if (m_framer.inRequest())
        refuse(408, QStringLiteral("Request timeout"),
               QStringLiteral("The request did not arrive within %1 ms")
                   .arg(m_settings.requestTimeoutMs));
    else
        disconnectFromHost();
}

void GuardedSocket::refuse(int status, const QString &message, const QString &detail)
{
    m_refused = true;
    const HttpResponse response = m_errorBody(m_framer.path(), status, message, detail);
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    raw += "Content-Type: " + response.contentType + "\r\n";
    raw += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    raw += "X-Request-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    raw += "Connection: close\r\n\r\n" + response.body;
    write(raw);
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect, Qt::UniqueConnection);
    m_timer.start(lingerMs);
}

} // namespace keyward
