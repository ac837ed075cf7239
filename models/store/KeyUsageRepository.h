// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace keyward {

class Database;

// The key_usage and key_usage_addresses tables: how often each key's
// verifications ended with each outcome, per hour, and the addresses it
// was last presented from. Written in batches by the UsageRecorder, read
// for usage reports, pruned after the retention period.
class KeyUsageRepository {
public:
    struct Count {
        qint64 keyId = 0;
        qint64 hour = 0; // epoch seconds of the hour's start (UTC)
        QString outcome;
        qint64 uses = 0;
    };
    struct Sighting {
        qint64 keyId = 0;
        QString address;
        QDateTime lastSeen;
        QString outcome; // of the last verification from this address
    };

    explicit KeyUsageRepository(const Database &database)
        : m_database(database)
    {}

    // Adds the counts to what is stored and records the sightings, in one
    // write transaction (all or nothing).
    Result<Ok, StoreError> add(const QList<Count> &counts, const QList<Sighting> &sightings) const;
    // The key's counts from `fromHour` on, one per hour and outcome, oldest first.
    Result<QList<Count>, StoreError> countsFrom(qint64 keyId, qint64 fromHour) const;
    // The key's most recent sightings, newest first.
    Result<QList<Sighting>, StoreError> recentSightings(qint64 keyId, int limit) const;
    // Forgets counts of hours before `before`, sightings older than it, and
    // all but each key's `sightingsPerKey` most recent sightings.
    Result<Ok, StoreError> prune(const QDateTime &before, int sightingsPerKey) const;

private:
    const Database &m_database;
};

} // namespace keyward
