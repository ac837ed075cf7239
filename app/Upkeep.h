// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PeriodicTask.h"

namespace keyward {
class Services;
}

// How often the upkeep looks for signing keys rotated elsewhere, and how
// long it keeps key usage.
struct UpkeepSettings {
    static constexpr int defaultSigningKeyRefreshSeconds = 10;
    int signingKeyRefreshSeconds = defaultSigningKeyRefreshSeconds;
    int usageRetentionDays = 90;
};

// What a long-running Keyward process (the server, the console) does beside
// its work: writes batched key-use counts every 2 s and at exit (and gives
// the memory that frees back to the system), re-reads the signing keys so a
// rotation made elsewhere (CLI, another instance) is followed within the
// refresh interval, and every hour forgets key usage older than the
// retention.
class Upkeep {
public:
    using Settings = UpkeepSettings;

    explicit Upkeep(keyward::Services &services, const Settings &settings = {});

private:
    PeriodicTask m_usageFlush;
    PeriodicTask m_signingKeyRefresh;
    PeriodicTask m_usagePrune;
};
