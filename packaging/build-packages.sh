#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Builds the Keyward packages: the .deb (Debian 12) and a relocatable .tar.gz.
# Configures the `release` preset, builds the executable and the packaging
# files, runs cpack. Results in build/release/packages/:
#   keyward_<version>-<revision>_<arch>.deb
#   keyward-<version>-linux-<processor>.tar.gz
# Installs missing build tools first (as root, or with sudo available).
#   packaging/build-packages.sh
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

cmake --preset release >/dev/null
cmake --build --preset release --target keyward keyward_packaging_files -j "$(nproc)"

out=build/release/packages
rm -rf "$out"
(cd build/release && cpack --config CPackConfig.cmake -G "DEB;TGZ")
rm -rf "$out/_CPack_Packages"
ls -l "$out"
