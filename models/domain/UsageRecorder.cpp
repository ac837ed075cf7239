#include "domain/UsageRecorder.h"

namespace keyward {

namespace {

void mergeInto(QHash<qint64, ApiKeyRepository::Usage> &pending,
               const ApiKeyRepository::Usage &usage)
{
    auto &entry = pending[usage.keyId];
    entry.keyId = usage.keyId;
    entry.uses += usage.uses;
    if (!entry.lastUsedAt.isValid() || entry.lastUsedAt < usage.lastUsedAt)
        entry.lastUsedAt = usage.lastUsedAt;
}

} // namespace

void UsageRecorder::record(qint64 keyId, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    mergeInto(m_pending, {keyId, at, 1});
}

Result<Ok, StoreError> UsageRecorder::flush()
{
    QHash<qint64, ApiKeyRepository::Usage> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return Ok{};
    auto written = m_keys.addUsage(batch.values());
    if (!written) {
        QMutexLocker lock(&m_mutex);
        for (const auto &usage : std::as_const(batch))
            mergeInto(m_pending, usage);
    }
    return written;
}

} // namespace keyward
