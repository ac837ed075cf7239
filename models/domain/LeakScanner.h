// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/DomainError.h"
#include "store/ApiKeyRepository.h"
#include "store/StoreError.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

struct Actor;
class AuditLog;
class Clock;
class KeyService;

// Finds Keyward's secrets where they should not be: walks files and
// directories for strings in the checksummed key formats (ak_…, sk_…),
// reports each with a valid checksum — a string whose checksum fails is not
// a key — and says from the store what it is now. Never keeps a secret
// beyond the lookup: findings hold the masked prefix only.
class LeakScanner {
public:
    enum class Status { Live, Disabled, Deleted, Expired, Unknown };
    static QString statusName(Status status);

    struct Finding {
        QString file;
        qint64 line = 0;   // 1-based
        qint64 column = 0; // 1-based, in bytes
        QByteArray masked; // the display prefix and a mask
        Status status = Status::Unknown;
        std::optional<qint64> keyId; // unless Unknown
        std::optional<qint64> tenantId;
        QString label;
        QString commit;    // where history scanning first met it
        QByteArray digest; // what tells findings of one key apart; never printed
    };
    // Where a key starts in a text, 0-based byte offset, and the key.
    struct Candidate {
        qsizetype offset = 0;
        QByteArrayView key;
    };

    LeakScanner(const Database &database, const Clock &clock);

    // The checksummed keys in one text, not glued to other key characters.
    static QList<Candidate> candidates(QByteArrayView text);
    // Every key in the regular files under `paths` (a path may be a file),
    // in path order. Skips binary files (a NUL in the first 8 KiB), `.git`
    // directories and every symbolic link. Unreadable files are listed in
    // `skipped` when given.
    Result<QList<Finding>, StoreError> scan(const QStringList &paths,
                                            QStringList *skipped = nullptr) const;

    // Each key the history of a git repository ever added, at the commit
    // that first added it; a message when git cannot read it or the store
    // fails.
    Result<QList<Finding>, QString> scanHistory(const QString &repository) const;

    // The keys in one text, reported as in `file` from line `firstLine`.
    Result<QList<Finding>, StoreError> scanText(QByteArrayView text, const QString &file,
                                                qint64 firstLine = 1) const;

    // Where a finding is, for people and the audit log: "file:line", or
    // "commit <hash> file:line" from history.
    static QString placeOf(const Finding &finding);
    // Disables the live key of a finding and records an apikey.leak audit
    // event naming where it was found.
    static Outcome<ApiKey> revoke(const KeyService &keys, const AuditLog &audit, const Actor &actor,
                                  const Finding &finding);

    struct Revocation {
        QSet<qint64> revoked; // the keys disabled
        QStringList failures; // for people: which key, where found, why not
    };
    // revoke() for each live key among the findings, once per key.
    static Revocation revokeLive(const QList<Finding> &findings, const KeyService &keys,
                                 const AuditLog &audit, const Actor &actor);
    // The findings of the keys revoked then read Disabled.
    static void markRevoked(QList<Finding> &findings, const Revocation &revocation);

private:
    Result<QList<Finding>, StoreError> scanFile(const QString &path, QStringList *skipped) const;
    Result<Finding, StoreError> identify(QByteArrayView key) const;

    ApiKeyRepository m_keys;
    const Clock &m_clock;
    mutable QHash<QByteArray, Finding> m_known; // by digest: a key seen twice is looked up once
};

} // namespace keyward
