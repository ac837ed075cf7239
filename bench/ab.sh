#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# A/B of two Keyward builds on the cache-defeating load: one store of
# 1,000,000 keys (filled once, one copy per build), then rounds that
# alternate the builds, each serving exchanges spread over 200,000 keys
# (`wrk -t1 -c32`) and reporting req/s, p99, and resident and anonymous
# memory afterwards. A first round per build warms the page cache and is
# shown apart. What it answers: did a change cost throughput or memory?
#   bench/ab.sh A_BINARY B_BINARY [rounds] [seconds]   (defaults: 2 rounds of 40 s)
# Build A from another commit with e.g.
#   git worktree add /tmp/a COMMIT && cmake --preset release -S /tmp/a &&
#   cmake --build /tmp/a/build/release --target keyward
# Set MALLOC_ARENA_MAX or other variables in front to pass them to both.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$(realpath "${1:?usage: bench/ab.sh A_BINARY B_BINARY [rounds] [seconds]}")
b=$(realpath "${2:?usage: bench/ab.sh A_BINARY B_BINARY [rounds] [seconds]}")
rounds=${3:-2}
seconds=${4:-40}

command -v wrk >/dev/null || { sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo); "${sudo[@]}" apt-get install -y -qq wrk; }
cmake --preset release >/dev/null
cmake --build --preset release --target keyward-bench-keys >/dev/null

work=$(mktemp -d)
export HOME=$work KEYWARD_MASTER_KEY=${KEYWARD_MASTER_KEY:-$(openssl rand -hex 32)}
port=$((20000 + RANDOM % 20000))
server=
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# The older build makes the store: the newer one migrates its own copy.
echo "filling a store with 1,000,000 keys"
"$a" key create --db "$work/a.sqlite" --name template --permission token:generate >/dev/null 2>&1
template=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT max(id) FROM api_keys WHERE kind = 'secret'\").fetchone()[0])" "$work/a.sqlite")
build/release/bench/keyward-bench-keys "$work/a.sqlite" "$template" 1000000 >"$work/keys"
cp "$work/a.sqlite" "$work/b.sqlite"

run() { # label binary store
    "$2" serve --db "$work/$3.sqlite" --port "$port" >"$work/$1.log" 2>&1 &
    server=$!
    for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    local report
    report=$(KEYS=200000 KEY_FILE=$work/keys wrk -t1 -c32 -d"${seconds}s" --latency \
        -s bench/random-key.lua "http://127.0.0.1:$port/api/Token/generate-from-apikey")
    printf '%-8s %9s req/s  p99 %-9s resident %6s MB  anonymous %6s MB\n' "$1" \
        "$(awk '/Requests\/sec/ {print $2}' <<<"$report")" "$(awk '$1 == "99%" {print $2}' <<<"$report")" \
        "$(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$server/status")" \
        "$(awk '/^RssAnon:/ {printf "%.1f", $2 / 1024}' "/proc/$server/status")"
    kill -TERM "$server"
    wait "$server" || { echo "bench: $1 exited non-zero:" >&2; tail -n 20 "$work/$1.log" >&2; exit 1; }
    server=
}
echo "A: $a"
echo "B: $b"
run warm-A "$a" a
run warm-B "$b" b
for round in $(seq "$rounds"); do
    run "A-$round" "$a" a
    run "B-$round" "$b" b
done
