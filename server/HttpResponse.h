// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace keyward {

// How long a throttled login's 429 is held before it is sent (see holdMs).
constexpr int loginRefusalHoldMs = 1000;

// A response value: status, content type, body and any extra headers. The
// server adds the cross-cutting ones (X-Request-Id) when it writes it.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Sent this long after it is ready, the connection held meanwhile: a
    // tarpit for refused guesses, so a client that hammers a throttled login
    // costs one request a second per connection instead of all it can send.
    int holdMs = 0;
    // The answer to a HEAD: its headers (Content-Length the body's size) but
    // not the body.
    bool headersOnly = false;

    static HttpResponse json(int status, const QJsonObject &object,
                             const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        return {status, contentType, QJsonDocument(object).toJson(QJsonDocument::Compact),
                {},     0,           false};
    }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    HttpResponse &heldFor(int ms)
    {
        holdMs = ms;
        return *this;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace keyward
