// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace keyward {

class ChangeListener;
class Database;

// How caches learn that what they hold may be stale. The generation grows
// when this process commits a change to keys, tenants, users or signing
// keys (inWriteTransaction), and when a look at the store finds another
// process's change: every such change writes an audit event in its own
// transaction, so the newest audit event's id is a change counter all
// processes read. The store is looked at again when the last look is older
// than the poll interval, so another process's change is seen within it.
// On PostgreSQL a ChangeListener also hears each change as it commits
// (LISTEN/NOTIFY); while it listens, the poll is only the fallback for a
// lost notification and runs every listenedPollIntervalMs.
class StoreChanges {
public:
    static constexpr int defaultPollIntervalMs = 250;
    static constexpr int listenedPollIntervalMs = 1000;

    explicit StoreChanges(const Database &database, int pollIntervalMs = defaultPollIntervalMs);
    ~StoreChanges();

    // After this process committed a change.
    void noteCommitted() { ++m_generation; }
    // The current generation, looking at the store first when it is due. A
    // failed look counts as a change (nothing stale is trusted).
    quint64 current();
    // The current generation when no look at the store is due; nullopt
    // when it is (then current() must be asked, from a thread that may wait).
    std::optional<quint64> currentWithoutLooking() const;
    int pollIntervalMs() const;
    // Whether changes of other processes are heard as they commit, and how
    // many have been heard so.
    bool isListening() const;
    quint64 heard() const { return m_heard.load(); }
    // What this store client's change notifications carry, so that its own
    // listener can tell them apart.
    const QString &token() const { return m_token; }

private:
    void look(qint64 nowMs);
    void startListening();

    const Database &m_database;
    const int m_pollIntervalMs;
    const QString m_token;
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_heard{0};
    std::atomic<qint64> m_nextLookMs{0};
    QMutex m_looking;
    qint64 m_lastSeen = -1; // guarded by m_looking
    std::once_flag m_listenerStarted;
    std::unique_ptr<ChangeListener> m_listener; // PostgreSQL only
};

} // namespace keyward
