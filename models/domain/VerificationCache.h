// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/ApiKey.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QMutex>

#include <optional>

namespace keyward {

// What key verification read from the store, kept in memory: for a key
// digest, the key row (or that no usable key has it) and whether its tenant
// is active; for a tenant id, whether it is active. Bounded (least recently
// used entries go first). Every entry belongs to the StoreChanges
// generation it was read under and is gone once the generation moves on, so
// a change committed through any path — this process's services, the CLI,
// another instance — is never answered from a stale copy for longer than
// StoreChanges' poll interval (in this process: not at all). That no key has
// a digest is kept for a short time only, and forgotten at the next change,
// so a key created a moment later is found.
//
// Of a key it holds what verification, and the token or actor it leads to,
// read: its identity, kind, state, permissions, restrictions, time window
// and jti; not its name, description, digest or usage, which a verified key
// is never asked for.
class VerificationCache {
public:
    // About 0.5 KB a key in memory: 10,000 keys hold about 5 MB, whatever
    // the store's size.
    static constexpr int defaultCapacity = 10'000;
    static constexpr qint64 unknownForMs = 1'000;

    struct Snapshot {
        std::optional<ApiKey> key; // nullopt: no usable key has this digest
        bool tenantActive = false;
    };

    explicit VerificationCache(int capacity = defaultCapacity);

    std::optional<Snapshot> find(const QByteArray &digest, quint64 generation, qint64 nowMs) const;
    // `generation` is the one current before the store was read: if it has
    // moved on since, the snapshot may be stale and is not kept. Returns what
    // find() would return for it, kept or not.
    Snapshot insert(const QByteArray &digest, const Snapshot &snapshot, quint64 generation,
                    qint64 nowMs);
    std::optional<bool> tenantActive(qint64 tenantId, quint64 generation) const;
    void insertTenant(qint64 tenantId, bool active, quint64 generation);

private:
    // The part of a key row that is held.
    struct Held {
        qint64 id = 0;
        qint64 tenantId = 0;
        ApiKeyKind kind = ApiKeyKind::Secret;
        KeyStatus status = KeyStatus::Active;
        QStringList permissions;
        QString allowedNetworks;
        std::optional<qint64> rateLimitPerMinute;
        QDateTime notBefore;
        QDateTime expiresAt;
        QString jti;

        static Held of(const ApiKey &key);
        ApiKey key() const;
    };
    struct Entry {
        std::optional<Held> key;
        bool tenantActive = false;
        qint64 expiresMs = 0; // 0: until the generation moves on

        Snapshot snapshot() const;
    };
    // Forgets everything read under an older generation; false when
    // `generation` is itself older than what is held.
    bool follow(quint64 generation) const;

    mutable QMutex m_mutex;
    mutable QCache<QByteArray, Entry> m_keys;
    mutable QHash<qint64, bool> m_tenants;
    mutable quint64 m_generation = 0;
};

} // namespace keyward
