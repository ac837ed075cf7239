// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/LoginThrottle.h"

#include "crypto/Digest.h"
#include "store/Database.h"
#include "store/Sql.h"

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

// Login attempts are counted one transaction at a time across every
// instance: few, and each far shorter than judging a password.
Result<Ok, StoreError> lockAttempts(const Database &database)
{
    QSqlDatabase connection = database.connection();
    if (!database.dialect().lock(connection, SqlDialect::Lock::LoginAttempts))
        return StoreError::failure(QStringLiteral("cannot lock login attempts"));
    return Ok{};
}

} // namespace

LoginThrottle::LoginThrottle(const Database &database)
    : LoginThrottle(database, Policy{})
{}

LoginThrottle::LoginThrottle(const Database &database, Policy policy)
    : m_database(database)
    , m_failures(database)
    , m_policy(policy)
{}

LoginThrottle::Entry LoginThrottle::withAttempt(const std::optional<Entry> &entry, int allowed,
                                                qint64 nowMs) const
{
    Entry counted{entry ? entry->failures + 1 : 1, entry ? entry->blockedUntil : 0};
    const qint64 excess = counted.failures - allowed;
    if (excess >= 0) {
        const qint64 delay =
            excess >= 20 ? m_policy.maxDelaySeconds
                         : qMin(m_policy.maxDelaySeconds, m_policy.firstDelaySeconds << excess);
        counted.blockedUntil = qMax(counted.blockedUntil, nowMs + delay * 1000);
    }
    return counted;
}

Result<LoginThrottle::Decision, StoreError>
LoginThrottle::admit(const QString &account, const QString &address, const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return StoreError::failure(QStringLiteral("cannot begin a transaction"));
    if (auto locked = lockAttempts(m_database); !locked)
        return locked.error();
    if (auto stale = m_failures.forgetBefore(resetBefore(nowMs)); !stale)
        return stale.error();
    const QString subjects[] = {accountSubject(account), addressSubject(address)};
    const int allowed[] = {m_policy.accountFailuresAllowed, m_policy.addressFailuresAllowed};
    std::optional<Entry> entries[2];
    qint64 blockedUntil = 0;
    for (int i = 0; i < 2; ++i) {
        auto found = m_failures.find(subjects[i], resetBefore(nowMs));
        if (!found)
            return found.error();
        entries[i] = *found;
        if (entries[i])
            blockedUntil = qMax(blockedUntil, entries[i]->blockedUntil);
    }
    Decision decision;
    if (blockedUntil > nowMs) {
        decision = {false, qMax<qint64>(1, (blockedUntil - nowMs + 999) / 1000)};
    } else {
        for (int i = 0; i < 2; ++i) {
            if (auto saved =
                    m_failures.save(subjects[i], withAttempt(entries[i], allowed[i], nowMs), nowMs);
                !saved)
                return saved.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return decision;
}

Result<Ok, StoreError> LoginThrottle::recordSuccess(const QString &account, const QString &address,
                                                    const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return StoreError::failure(QStringLiteral("cannot begin a transaction"));
    if (auto locked = lockAttempts(m_database); !locked)
        return locked;
    if (auto forgotten = m_failures.forget(accountSubject(account)); !forgotten)
        return forgotten;
    const QString subject = addressSubject(address);
    auto found = m_failures.find(subject, resetBefore(nowMs));
    if (!found)
        return found.error();
    if (*found && (*found)->failures > 0) {
        Entry entry = **found;
        --entry.failures;
        // A block only this attempt brought about goes with it.
        if (entry.failures < m_policy.addressFailuresAllowed)
            entry.blockedUntil = 0;
        if (auto saved = m_failures.save(subject, entry, nowMs); !saved)
            return saved;
    }
    return transaction.commit();
}

} // namespace keyward
