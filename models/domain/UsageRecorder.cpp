// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/UsageRecorder.h"

#include <algorithm>

namespace keyward {

size_t qHash(const UsageRecorder::Tally &tally, size_t seed) noexcept
{
    return qHashMulti(seed, tally.keyId, tally.hour, int(tally.outcome));
}

namespace {

constexpr qint64 secondsPerHour = 3600;

void addUse(QHash<qint64, ApiKeyRepository::Usage> &uses, const ApiKeyRepository::Usage &usage)
{
    auto &entry = uses[usage.keyId];
    entry.keyId = usage.keyId;
    entry.uses += usage.uses;
    if (!entry.lastUsedAt.isValid() || entry.lastUsedAt < usage.lastUsedAt)
        entry.lastUsedAt = usage.lastUsedAt;
}

// Keeps the most recent sighting per address, and the most recent
// addressesPerKey addresses.
void addSeen(QList<UsageRecorder::Seen> &list, const UsageRecorder::Seen &seen)
{
    const auto same = std::find_if(list.begin(), list.end(), [&seen](const auto &entry) {
        return entry.address == seen.address;
    });
    if (same != list.end()) {
        if (same->atMs <= seen.atMs)
            *same = seen;
        return;
    }
    if (list.size() < UsageRecorder::addressesPerKey) {
        list.append(seen);
        return;
    }
    const auto oldest = std::min_element(
        list.begin(), list.end(), [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
    if (oldest->atMs <= seen.atMs)
        *oldest = seen;
}

} // namespace

void UsageRecorder::merge(Batch &into, const Batch &from)
{
    for (const auto &usage : from.uses)
        addUse(into.uses, usage);
    for (auto tally = from.tallies.cbegin(); tally != from.tallies.cend(); ++tally)
        into.tallies[tally.key()] += tally.value();
    for (auto key = from.seen.cbegin(); key != from.seen.cend(); ++key) {
        auto &list = into.seen[key.key()];
        for (const Seen &seen : key.value())
            addSeen(list, seen);
    }
}

void UsageRecorder::fold(Batch &into, const std::vector<Event> &events)
{
    for (const Event &event : events) {
        const qint64 hour = event.atMs / 1000 / secondsPerHour * secondsPerHour;
        if (event.outcome == KeyVerifier::Outcome::Accepted)
            addUse(into.uses,
                   {event.keyId, QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC), 1});
        ++into.tallies[{event.keyId, hour, event.outcome}];
        if (event.address[0] != '\0')
            addSeen(into.seen[event.keyId],
                    {QString::fromLatin1(event.address.data()), event.atMs, event.outcome});
    }
}

void UsageRecorder::record(qint64 keyId, const QDateTime &at, KeyVerifier::Outcome outcome,
                           const QString &address)
{
    Event event{keyId, at.toMSecsSinceEpoch(), outcome, {}};
    // A client address is ASCII (IPv4, IPv6, a zone); anything longer than
    // the field is cut, never overrun.
    const qsizetype length = std::min<qsizetype>(address.size(), event.address.size() - 1);
    for (qsizetype index = 0; index < length; ++index)
        event.address[std::size_t(index)] = address[index].toLatin1();
    QMutexLocker lock(&m_mutex);
    if (m_events.size() >= maxEvents) {
        fold(m_pending, m_events);
        m_events.clear();
    }
    m_events.push_back(event);
}

Result<Ok, StoreError> UsageRecorder::flush()
{
    std::vector<Event> events;
    Batch batch;
    {
        QMutexLocker lock(&m_mutex);
        std::swap(events, m_events);
        std::swap(batch, m_pending);
        // Room for as many as last time, allocated here rather than on the
        // threads that record.
        m_events.reserve(std::min(events.size(), maxEvents));
    }
    fold(batch, events);
    if (batch.uses.isEmpty() && batch.tallies.isEmpty())
        return Ok{};
    Batch failed;
    auto written = m_keys.addUsage(batch.uses.values());
    if (!written)
        failed.uses = batch.uses;
    QList<KeyUsageRepository::Count> counts;
    counts.reserve(batch.tallies.size());
    for (auto tally = batch.tallies.cbegin(); tally != batch.tallies.cend(); ++tally)
        counts.append({tally.key().keyId, tally.key().hour,
                       KeyVerifier::outcomeName(tally.key().outcome), tally.value()});
    QList<KeyUsageRepository::Sighting> sightings;
    for (auto key = batch.seen.cbegin(); key != batch.seen.cend(); ++key)
        for (const Seen &seen : key.value())
            sightings.append({key.key(), seen.address,
                              QDateTime::fromMSecsSinceEpoch(seen.atMs, Qt::UTC),
                              KeyVerifier::outcomeName(seen.outcome)});
    auto added = m_usage.add(counts, sightings);
    if (!added) {
        failed.tallies = batch.tallies;
        failed.seen = batch.seen;
    }
    if (!failed.uses.isEmpty() || !failed.tallies.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        merge(m_pending, failed);
    }
    return !written ? written : added;
}

Result<Ok, StoreError> UsageRecorder::prune(const QDateTime &now, int retentionDays) const
{
    return m_usage.prune(now.addDays(-retentionDays), addressesPerKey);
}

} // namespace keyward
