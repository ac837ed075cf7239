// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/StoreChanges.h"

#include "store/ChangeListener.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QUuid>

#include <mutex>

namespace keyward {

StoreChanges::StoreChanges(const Database &database, int pollIntervalMs)
    : m_database(database)
    , m_pollIntervalMs(pollIntervalMs)
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

StoreChanges::~StoreChanges() = default;

void StoreChanges::startListening()
{
    std::call_once(m_listenerStarted, [this] {
        if (m_database.url().backend == DatabaseUrl::Backend::PostgreSQL)
            m_listener = std::make_unique<ChangeListener>(m_database, m_token, [this] {
                ++m_heard;
                ++m_generation;
            });
    });
}

bool StoreChanges::isListening() const
{
    return m_listener && m_listener->isListening();
}

int StoreChanges::pollIntervalMs() const
{
    return isListening() ? qMax(m_pollIntervalMs, listenedPollIntervalMs) : m_pollIntervalMs;
}

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
    startListening(); // on the first look, not at construction: a CLI run may never look
    auto newest = Sql::exec(m_database, QStringLiteral("SELECT MAX(id) FROM audit_events"));
    const qint64 seen = newest && newest->next() ? newest->value(0).toLongLong() : -2;
    if (seen != m_lastSeen || seen == -2)
        ++m_generation;
    m_lastSeen = seen;
    m_nextLookMs.store(QDateTime::currentMSecsSinceEpoch() + pollIntervalMs());
}

} // namespace keyward
