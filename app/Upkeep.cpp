// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Upkeep.h"

#include "Allocator.h"
#include "domain/Services.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(upkeepLog, "keyward.upkeep")

constexpr int usageFlushMs = 2000;
constexpr int usagePruneMs = 3600 * 1000;

} // namespace

Upkeep::Upkeep(keyward::Services &services, const Settings &settings)
    : m_usageFlush(
          [&services] {
              if (const auto flushed = services.usage.flush(); !flushed)
                  qCWarning(upkeepLog, "key usage not written yet: %s",
                            qUtf8Printable(flushed.error().detail));
              // A flush under load spread over many keys builds and frees the
              // counts of tens of thousands of keys, on a thread of its own:
              // glibc keeps what a thread frees in that thread's arena.
              Allocator::returnFreedMemory();
          },
          usageFlushMs, PeriodicTask::AtExit::Run)
    , m_signingKeyRefresh(
          [&services] {
              const auto reloaded = services.signingKeyRing.reload();
              if (!reloaded)
                  qCWarning(upkeepLog, "signing keys not refreshed: %s",
                            qUtf8Printable(reloaded.error()));
              else if (*reloaded)
                  qCInfo(upkeepLog, "signing keys changed: now signing with %s",
                         qUtf8Printable(services.signingKeyRing.snapshot()->kids.first()));
          },
          settings.signingKeyRefreshSeconds * 1000)
    , m_usagePrune(
          [&services, days = settings.usageRetentionDays] {
              if (const auto pruned = services.usage.prune(services.clock->now(), days); !pruned)
                  qCWarning(upkeepLog, "old key usage not pruned: %s",
                            qUtf8Printable(pruned.error().detail));
          },
          usagePruneMs)
{}
