#!/usr/bin/env bash
# Throughput of the hot path — exchanging an API key for a JWT — against a
# reference measured in the same run on the same server: GET /healthz, which
# goes through the same HTTP stack, worker pool and database connection but
# does no key work. Absolute numbers on a shared machine mean little; the
# ratio token/healthz is what to compare between commits. A third series
# exchanges a key with a rate limit (set far above what the run can reach):
# its budget is counted in the database, one upsert per use, so the ratio
# limited/token is the price of a limit shared by every instance.
#   bench/run.sh [rounds] [seconds]   (defaults: 5 rounds of 5 s)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-5}

scripts/setup.sh
command -v wrk >/dev/null || { sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo); "${sudo[@]}" apt-get install -y -qq wrk; }
cmake --preset release >/dev/null
cmake --build --preset release --target keyward >/dev/null

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
build/release/app/keyward serve --db "$work/bench.sqlite" --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
key=$(curl -sf "http://127.0.0.1:$port/api/ApiKey/1/apikey" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["key"])')
limited=$(build/release/app/keyward key create --db "$work/bench.sqlite" --name limited \
    --permission token:generate --rate-limit 1000000000 2>/dev/null | tail -n 1)

measure() { # path [header] -> requests per second
    wrk -t2 -c32 -d"${seconds}s" ${2:+-H "$2"} "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

reference=() token=() limit=()
for round in $(seq "$rounds"); do
    reference+=("$(measure /healthz)")
    token+=("$(measure /api/Token/generate-from-apikey "x-api-key: $key")")
    limit+=("$(measure /api/Token/generate-from-apikey "x-api-key: $limited")")
    echo "round $round: healthz ${reference[-1]}, token exchange ${token[-1]}, rate-limited key ${limit[-1]} req/s"
done
ref=$(printf '%s\n' "${reference[@]}" | median)
tok=$(printf '%s\n' "${token[@]}" | median)
lim=$(printf '%s\n' "${limit[@]}" | median)
echo "median: healthz $ref, token exchange $tok, rate-limited key $lim req/s"
echo "ratios: token/healthz $(python3 -c "print(round($tok/$ref, 3))"), limited/token $(python3 -c "print(round($lim/$tok, 3))")"
