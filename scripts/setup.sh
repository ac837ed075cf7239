#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Keyward needs to build, run and test, and
# only those that are missing. Run as root or with sudo available.
#   scripts/setup.sh          build and run
#   scripts/setup.sh --test   also what the test suite needs (PostgreSQL)
#   scripts/setup.sh --full   --test, and clang with its libFuzzer and
#                             sanitizer runtimes for the fuzz targets
set -euo pipefail
mode=${1:-}

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libssl-dev libqt6svg6
    # lupdate/lrelease and their CMake functions for the console's translations;
    # Qt's own Italian for its standard buttons and dialogs.
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
)
if [[ "$mode" == "--test" || "$mode" == "--full" ]]; then
    # PostgreSQL for the store tests, nginx in front of two instances,
    # D-Bus and GNOME Keyring for the real keychain test, git for the leak
    # scanner's history test, Node.js for the OpenAPI linter (any npm will do).
    packages+=(postgresql nginx curl python3 dbus gnome-keyring git)
    # The relying-party tests: PyJWT and an OAuth 2.0 client library.
    packages+=(python3-jwt python3-cryptography python3-requests-oauthlib)
    command -v npm >/dev/null || packages+=(nodejs npm)
fi
if [[ "$mode" == "--full" ]]; then
    # tests/fuzz/run.sh: clang, libclang-rt-14-dev for libclang_rt.fuzzer /
    # asan / ubsan (only recommended by clang, so not pulled in here), and
    # llvm-14 for llvm-symbolizer's readable stack traces.
    packages+=(clang libclang-rt-14-dev llvm-14)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
