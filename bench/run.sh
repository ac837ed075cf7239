#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
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
#   - the exchange with one event loop against one per core (--event-loops);
#   - RS256, ES256 and EdDSA exchanges against what one core signs per
#     second with that algorithm (`openssl speed`, same round) and against
#     the bare server signing with that algorithm;
#   - a store of 1,000,000 keys against one of 1,000, each exchanging keys
#     drawn at random from 1,000 of its own (bench/keys fills the stores);
#   - the exchange during a login storm (32 connections of wrong passwords)
#     against the undisturbed exchange;
#   - then 60 s of exchanges spread over 200,000 keys of the large store
#     (more than the verification cache holds), and the resident memory
#     after them; every server must still be running at the end. Last, the
#     same 60 s against the headless build (what the keyward-server package
#     ships), which maps no GUI library.
#   bench/run.sh [rounds] [seconds]   (defaults: 5 rounds of 5 s)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-5}

scripts/setup.sh
command -v wrk >/dev/null || { sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo); "${sudo[@]}" apt-get install -y -qq wrk; }
cmake --preset release >/dev/null
cmake --build --preset release --target keyward keyward-bench-baseline keyward-bench-keys >/dev/null
cmake --preset headless >/dev/null
cmake --build --preset headless >/dev/null
keyward=build/release/app/keyward

work=$(mktemp -d)
export HOME=$work KEYWARD_MASTER_KEY=${KEYWARD_MASTER_KEY:-$(openssl rand -hex 32)}
next_port=$((20000 + RANDOM % 20000))
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
declare -A port pid
# name store [serve options...]: starts `keyward serve` and waits until it answers.
serve() {
    local name=$1 store=$2
    shift 2
    port[$name]=$next_port
    next_port=$((next_port + 1))
    "${binary:-$keyward}" serve --db "$work/$store.sqlite" --port "${port[$name]}" "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
    pid[$name]=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:${port[$name]}/healthz" >/dev/null && return; sleep 0.1; done
    echo "bench: keyward serve ($name) did not start:" >&2; cat "$work/$name.log" >&2; exit 1
}
tenant_key() { curl -sf "http://127.0.0.1:${port[$1]}/api/ApiKey/1/apikey" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["key"])'; }
# store count: a store with `count` keys allowed to exchange, their secrets in $work/store.keys.
fill() {
    "$keyward" key create --db "$work/$1.sqlite" --name template --permission token:generate >/dev/null 2>&1
    local template
    template=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT max(id) FROM api_keys WHERE kind = 'secret'\").fetchone()[0])" "$work/$1.sqlite")
    build/release/bench/keyward-bench-keys "$work/$1.sqlite" "$template" "$2" >"$work/$1.keys"
}

serve main bench
key=$(tenant_key main)
limited=$("$keyward" key create --db "$work/bench.sqlite" --name limited \
    --permission token:generate --rate-limit 1000000000 2>/dev/null | tail -n 1)
serve oneloop bench --event-loops 1
declare -A alg_key
for alg in RS256 ES256 EdDSA; do
    serve "$alg" "$alg" --jwt-alg "$alg"
    alg_key[$alg]=$(tenant_key "$alg")
done
echo "filling a store with 1,000 keys and one with 1,000,000 (about half a minute)"
fill small 1000
fill large 1000000
serve small small
serve large large
# name key alg: a baseline server answering `key` with `alg` JWTs.
baseline() {
    port[$1]=$next_port
    next_port=$((next_port + 1))
    build/release/bench/keyward-bench-baseline "${port[$1]}" "$3" <<<"$2" >"$work/$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:${port[$1]}/healthz" >/dev/null && return; sleep 0.1; done
    echo "bench: baseline ($1) did not start:" >&2; cat "$work/$1.log" >&2; exit 1
}
baseline base "$key" HS256
for alg in RS256 ES256 EdDSA; do baseline "bare$alg" "${alg_key[$alg]}" "$alg"; done

exchange=/api/Token/generate-from-apikey
declare -A rps p99 sign
# wrk's report -> "requests/s p99-ms"
summary() {
    awk '/Requests\/sec/ {rps = $2}
        $1 == "99%" {v = $2; ms = v + 0; if (v ~ /us$/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) ms *= 1000; p99 = ms}
        END {print rps, p99}'
}
# series port path [wrk options...]: one measurement, added to the series.
measure() {
    local name=$1 url="http://127.0.0.1:$2$3" r p
    shift 3
    read -r r p < <(wrk -t1 -c32 -d"${seconds}s" --latency "$@" "$url" | summary)
    rps[$name]+="$r "
    p99[$name]+="$p "
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { python3 -c "print(round($1/$2, 3))"; }

series=(hello healthz bare token limited oneloop RS256 ES256 EdDSA bareRS256 bareES256 bareEdDSA small large storm)
for round in $(seq "$rounds"); do
    measure hello "${port[base]}" /healthz
    measure healthz "${port[main]}" /healthz
    measure bare "${port[base]}" "$exchange" -H "x-api-key: $key"
    measure token "${port[main]}" "$exchange" -H "x-api-key: $key"
    measure limited "${port[main]}" "$exchange" -H "x-api-key: $limited"
    measure oneloop "${port[oneloop]}" "$exchange" -H "x-api-key: $key"
    for alg in RS256 ES256 EdDSA; do
        measure "$alg" "${port[$alg]}" "$exchange" -H "x-api-key: ${alg_key[$alg]}"
        measure "bare$alg" "${port[bare$alg]}" "$exchange" -H "x-api-key: ${alg_key[$alg]}"
    done
    while read -r alg per_second; do sign[$alg]+="$per_second "; done < <(
        openssl speed -elapsed -seconds 1 rsa2048 ecdsap256 ed25519 2>/dev/null | awk '
            /^rsa 2048 bits/ {print "RS256", $(NF-1)}
            /ecdsa \(nistp256\)/ {print "ES256", $(NF-1)}
            /EdDSA \(Ed25519\)/ {print "EdDSA", $(NF-1)}')
    KEYS=1000 KEY_FILE=$work/small.keys measure small "${port[small]}" "$exchange" -s bench/random-key.lua
    KEYS=1000 KEY_FILE=$work/large.keys measure large "${port[large]}" "$exchange" -s bench/random-key.lua
    wrk -t1 -c32 -d"$((seconds + 1))s" -s bench/login-storm.lua "http://127.0.0.1:${port[main]}" >/dev/null &
    storm=$!
    sleep 0.5
    measure storm "${port[main]}" "$exchange" -H "x-api-key: $key"
    wait "$storm"
    line="round $round:"
    for s in "${series[@]}"; do line+=" $s $(awk '{print $NF}' <<<"${rps[$s]}")"; done
    echo "$line req/s"
done
declare -A med medp99
for s in "${series[@]}"; do
    med[$s]=$(median <<<"${rps[$s]}")
    medp99[$s]=$(median <<<"${p99[$s]}")
done
for alg in RS256 ES256 EdDSA; do sign[$alg]=$(median <<<"${sign[$alg]}"); done

# name: 60 s of exchanges spread over 200,000 keys -> "requests/s p99-ms resident-MB"
spread() {
    local r p
    read -r r p < <(KEYS=200000 KEY_FILE=$work/large.keys wrk -t1 -c32 -d60s --latency \
        -s bench/random-key.lua "http://127.0.0.1:${port[$1]}$exchange" | summary)
    echo "$r $p $(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/${pid[$1]}/status")"
}
alive() {
    for name in "${!pid[@]}"; do
        kill -0 "${pid[$name]}" 2>/dev/null || { echo "bench: keyward serve ($name) died:" >&2; tail -n 20 "$work/$name.log" >&2; exit 1; }
    done
}
echo "60 s of exchanges spread over 200,000 keys of the 1,000,000-key store, then again on the headless build"
read -r cold cold_p99 resident < <(spread large)
alive
kill "${pid[large]}"
wait "${pid[large]}" || true # writes its usage backlog first
unset 'pid[large]'
binary=build/headless/app/keyward serve headless large
read -r headless headless_p99 headless_resident < <(spread headless)
alive

echo "median req/s (p99 ms): bare hello ${med[hello]} (${medp99[hello]}), healthz ${med[healthz]} (${medp99[healthz]}),"
echo "  bare exchange ${med[bare]} (${medp99[bare]}), token exchange ${med[token]} (${medp99[token]}), rate-limited key ${med[limited]} (${medp99[limited]}),"
echo "  token exchange on one event loop ${med[oneloop]} (${medp99[oneloop]}); $(nproc) cores, one of them driving wrk"
echo "ratios: healthz/bare hello $(ratio "${med[healthz]}" "${med[hello]}"), token/bare exchange $(ratio "${med[token]}" "${med[bare]}"), limited/token $(ratio "${med[limited]}" "${med[token]}"),"
echo "  one event loop/bare exchange $(ratio "${med[oneloop]}" "${med[bare]}"), per-core loops/one loop $(ratio "${med[token]}" "${med[oneloop]}")"
for alg in RS256 ES256 EdDSA; do
    echo "$alg exchange ${med[$alg]} (${medp99[$alg]}) against one core signing ${sign[$alg]}/s: $(ratio "${med[$alg]}" "${sign[$alg]}"),"
    echo "  against the bare $alg exchange ${med[bare$alg]} (${medp99[bare$alg]}): $(ratio "${med[$alg]}" "${med[bare$alg]}")"
done
echo "1,000,000-key store ${med[large]} (${medp99[large]}) against 1,000-key store ${med[small]} (${medp99[small]}): $(ratio "${med[large]}" "${med[small]}")"
echo "exchange during a login storm ${med[storm]} (${medp99[storm]}) against undisturbed: $(ratio "${med[storm]}" "${med[token]}")"
echo "200,000 keys of 1,000,000 for 60 s: $cold req/s (p99 $cold_p99 ms), then $resident MB resident;"
echo "  on the headless build: $headless req/s (p99 $headless_p99 ms), then $headless_resident MB resident"
