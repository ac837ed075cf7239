// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace keyward {

// A request as controllers see it: already parsed, detached from the socket,
// safe to hand to a worker thread. Controllers take one and return an
// HttpResponse, so unit tests can call them without a socket.
struct HttpRequest {
    QByteArray method; // upper case: GET, POST, ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray body;
    QString clientAddress;
    QString requestId;
    QStringList pathParameters; // the {} segments of the matched route

    // The header's value, trimmed; empty when absent.
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName).trimmed();
    }
    // The token of "Authorization: Bearer <token>", empty when absent.
    QByteArray bearerToken() const;
};

} // namespace keyward
