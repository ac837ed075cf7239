#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and start Keyward
# on its embedded SQLite default. Extra arguments go to `keyward serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target keyward
exec build/release/app/keyward serve "$@"
