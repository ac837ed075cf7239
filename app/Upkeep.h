#pragma once

#include "PeriodicTask.h"

namespace keyward {
class Services;
}

// What a long-running Keyward process (the server, the console) does beside
// its work: writes batched key-use counts every 2 s and at exit, and re-reads
// the signing keys so a rotation made elsewhere (CLI, another instance) is
// followed within the refresh interval.
class Upkeep {
public:
    static constexpr int defaultSigningKeyRefreshSeconds = 10;

    explicit Upkeep(keyward::Services &services,
                    int signingKeyRefreshSeconds = defaultSigningKeyRefreshSeconds);

private:
    PeriodicTask m_usageFlush;
    PeriodicTask m_signingKeyRefresh;
};
