// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/LoginFailureRepository.h"

#include <QDateTime>

namespace keyward {

// Slows down password guessing: after a few failed logins for one account,
// or many from one source address, further attempts are refused for a delay
// that doubles with each new failure (capped), whatever the password. Each
// attempt is counted before its password is judged, in one write
// transaction, so however many arrive at once no more are judged than the
// policy allows. Counted in the store, so every instance sharing it applies
// the same back-off; an idle entry is forgotten after the reset window.
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

    // Admits one attempt to be judged, counting it as a failure of the
    // account and the address until recordSuccess() says otherwise; an
    // attempt refused here is not counted.
    Result<Decision, StoreError> admit(const QString &account, const QString &address,
                                       const QDateTime &now) const;
    // The admitted attempt was right: the account starts over, and the
    // attempt no longer counts against its address.
    Result<Ok, StoreError> recordSuccess(const QString &account, const QString &address,
                                         const QDateTime &now) const;

private:
    using Entry = LoginFailureRepository::Entry;
    Entry withAttempt(const std::optional<Entry> &entry, int allowed, qint64 nowMs) const;
    qint64 resetBefore(qint64 nowMs) const { return nowMs - m_policy.resetAfterSeconds * 1000; }

    const Database &m_database;
    LoginFailureRepository m_failures;
    Policy m_policy;
};

} // namespace keyward
