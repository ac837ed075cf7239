#include "Upkeep.h"

#include "domain/Services.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(upkeepLog, "keyward.upkeep")

constexpr int usageFlushMs = 2000;

} // namespace

Upkeep::Upkeep(keyward::Services &services, int signingKeyRefreshSeconds)
    : m_usageFlush([&services] { services.usage.flush(); }, usageFlushMs, PeriodicTask::AtExit::Run)
    , m_signingKeyRefresh(
          [&services] {
              const auto reloaded = services.signingKeys.reload();
              if (!reloaded)
                  qCWarning(upkeepLog, "signing keys not refreshed: %s",
                            qUtf8Printable(reloaded.error()));
              else if (*reloaded)
                  qCInfo(upkeepLog, "signing keys changed: now signing with %s",
                         qUtf8Printable(services.signingKeys.snapshot()->kids.first()));
          },
          signingKeyRefreshSeconds * 1000)
{}
