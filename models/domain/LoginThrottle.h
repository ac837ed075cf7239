#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace keyward {

// Slows down password guessing: after a few failed logins for one account,
// or many from one source address, further attempts are refused for a delay
// that doubles with each new failure (capped), whatever the password. Memory
// only, per process; an idle entry is forgotten after the reset window.
class LoginThrottle {
public:
    struct Policy {
        int accountFailuresAllowed = 5;
        int addressFailuresAllowed = 20;
        qint64 firstDelaySeconds = 1;
        qint64 maxDelaySeconds = 900;
        qint64 resetAfterSeconds = 900;
    };
    struct Decision {
        bool allowed = true;
        qint64 retryAfterSeconds = 0;
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Policy policy)
        : m_policy(policy)
    {}

    Decision check(const QString &account, const QString &address, const QDateTime &now);
    void recordFailure(const QString &account, const QString &address, const QDateTime &now);
    void recordSuccess(const QString &account);

private:
    struct Entry {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime blockedUntil;
    };
    void fail(QHash<QString, Entry> &entries, const QString &key, int allowed,
              const QDateTime &now);
    qint64 remaining(QHash<QString, Entry> &entries, const QString &key, const QDateTime &now);

    Policy m_policy;
    QMutex m_mutex;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
};

} // namespace keyward
