#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Command 1 of the README: install what is missing, build, and start Keyward
# on its embedded SQLite default: the desktop console with its server where
# there is a display, `keyward serve` where there is none. Extra arguments go
# to whichever starts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target keyward
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/release/app/keyward "$@"
fi
exec build/release/app/keyward serve "$@"
