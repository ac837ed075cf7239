#pragma once

#include "Result.h"
#include "store/ApiKeyRepository.h"

#include <QHash>
#include <QMutex>

namespace keyward {

// Counts key uses in memory and writes them in batches, so a verification
// costs no database write; flush() runs every few seconds and at shutdown.
class UsageRecorder {
public:
    explicit UsageRecorder(const Database &database)
        : m_keys(database)
    {}

    void record(qint64 keyId, const QDateTime &at);
    // Writes what was counted since the last flush; on failure the counts are
    // kept for the next attempt.
    Result<Ok, StoreError> flush();

private:
    ApiKeyRepository m_keys;
    QMutex m_mutex;
    QHash<qint64, ApiKeyRepository::Usage> m_pending;
};

} // namespace keyward
