#!/usr/bin/env bash
# Keyward's serving figures against references measured in the same run on
# the same machine (absolute numbers on a shared machine mean little; the
# ratios are what to compare between commits):
#   - bench/baseline: a bare QHttpServer that answers a fixed /healthz, and a
#     key → HS256 JWT exchange with a hash-table lookup and one HMAC — the
#     least a key server must do on this Qt;
#   - Keyward's GET /healthz (a store round trip) against the bare hello world;
#   - Keyward's key → JWT exchange against the bare exchange, and its p99;
#   - a key with a rate limit (set far above what the run reaches), whose
#     budget is counted in the store, against an unlimited key;
#   - the exchange with one event loop against one per core (--event-loops).
#   bench/run.sh [rounds] [seconds]   (defaults: 5 rounds of 5 s)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-5}

scripts/setup.sh
command -v wrk >/dev/null || { sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo); "${sudo[@]}" apt-get install -y -qq wrk; }
cmake --preset release >/dev/null
cmake --build --preset release --target keyward keyward-bench-baseline >/dev/null

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
base_port=$((port + 1))
one_loop_port=$((port + 2))
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
build/release/app/keyward serve --db "$work/bench.sqlite" --port "$port" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
key=$(curl -sf "http://127.0.0.1:$port/api/ApiKey/1/apikey" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["key"])')
limited=$(build/release/app/keyward key create --db "$work/bench.sqlite" --name limited \
    --permission token:generate --rate-limit 1000000000 2>/dev/null | tail -n 1)
build/release/app/keyward serve --db "$work/bench.sqlite" --port "$one_loop_port" --event-loops 1 \
    >"$work/server-one-loop.log" 2>&1 &
pids+=($!)
build/release/bench/keyward-bench-baseline "$base_port" <<<"$key" >"$work/baseline.log" 2>&1 &
pids+=($!)
for p in "$base_port" "$one_loop_port"; do
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 0.1; done
done

# port path [header] -> "requests/s p99-ms"
measure() {
    wrk -t1 -c32 -d"${seconds}s" --latency ${3:+-H "$3"} "http://127.0.0.1:$1$2" | awk '
        /Requests\/sec/ {rps = $2}
        $1 == "99%" {v = $2; ms = v + 0; if (v ~ /us$/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) ms *= 1000; p99 = ms}
        END {print rps, p99}'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { python3 -c "print(round($1/$2, 3))"; }

declare -A rps p99
series=(hello healthz bare token limited oneloop)
for round in $(seq "$rounds"); do
    read -r r p < <(measure "$base_port" /healthz); rps[hello]+="$r "; p99[hello]+="$p "
    read -r r p < <(measure "$port" /healthz); rps[healthz]+="$r "; p99[healthz]+="$p "
    read -r r p < <(measure "$base_port" /api/Token/generate-from-apikey "x-api-key: $key"); rps[bare]+="$r "; p99[bare]+="$p "
    read -r r p < <(measure "$port" /api/Token/generate-from-apikey "x-api-key: $key"); rps[token]+="$r "; p99[token]+="$p "
    read -r r p < <(measure "$port" /api/Token/generate-from-apikey "x-api-key: $limited"); rps[limited]+="$r "; p99[limited]+="$p "
    read -r r p < <(measure "$one_loop_port" /api/Token/generate-from-apikey "x-api-key: $key"); rps[oneloop]+="$r "; p99[oneloop]+="$p "
    line="round $round:"
    for s in "${series[@]}"; do line+=" $s $(awk '{print $NF}' <<<"${rps[$s]}")"; done
    echo "$line req/s"
done
declare -A med medp99
for s in "${series[@]}"; do
    med[$s]=$(tr ' ' '\n' <<<"${rps[$s]}" | grep . | median)
    medp99[$s]=$(tr ' ' '\n' <<<"${p99[$s]}" | grep . | median)
done
echo "median req/s (p99 ms): bare hello ${med[hello]} (${medp99[hello]}), healthz ${med[healthz]} (${medp99[healthz]}),"
echo "  bare exchange ${med[bare]} (${medp99[bare]}), token exchange ${med[token]} (${medp99[token]}), rate-limited key ${med[limited]} (${medp99[limited]}),"
echo "  token exchange on one event loop ${med[oneloop]} (${medp99[oneloop]}); $(nproc) cores, one of them driving wrk"
echo "ratios: healthz/bare hello $(ratio "${med[healthz]}" "${med[hello]}"), token/bare exchange $(ratio "${med[token]}" "${med[bare]}"), limited/token $(ratio "${med[limited]}" "${med[token]}"),"
echo "  one event loop/bare exchange $(ratio "${med[oneloop]}" "${med[bare]}"), per-core loops/one loop $(ratio "${med[token]}" "${med[oneloop]}")"
