#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Lints resources/openapi.json with the Redocly CLI pinned in package-lock.json.
# Fails on any error and on any warning: the document is kept lint-clean.
# Needs the network only for the first `npm ci`; offline after that.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "lint.sh: npm not found; install nodejs and npm" >&2
    exit 1
fi

# npm ci writes node_modules/.package-lock.json; reinstall when the pinned
# lockfile (or package.json) changed since.
installed=node_modules/.package-lock.json
if [[ ! -f $installed || package-lock.json -nt $installed || package.json -nt $installed ]]; then
    npm ci --no-audit --no-fund --prefer-offline
fi

# No usage telemetry, no update check: the lint must not need the network.
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

status=0
output=$(npx --no-install redocly lint --config redocly.yaml ../../resources/openapi.json 2>&1) ||
    status=$?
printf '%s\n' "$output"
if ((status != 0)); then
    echo "lint.sh: redocly lint reported errors (exit $status)" >&2
    exit "$status"
fi
if grep -Eq 'You have [0-9]+ warnings?' <<<"$output"; then
    echo "lint.sh: redocly lint reported warnings; fix resources/openapi.json" >&2
    exit 1
fi
