#pragma once

#include "Result.h"
#include "store/LoginFailureRepository.h"

#include <QDateTime>

namespace keyward {

// Slows down password guessing: after a few failed logins for one account,
// or many from one source address, further attempts are refused for a delay
// that doubles with each new failure (capped), whatever the password. Counted
// in the store, so every instance sharing it applies the same back-off; an
// idle entry is forgotten after the reset window.
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

    explicit LoginThrottle(const Database &database);
    LoginThrottle(const Database &database, Policy policy);

    Result<Decision, StoreError> check(const QString &account, const QString &address,
                                       const QDateTime &now) const;
    Result<Ok, StoreError> recordFailure(const QString &account, const QString &address,
                                         const QDateTime &now) const;
    Result<Ok, StoreError> recordSuccess(const QString &account) const;

private:
    Result<Ok, StoreError> fail(const QString &subject, int allowed, qint64 nowMs) const;
    qint64 resetBefore(qint64 nowMs) const { return nowMs - m_policy.resetAfterSeconds * 1000; }

    LoginFailureRepository m_failures;
    Policy m_policy;
};

} // namespace keyward
