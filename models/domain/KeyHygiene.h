// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Sentence.h"
#include "entities/ApiKey.h"
#include "store/ApiKeyRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace keyward {

// What an operator should look at in a key before it becomes a problem:
// it expires soon, it was never used, it has gone idle, or it can change
// things from anywhere. Judged from the row alone, so any list of keys can
// be reviewed. Only active keys are judged; tenant keys, publishable and
// rotated rather than expired, only for being wide open (they never are).
namespace KeyHygiene {

enum class Concern { ExpiringSoon, NeverUsed, Idle, WideOpen };

struct Settings {
    int expiringWithinDays = 14;
    int neverUsedAfterDays = 7;
    int idleAfterDays = 30;
};

struct Finding {
    Concern concern;
    Sentence reason; // for people: "expires in 3 days", "unused for 45 days", ...
};

// "expiring-soon", "never-used", "idle", "wide-open".
QString concernName(Concern concern);
// Permissions that change things: write, admin, anything ending in
// ":write" or ":admin", and "*".
bool changesThings(const QString &permission);
QList<Finding> review(const ApiKey &key, const QDateTime &now, const Settings &settings = {});
// What the store is asked for to find, among all keys, those review()
// raises this concern about.
ApiKeyRepository::Filter::Attention attention(Concern concern, const QDateTime &now,
                                              const Settings &settings = {});

} // namespace KeyHygiene

} // namespace keyward
