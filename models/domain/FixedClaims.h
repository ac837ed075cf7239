// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <mutex>

namespace keyward {

// The claims a key's access tokens share from one token to the next (issuer,
// subject, tenant, audience, scope), serialized by QJsonDocument once and
// kept, so a token only adds what is its own: its times and its id
// (withTimesAndId). An entry is used only while the key's tenant and scope
// are still those it was made for; at most `capacity` entries are kept (when
// full, the map starts afresh). Safe to share between threads.
class FixedClaims {
public:
    static constexpr qsizetype capacity = 4096;

    struct Identity {
        qint64 keyId = 0;
        qint64 tenantId = 0;
        QString scope;
    };

    // The JSON object `make` builds for this identity, without its closing
    // brace. `make` must not set exp, iat, jti or nbf.
    QByteArray open(const Identity &identity, const std::function<QJsonObject()> &make);

    // `claims` serialized by QJsonDocument, without the closing brace.
    static QByteArray openObject(const QJsonObject &claims);

    // `open` completed with the claims of one token issued now: iat and nbf
    // `now`, exp `now + lifetimeSeconds`, and a fresh jti.
    static QByteArray withTimesAndId(QByteArray open, qint64 now, qint64 lifetimeSeconds);

private:
    struct Entry {
        qint64 tenantId = 0;
        QString scope;
        QByteArray open;
    };
    std::mutex m_lock;
    QHash<qint64, Entry> m_entries;
};

} // namespace keyward
