#include "store/StoreChanges.h"

#include "store/Sql.h"

#include <QDateTime>

#include <mutex>

namespace keyward {

quint64 StoreChanges::current()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs >= m_nextLookMs.load(std::memory_order_relaxed))
        look(nowMs);
    return m_generation.load();
}

std::optional<quint64> StoreChanges::currentWithoutLooking() const
{
    if (QDateTime::currentMSecsSinceEpoch() >= m_nextLookMs.load(std::memory_order_relaxed))
        return std::nullopt;
    return m_generation.load();
}

void StoreChanges::look(qint64 nowMs)
{
    // One thread looks; the others go on with what is known (at most one
    // poll interval old) rather than queue behind it.
    std::unique_lock<QMutex> lock(m_looking, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    if (nowMs < m_nextLookMs.load())
        return;
    auto newest = Sql::exec(m_database, QStringLiteral("SELECT MAX(id) FROM audit_events"));
    const qint64 seen = newest && newest->next() ? newest->value(0).toLongLong() : -2;
    if (seen != m_lastSeen || seen == -2)
        ++m_generation;
    m_lastSeen = seen;
    m_nextLookMs.store(QDateTime::currentMSecsSinceEpoch() + m_pollIntervalMs);
}

} // namespace keyward
