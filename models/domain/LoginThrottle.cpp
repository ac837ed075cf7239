#include "domain/LoginThrottle.h"

namespace keyward {

qint64 LoginThrottle::remaining(QHash<QString, Entry> &entries, const QString &key,
                                const QDateTime &now)
{
    auto entry = entries.find(key);
    if (entry == entries.end())
        return 0;
    if (entry->lastFailure.secsTo(now) > m_policy.resetAfterSeconds) {
        entries.erase(entry);
        return 0;
    }
    if (!entry->blockedUntil.isValid() || entry->blockedUntil <= now)
        return 0;
    return qMax<qint64>(1, (now.msecsTo(entry->blockedUntil) + 999) / 1000);
}

LoginThrottle::Decision LoginThrottle::check(const QString &account, const QString &address,
                                             const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const qint64 wait =
        qMax(remaining(m_accounts, account.toLower(), now), remaining(m_addresses, address, now));
    return {wait == 0, wait};
}

void LoginThrottle::fail(QHash<QString, Entry> &entries, const QString &key, int allowed,
                         const QDateTime &now)
{
    Entry &entry = entries[key];
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > m_policy.resetAfterSeconds)
        entry = Entry{};
    ++entry.failures;
    entry.lastFailure = now;
    const int excess = entry.failures - allowed;
    if (excess < 0)
        return;
    const qint64 delay = excess >= 20
                             ? m_policy.maxDelaySeconds
                             : qMin(m_policy.maxDelaySeconds, m_policy.firstDelaySeconds << excess);
    entry.blockedUntil = now.addSecs(delay);
}

void LoginThrottle::recordFailure(const QString &account, const QString &address,
                                  const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    fail(m_accounts, account.toLower(), m_policy.accountFailuresAllowed, now);
    fail(m_addresses, address, m_policy.addressFailuresAllowed, now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_accounts.remove(account.toLower());
}

} // namespace keyward
