#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Command 2 of the README: install what is missing, build, and run the whole
# test suite (unit, HTTP and PostgreSQL tests; the PostgreSQL tests start and
# stop their own throwaway cluster).
#   --full   also the sanitizer build (ASan + UBSan) of the whole suite, a
#            smoke run of the fuzz targets (tests/fuzz/run.sh), and the
#            packages with their installation and nginx proof, and the
#            headless server build (KEYWARD_GUI=OFF)
set -euo pipefail
cd "$(dirname "$0")/.."
full=no
for argument in "$@"; do
    case "$argument" in
        --full) full=yes ;;
        *) echo "usage: scripts/test.sh [--full]" >&2; exit 2 ;;
    esac
done

if [[ $full == yes ]]; then
    scripts/setup.sh --full
else
    scripts/setup.sh --test
fi
jobs=$(nproc)

run_suite() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
}

# The tree is clang-formatted; name the files that are not.
if ! git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror 2>/dev/null; then
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run 2>&1 | grep -o '^[^:]*\.\(cpp\|h\)' | sort -u | sed 's/^/not clang-formatted: /' >&2
    exit 1
fi
run_suite dev
if [[ $full == yes ]]; then
    run_suite asan
    # Every libFuzzer target for 20 s on its seed corpus (clang, ASan + UBSan).
    tests/fuzz/run.sh
    # Build the .deb and .tar.gz and prove them: lintian, desktop/AppStream
    # validation, install, serve, nginx with TLS and the trusted proxy.
    tests/packaging/check.sh
    # The server without the console (KEYWARD_GUI=OFF): no GUI library
    # linked, and the executable's own tests pass against it.
    tests/headless/check.sh
fi
