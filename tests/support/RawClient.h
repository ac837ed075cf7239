// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QTcpSocket>

#include <memory>

namespace keyward {

// A client that writes raw bytes to a server on this thread (an in-process
// ApiServer): it waits by spinning the event loop so the server keeps
// running, and collects everything the server answers.
struct RawClient {
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;

    bool open(quint16 port);
    void send(const QByteArray &bytes);
    // Reads until `marker` arrives, the peer closes, or the time runs out.
    QByteArray readUntil(const QByteArray &marker, int timeoutMs = 5000);
    // Reads until `count` whole responses (by their Content-Length) have
    // arrived, or the time runs out; what arrived.
    QByteArray readResponses(int count = 1, int timeoutMs = 5000);
    // Whether the server closed the connection within the time.
    bool closedWithin(int timeoutMs);
    // How many responses have arrived so far (status lines seen).
    int responseCount() const;
};

// The JSON body of the first response in `response`.
QJsonObject bodyOf(const QByteArray &response);

} // namespace keyward
