#!/bin/sh
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Renders the desktop console over sample data to docs/screenshot.png (or
# the path given), under a virtual X server so it runs headless and looks
# like a real desktop session rather than the offscreen test platform.
#
#   tests/gui/screenshot.sh [OUTPUT.png [keys|users|audit|server|new-key|reveal]]
#
# KEYWARD_BUILD_DIR picks the build tree (default: build/dev).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${KEYWARD_BUILD_DIR:-$root/build/dev}
output=${1:-$root/docs/screenshot.png}
tab=${2:-keys}

if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y xvfb xauth
    else
        echo "screenshot.sh: needs xvfb-run and xauth (Debian: apt-get install xvfb xauth)" >&2
        exit 1
    fi
fi

cmake --build "$build" --target keyward_screenshot
mkdir -p "$(dirname "$output")"
case $output in
    /*) ;;
    *) output=$(pwd)/$output ;;
esac
# A session of its own: no desktop settings, the Fusion style, the default
# light palette; logs of the embedded server stay quiet.
env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE QT_QPA_PLATFORM=xcb \
    QT_LOGGING_RULES="keyward.access.info=false" \
    xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/tests/gui/keyward_screenshot" "$output" "$tab"
