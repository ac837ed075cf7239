#include "domain/LoginThrottle.h"

#include "crypto/Digest.h"

namespace keyward {

namespace {

QString accountSubject(const QString &account)
{
    return QString::fromLatin1(Digest::sha256Hex("account:" + account.toLower().toUtf8()));
}

QString addressSubject(const QString &address)
{
    return QString::fromLatin1(Digest::sha256Hex("address:" + address.toUtf8()));
}

} // namespace

LoginThrottle::LoginThrottle(const Database &database)
    : LoginThrottle(database, Policy{})
{}

LoginThrottle::LoginThrottle(const Database &database, Policy policy)
    : m_failures(database)
    , m_policy(policy)
{}

Result<LoginThrottle::Decision, StoreError>
LoginThrottle::check(const QString &account, const QString &address, const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto until = m_failures.blockedUntil({accountSubject(account), addressSubject(address)},
                                         resetBefore(nowMs));
    if (!until)
        return until.error();
    if (*until <= nowMs)
        return Decision{};
    return Decision{false, qMax<qint64>(1, (*until - nowMs + 999) / 1000)};
}

Result<Ok, StoreError> LoginThrottle::fail(const QString &subject, int allowed, qint64 nowMs) const
{
    auto failures = m_failures.countFailure(subject, nowMs, resetBefore(nowMs));
    if (!failures)
        return failures.error();
    const qint64 excess = *failures - allowed;
    if (excess < 0)
        return Ok{};
    const qint64 delay = excess >= 20
                             ? m_policy.maxDelaySeconds
                             : qMin(m_policy.maxDelaySeconds, m_policy.firstDelaySeconds << excess);
    return m_failures.block(subject, nowMs + delay * 1000);
}

Result<Ok, StoreError> LoginThrottle::recordFailure(const QString &account, const QString &address,
                                                    const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto stale = m_failures.forgetBefore(resetBefore(nowMs)); !stale)
        return stale.error();
    if (auto counted = fail(accountSubject(account), m_policy.accountFailuresAllowed, nowMs);
        !counted)
        return counted;
    return fail(addressSubject(address), m_policy.addressFailuresAllowed, nowMs);
}

Result<Ok, StoreError> LoginThrottle::recordSuccess(const QString &account) const
{
    return m_failures.forget(accountSubject(account));
}

} // namespace keyward
