// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RequestFramer.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace keyward {

// One request as a parser saw it: the terms in which the connection guard's
// RequestFramer and QHttpServer 6.4's own parser are compared.
struct SeenRequest {
    QByteArray method;
    QList<QPair<QByteArray, QByteArray>> headers; // as sent, values without surrounding spaces
    QByteArray body;

    bool operator==(const SeenRequest &) const = default;
};

// What RequestFramer makes of a connection's bytes: the requests it frames,
// up to its refusal if it refuses. `framedBytes` is set to how many bytes
// they span: what the guard hands on to QHttpServer.
QList<SeenRequest> seenByFramer(const RequestFramer::Limits &limits, const QByteArray &stream,
                                qint64 *framedBytes = nullptr);

// What QHttpServer 6.4 makes of the same bytes: the requests its parser
// reads from them, through a socket in memory and a real QHttpServer.
// Needs a QCoreApplication.
QList<SeenRequest> seenByQHttpServer(const QByteArray &stream);

} // namespace keyward
