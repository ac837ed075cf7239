#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# The console's key list over a tenant of 100,000 keys (issue 15's budget:
# first page <= 1 s, a search <= 100 ms, a sort by any column <= 200 ms, the
# end of the list <= 200 ms): a QtTest benchmark on the release build,
# each figure the median of `runs` runs (default 5).
#   bench/console.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cmake --preset release >/dev/null
cmake --build --preset release --target keyward-bench-console >/dev/null
build/release/bench/keyward-bench-console -median "$runs" | grep -E '^(RESULT|FAIL|PASS|Totals)' -A1 |
    grep -v '^--$'
