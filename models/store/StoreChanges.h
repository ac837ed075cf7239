#pragma once

#include <QMutex>

#include <atomic>
#include <optional>

namespace keyward {

class Database;

// How caches learn that what they hold may be stale. The generation grows
// when this process commits a change to keys, tenants, users or signing
// keys (inWriteTransaction), and when a look at the store finds another
// process's change: every such change writes an audit event in its own
// transaction, so the newest audit event's id is a change counter all
// processes read. The store is looked at again when the last look is older
// than the poll interval, so another process's change is seen within it.
class StoreChanges {
public:
    static constexpr int defaultPollIntervalMs = 250;

    explicit StoreChanges(const Database &database, int pollIntervalMs = defaultPollIntervalMs)
        : m_database(database)
        , m_pollIntervalMs(pollIntervalMs)
    {}

    // After this process committed a change.
    void noteCommitted() { ++m_generation; }
    // The current generation, looking at the store first when it is due. A
    // failed look counts as a change (nothing stale is trusted).
    quint64 current();
    // The current generation when no look at the store is due; nullopt
    // when it is (then current() must be asked, from a thread that may wait).
    std::optional<quint64> currentWithoutLooking() const;
    int pollIntervalMs() const { return m_pollIntervalMs; }

private:
    void look(qint64 nowMs);

    const Database &m_database;
    const int m_pollIntervalMs;
    std::atomic<quint64> m_generation{0};
    std::atomic<qint64> m_nextLookMs{0};
    QMutex m_looking;
    qint64 m_lastSeen = -1; // guarded by m_looking
};

} // namespace keyward
