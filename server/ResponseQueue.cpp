#include "ResponseQueue.h"

#include <QHttpServerResponse>
#include <QTcpSocket>

namespace keyward {

ResponseQueue::ResponseQueue(QTcpSocket *socket)
    : QObject(socket)
{}

ResponseQueue *ResponseQueue::of(QTcpSocket *socket)
{
    if (auto *existing = socket->findChild<ResponseQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ResponseQueue(socket);
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
    while (!m_pending.empty() && m_pending.front().response) {
        const HttpResponse &response = *m_pending.front().response;
        QHttpServerResponse out(response.contentType, response.body,
                                static_cast<QHttpServerResponse::StatusCode>(response.status));
        for (const auto &[name, value] : response.headers)
            out.addHeader(name, value);
        out.write(std::move(m_pending.front().responder));
        m_pending.pop_front();
        ++m_firstTicket;
    }
}

} // namespace keyward
