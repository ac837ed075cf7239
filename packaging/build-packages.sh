#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Builds the Keyward packages, each as a .deb (Debian 12) and a relocatable
# .tar.gz: `keyward` (the console with the server) from the `release` preset,
# `keyward-server` (no GUI library) from the `headless` preset. For each:
# configure, build the executable and the packaging files, run cpack.
# Results in build/release/packages/ and build/headless/packages/:
#   keyward_<version>-<revision>_<arch>.deb           keyward-server_...deb
#   keyward-<version>-linux-<processor>.tar.gz        keyward-server-...tar.gz
# Installs missing build tools first (as root, or with sudo available).
#   packaging/build-packages.sh [release|headless]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# What cpack needs beyond the build: dpkg-shlibdeps (dpkg-dev) and file for
# the dependencies, rsvg-convert for the PNG icons.
missing=()
for tool in dpkg-shlibdeps:dpkg-dev file:file rsvg-convert:librsvg2-bin gzip:gzip; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    echo "build-packages: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

presets=("$@")
[[ ${#presets[@]} -gt 0 ]] || presets=(release headless)
for preset in "${presets[@]}"; do
    case $preset in
        release | headless) ;;
        *) echo "usage: packaging/build-packages.sh [release|headless]" >&2; exit 2 ;;
    esac
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --target keyward keyward_packaging_files -j "$(nproc)"
    out=build/$preset/packages
    rm -rf "$out"
    (cd "build/$preset" && cpack --config CPackConfig.cmake -G "DEB;TGZ")
    rm -rf "$out/_CPack_Packages"
    ls -l "$out"
done
