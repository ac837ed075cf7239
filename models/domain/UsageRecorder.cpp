// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/UsageRecorder.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace keyward {

namespace {

constexpr qint64 secondsPerHour = 3600;

// Keeps the most recent sighting per address, and the most recent
// addressesPerKey addresses.
void addSeen(UsageRecorder::SeenList &list, const UsageRecorder::Seen &seen)
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

void UsageRecorder::addHourly(HourlyList &list, const Hourly &hourly)
{
    const auto same = std::find_if(list.begin(), list.end(), [&hourly](const Hourly &counted) {
        return counted.hour == hourly.hour && counted.outcome == hourly.outcome;
    });
    if (same != list.end())
        same->count += hourly.count;
    else
        list.append(hourly);
}

void UsageRecorder::merge(Batch &into, const Batch &from)
{
    for (auto key = from.cbegin(); key != from.cend(); ++key) {
        KeyCounts &entry = into[key.key()];
        entry.uses += key->uses;
        entry.lastUsedMs = std::max(entry.lastUsedMs, key->lastUsedMs);
        for (const Hourly &hourly : key->hourly)
            addHourly(entry.hourly, hourly);
        for (const Seen &seen : key->seen)
            addSeen(entry.seen, seen);
    }
}

void UsageRecorder::fold(Batch &into, const std::vector<Event> &events)
{
    // One string per distinct address of the events, shared by every key
    // presented from it.
    std::unordered_map<std::string_view, QString> addresses;
    for (const Event &event : events) {
        KeyCounts &entry = into[event.keyId];
        if (event.outcome == KeyVerifier::Outcome::Accepted) {
            ++entry.uses;
            entry.lastUsedMs = std::max(entry.lastUsedMs, event.atMs);
        }
        const qint64 hour = event.atMs / 1000 / secondsPerHour * secondsPerHour;
        addHourly(entry.hourly, {hour, event.outcome, 1});
        if (event.address[0] == '\0')
            continue;
        const std::string_view text(event.address.data());
        auto address = addresses.find(text);
        if (address == addresses.end())
            address =
                addresses.emplace(text, QString::fromLatin1(text.data(), qsizetype(text.size())))
                    .first;
        addSeen(entry.seen, {address->second, event.atMs, event.outcome});
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
        fold(m_overflow, m_events);
        m_events.clear();
    }
    if (m_events.size() == m_events.capacity()) // doubling alone would pass maxEvents
        m_events.reserve(std::min(std::max<std::size_t>(2 * m_events.capacity(), 256), maxEvents));
    m_events.push_back(event);
}

void UsageRecorder::takeRecorded()
{
    std::vector<Event> events;
    Batch overflow;
    {
        QMutexLocker lock(&m_mutex);
        std::swap(events, m_events);
        std::swap(overflow, m_overflow);
        // Room for as many as last time, allocated here rather than on the
        // threads that record.
        m_events.reserve(std::min(events.size(), maxEvents));
    }
    if (m_backlog.isEmpty())
        std::swap(m_backlog, overflow);
    else
        merge(m_backlog, overflow);
    fold(m_backlog, events);
    m_keysWaiting.store(m_backlog.size(), std::memory_order_relaxed);
}

Result<Ok, StoreError> UsageRecorder::flush()
{
    const QMutexLocker flushing(&m_flushing);
    takeRecorded();
    // In the order of the tables' keys: neighbouring keys share pages, so a
    // slice reads and rewrites fewer of them than keys picked at random.
    // Keys first seen during this flush wait for the next one, so a flush
    // ends however fast keys keep coming.
    QList<qint64> order = m_backlog.keys();
    std::sort(order.begin(), order.end());
    for (qsizetype first = 0; first < order.size(); first += m_keysPerWrite) {
        if (first > 0)
            takeRecorded();
        const auto written = writeSome(order.mid(first, m_keysPerWrite));
        m_keysWaiting.store(m_backlog.size(), std::memory_order_relaxed);
        if (!written)
            return written;
    }
    // Erasing keeps a hash's storage: after a large backlog, give it back.
    if (m_backlog.isEmpty())
        m_backlog = {};
    else if (m_backlog.capacity() > 4 * m_backlog.size())
        m_backlog.squeeze();
    return Ok{};
}

Result<Ok, StoreError> UsageRecorder::writeSome(const QList<qint64> &keyIds)
{
    QList<ApiKeyRepository::Usage> uses;
    QList<KeyUsageRepository::Count> counts;
    QList<KeyUsageRepository::Sighting> sightings;
    for (const qint64 keyId : keyIds) {
        const KeyCounts &key = *m_backlog.constFind(keyId);
        if (key.uses > 0)
            uses.append({keyId, QDateTime::fromMSecsSinceEpoch(key.lastUsedMs, Qt::UTC), key.uses});
        for (const Hourly &hourly : key.hourly)
            counts.append(
                {keyId, hourly.hour, KeyVerifier::outcomeName(hourly.outcome), hourly.count});
        for (const Seen &seen : key.seen)
            sightings.append({keyId, seen.address,
                              QDateTime::fromMSecsSinceEpoch(seen.atMs, Qt::UTC),
                              KeyVerifier::outcomeName(seen.outcome)});
    }
    const auto usesWritten = uses.isEmpty() ? Result<Ok, StoreError>(Ok{}) : m_keys.addUsage(uses);
    const auto countsWritten = m_usage.add(counts, sightings);
    for (const qint64 keyId : keyIds) {
        const auto entry = m_backlog.find(keyId);
        if (usesWritten)
            entry->uses = 0;
        if (countsWritten) {
            entry->hourly.clear();
            entry->seen.clear();
        }
        if (entry->uses == 0 && entry->hourly.isEmpty())
            m_backlog.erase(entry);
    }
    return !usesWritten ? usesWritten : countsWritten;
}

Result<Ok, StoreError> UsageRecorder::prune(const QDateTime &now, int retentionDays) const
{
    return m_usage.prune(now.addDays(-retentionDays), addressesPerKey);
}

} // namespace keyward
