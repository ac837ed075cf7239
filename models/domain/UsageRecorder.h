// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/KeyVerifier.h"
#include "store/ApiKeyRepository.h"
#include "store/KeyUsageRepository.h"

#include <QHash>
#include <QMutex>
#include <QVarLengthArray>

#include <array>
#include <atomic>
#include <vector>

namespace keyward {

// Counts key verifications in memory and writes them in batches, so a
// verification costs no database write: each key's uses and last use, its
// outcomes per hour, and the addresses it was last presented from.
// flush() runs every few seconds and at shutdown; prune() forgets what is
// older than the retention.
//
// A verification only appends a fixed-size event, with no allocation of its
// own, to one buffer under the lock; flush() folds the events into one entry
// per key on its thread. Hashing each count under the lock on the threads
// that answer requests cost 16 % of the exchanges on a load spread over
// 200,000 keys (bench/ab.sh).
//
// flush() writes keysPerWrite keys per transaction, in the order of their
// ids (the tables' order): what it builds to write is bounded by that, not by
// how far the store has fallen behind, and no transaction holds the store's
// one writer (SQLite) for long, so a key revoked meanwhile waits for one
// slice, not for the whole backlog. Between two slices it folds in what was
// recorded meanwhile, so a key presented again while a long flush runs adds
// to its one entry in the backlog instead of starting a second copy.
class UsageRecorder {
public:
    // The most recent addresses kept per key.
    static constexpr int addressesPerKey = 10;
    static constexpr int defaultRetentionDays = 90;
    static constexpr qsizetype defaultKeysPerWrite = 2000;

    explicit UsageRecorder(const Database &database, qsizetype keysPerWrite = defaultKeysPerWrite)
        : m_keys(database)
        , m_usage(database)
        , m_keysPerWrite(keysPerWrite)
    {}

    // One verification of the key, how it ended, and who presented it.
    void record(qint64 keyId, const QDateTime &at, KeyVerifier::Outcome outcome,
                const QString &address);
    // Writes what was counted since the last flush; on failure what was not
    // written is kept for the next attempt. One flush at a time.
    Result<Ok, StoreError> flush();
    // Keys whose counts wait to be written, as of the last flush's latest
    // slice: a number that keeps growing means the store does not keep up.
    qsizetype keysWaiting() const { return m_keysWaiting.load(std::memory_order_relaxed); }
    // Forgets the hourly counts and addresses from before now - retentionDays.
    Result<Ok, StoreError> prune(const QDateTime &now, int retentionDays) const;

    struct Seen {
        QString address;
        qint64 atMs = 0;
        KeyVerifier::Outcome outcome = KeyVerifier::Outcome::Accepted;
    };
    // Between two flushes most keys are presented from one address: it is
    // held in place, without an allocation of its own.
    using SeenList = QVarLengthArray<Seen, 1>;

    // Events kept before they are folded on the recording thread (a flush
    // that does not keep up); about 2.9 MB.
    static constexpr std::size_t maxEvents = 1 << 15;

private:
    struct Event {
        qint64 keyId = 0;
        qint64 atMs = 0;
        KeyVerifier::Outcome outcome = KeyVerifier::Outcome::Accepted;
        std::array<char, 64> address{}; // the client address's text, NUL-terminated
    };
    struct Hourly {
        qint64 hour = 0;
        KeyVerifier::Outcome outcome = KeyVerifier::Outcome::Accepted;
        qint64 count = 0;
    };
    // Likewise most keys' counts between two flushes are of one hour and
    // one outcome.
    using HourlyList = QVarLengthArray<Hourly, 1>;
    // What waits to be written for one key: about 140 bytes with one hour
    // and one address, for each of the tens of thousands of keys a flush
    // under a spread load holds.
    struct KeyCounts {
        qint64 uses = 0; // accepted
        qint64 lastUsedMs = 0;
        HourlyList hourly;
        SeenList seen; // at most addressesPerKey
    };
    using Batch = QHash<qint64, KeyCounts>;
    // Adds the count to the list's entry of that hour and outcome.
    static void addHourly(HourlyList &list, const Hourly &hourly);
    static void merge(Batch &into, const Batch &from);
    static void fold(Batch &into, const std::vector<Event> &events);
    // Moves what was recorded since into the backlog.
    void takeRecorded();
    // Writes these keys of the backlog (their uses in one transaction, their
    // counts and addresses in another) and takes out of it what was written.
    Result<Ok, StoreError> writeSome(const QList<qint64> &keyIds);

    ApiKeyRepository m_keys;
    KeyUsageRepository m_usage;
    const qsizetype m_keysPerWrite;
    QMutex m_mutex; // the recording threads' side
    std::vector<Event> m_events;
    Batch m_overflow; // a full buffer's events, folded on the recording thread
    QMutex m_flushing;
    Batch m_backlog; // folded and not yet written; the flushing thread's
    std::atomic<qsizetype> m_keysWaiting = 0;
};

} // namespace keyward
