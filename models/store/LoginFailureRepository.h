#pragma once

#include "Result.h"
#include "store/StoreError.h"

#include <QStringList>

namespace keyward {

class Database;

// The login_failures table: recent failed logins per subject (a digest of an
// account or a source address), shared by every instance on the store.
// Times are epoch milliseconds.
class LoginFailureRepository {
public:
    explicit LoginFailureRepository(const Database &database)
        : m_database(database)
    {}

    // The latest time any of the subjects is blocked until, counting only
    // failures at or after `since`; 0 when none is.
    Result<qint64, StoreError> blockedUntil(const QStringList &subjects, qint64 since) const;
    // Counts one failure at `at` in one atomic statement, starting over when
    // the previous one was before `since`; the failures counted so far.
    Result<qint64, StoreError> countFailure(const QString &subject, qint64 at, qint64 since) const;
    // Blocks the subject until `until`, unless it already is for longer.
    Result<Ok, StoreError> block(const QString &subject, qint64 until) const;
    Result<Ok, StoreError> forget(const QString &subject) const;
    // Removes every subject whose last failure was before `before`.
    Result<Ok, StoreError> forgetBefore(qint64 before) const;

private:
    const Database &m_database;
};

} // namespace keyward
