// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/KeyUsageRepository.h"

#include "store/Sql.h"

namespace keyward {

Result<Ok, StoreError> KeyUsageRepository::add(const QList<Count> &counts,
                                               const QList<Sighting> &sightings) const
{
    // Each batch holds one row per (key, hour, outcome) and per (key,
    // address): PostgreSQL refuses a statement that upserts one row twice.
    QList<QVariantList> countRows;
    countRows.reserve(counts.size());
    for (const Count &count : counts)
        countRows.append({count.keyId, count.hour, count.outcome, count.uses});
    QList<QVariantList> sightingRows;
    sightingRows.reserve(sightings.size());
    for (const Sighting &sighting : sightings)
        sightingRows.append(
            {sighting.keyId, sighting.address, Sql::time(sighting.lastSeen), sighting.outcome});

    WriteTransaction transaction(m_database);
    auto added = Sql::execRows(
        m_database, QStringLiteral("INSERT INTO key_usage (key_id, hour, outcome, uses) VALUES "),
        QStringLiteral("(?, ?, ?, ?)"),
        QStringLiteral(" ON CONFLICT (key_id, hour, outcome) DO UPDATE SET "
                       "uses = key_usage.uses + excluded.uses"),
        countRows);
    if (!added)
        return added;
    added =
        Sql::execRows(m_database,
                      QStringLiteral("INSERT INTO key_usage_addresses (key_id, address, "
                                     "last_seen, last_outcome) VALUES "),
                      QStringLiteral("(?, ?, ?, ?)"),
                      QStringLiteral(" ON CONFLICT (key_id, address) DO UPDATE SET "
                                     "last_seen = excluded.last_seen, "
                                     "last_outcome = excluded.last_outcome "
                                     "WHERE excluded.last_seen >= key_usage_addresses.last_seen"),
                      sightingRows);
    if (!added)
        return added;
    return transaction.commit();
}

Result<QList<KeyUsageRepository::Count>, StoreError>
KeyUsageRepository::countsFrom(qint64 keyId, qint64 fromHour) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT hour, outcome, uses FROM key_usage "
                                          "WHERE key_id = ? AND hour >= ? ORDER BY hour, outcome"),
                           {keyId, fromHour});
    if (!query)
        return query.error();
    QList<Count> counts;
    while (query->next())
        counts.append({keyId, query->value(0).toLongLong(), query->value(1).toString(),
                       query->value(2).toLongLong()});
    return counts;
}

Result<QList<KeyUsageRepository::Sighting>, StoreError>
KeyUsageRepository::recentSightings(qint64 keyId, int limit) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT address, last_seen, last_outcome "
                                          "FROM key_usage_addresses WHERE key_id = ? "
                                          "ORDER BY last_seen DESC, address LIMIT ?"),
                           {keyId, limit});
    if (!query)
        return query.error();
    QList<Sighting> sightings;
    while (query->next())
        sightings.append({keyId, query->value(0).toString(), Sql::timeFrom(query->value(1)),
                          query->value(2).toString()});
    return sightings;
}

Result<Ok, StoreError> KeyUsageRepository::prune(const QDateTime &before, int sightingsPerKey) const
{
    WriteTransaction transaction(m_database);
    auto counts = Sql::exec(m_database, QStringLiteral("DELETE FROM key_usage WHERE hour < ?"),
                            {before.toSecsSinceEpoch()});
    if (!counts)
        return counts.error();
    // A sighting goes when it is older than the retention, or older than the
    // key's sightingsPerKey-th most recent one (the subquery is NULL, and
    // nothing goes, while a key has no more than that).
    auto sightings = Sql::exec(
        m_database,
        QStringLiteral("DELETE FROM key_usage_addresses WHERE last_seen < ? OR last_seen < "
                       "(SELECT newer.last_seen FROM key_usage_addresses newer "
                       "WHERE newer.key_id = key_usage_addresses.key_id "
                       "ORDER BY newer.last_seen DESC LIMIT 1 OFFSET ?)"),
        {Sql::time(before), sightingsPerKey - 1});
    if (!sightings)
        return sightings.error();
    return transaction.commit();
}

} // namespace keyward
