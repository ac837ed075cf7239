#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# The headless build (preset `headless`, KEYWARD_GUI=OFF): a keyward that
# links neither Qt Widgets nor Qt Gui nor QtKeychain, says so when asked for
# the console, and passes the tests that drive the executable as a server
# and as a command-line tool (built by the dev preset, pointed at this
# binary through KEYWARD_BINARY).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset headless >/dev/null
cmake --build --preset headless -j "$(nproc)"
binary=$PWD/build/headless/app/keyward

if ldd "$binary" | grep -E 'libQt6(Widgets|Gui)|keychain'; then
    echo "headless: $binary links a GUI or keychain library (above)" >&2
    exit 1
fi
status=0
message=$(DISPLAY=:0 "$binary" 2>&1) || status=$?
if [[ $status -ne 2 || $message != *"built without the desktop console"* ]]; then
    echo "headless: keyward without a command answered $status: $message" >&2
    exit 1
fi
"$binary" --help | grep -q "not in this build" || { echo "headless: --help claims a console" >&2; exit 1; }

cmake --build --preset dev -j "$(nproc)" --target TestServeCommand TestAdminCli TestInsightCommands \
    TestServeLimits TestCrashSafety
export KEYWARD_BINARY=$binary KEYWARD_TEST_BACKEND=sqlite QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES=keyward.access.info=false
for test in http/TestServeCommand http/TestAdminCli http/TestInsightCommands \
    http/TestServeLimits http/TestCrashSafety; do
    echo "headless: $test"
    "build/dev/tests/$test" -silent
done
echo "headless: the server build passes"
