#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Runs a test inside a private D-Bus session with an unlocked GNOME Keyring,
# so QtKeychain talks to a real Secret Service.
set -euo pipefail
exec dbus-run-session -- bash -c '
    export HOME=$(mktemp -d)
    echo -n keyward-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
