// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ResponseQueue.h"

#include "GuardedSocket.h"

#include <QTcpSocket>

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

// Written through the responder, a piece at a time (GuardedSocket collects
// them into one write). A HEAD gets the GET's headers alone (RFC 9110
// §9.3.2); a 204 has no Content-Length (§8.6), nor a 304 one that differs
// from the 200's, so neither gets one, nor a body.
void ResponseQueue::write(QHttpServerResponder &responder, const HttpResponse &response,
                          bool closes)
{
    if (responder.socket()->state() != QAbstractSocket::ConnectedState)
        return;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    const bool noContent = response.status == 204 || response.status == 304;
    if (!noContent) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(response.body.size()));
    }
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (closes)
        responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    // The empty line that ends the head, then the body.
    responder.writeBody(response.headersOnly || noContent ? QByteArray() : response.body);
}

void ResponseQueue::flush()
{
    if (m_pending.empty() || !m_pending.front().response)
        return;
    while (!m_pending.empty() && m_pending.front().response) {
        const HttpResponse &response = *m_pending.front().response;
        const bool closes = m_socket->closesAfterNextAnswer();
        write(m_pending.front().responder, response, closes);
        m_pending.pop_front();
        ++m_firstTicket;
        m_socket->noteAnswerWritten();
    }
    m_socket->flushAnswers();
}

} // namespace keyward
