#include "ResponseQueue.h"

#include "GuardedSocket.h"

#include <QHttpServerResponse>

namespace keyward {

ResponseQueue::ResponseQueue(GuardedSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

ResponseQueue *ResponseQueue::of(QTcpSocket *socket)
{
    if (auto *existing = socket->findChild<ResponseQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    // Every connection ApiServer serves is accepted by its GuardedTcpServer.
    auto *guarded = qobject_cast<GuardedSocket *>(socket);
    Q_ASSERT(guarded);
    return new ResponseQueue(guarded);
}

quint64 ResponseQueue::reserve(QHttpServerResponder &&responder)
{
    m_pending.emplace_back(std::move(responder));
    return m_firstTicket + m_pending.size() - 1;
}

void ResponseQueue::complete(quint64 ticket, HttpResponse response)
{
    if (ticket < m_firstTicket || ticket - m_firstTicket >= m_pending.size())
        return;
    m_pending[ticket - m_firstTicket].response = std::move(response);
    flush();
}

void ResponseQueue::flush()
{
    if (m_pending.empty() || !m_pending.front().response)
        return;
    while (!m_pending.empty() && m_pending.front().response) {
        const HttpResponse &response = *m_pending.front().response;
        QHttpServerResponse out(response.contentType, response.body,
                                static_cast<QHttpServerResponse::StatusCode>(response.status));
        for (const auto &[name, value] : response.headers)
            out.addHeader(name, value);
        if (m_socket->closesAfterNextAnswer())
            out.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        out.write(std::move(m_pending.front().responder));
        m_pending.pop_front();
        ++m_firstTicket;
        m_socket->noteAnswerWritten();
    }
    m_socket->flushAnswers();
}

} // namespace keyward
