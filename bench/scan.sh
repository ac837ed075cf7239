#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# How fast `keyward scan` reads a tree: SIZE_MB (default 1024) of source-like
# text in files of 1 MiB spread over nested directories, with a live key
# planted in every 64th file, scanned by the release build against the same
# tree read by `cat` (what the disk and page cache allow; its median is the
# reference). Prints MB/s for both and their ratio, the median of ROUNDS
# (default 3). The goal: 1 GB in under a minute.
#   bench/scan.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
rounds=${ROUNDS:-3}
keyward=build/release/app/keyward
[[ -x $keyward ]] || { echo "bench/scan.sh: build the release preset first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KEYWARD_DB="$work/keyward.sqlite" KEYWARD_MASTER_KEY=$(printf 'a%.0s' {1..64}) HOME="$work"
secret=$("$keyward" key create --name planted --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')

python3 - "$work/tree" "$size_mb" "$secret" <<'PY'
import os, random, sys
root, size_mb, secret = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(7)
words = [b"return", b"value", b"config", b"ak_short", b"sk_", b"token", b"self", b"=", b"{", b"}",
         b"0x1f", b"http://example.com", b"api_key", b"os.environ", b"# comment", b"if", b"else"]
line = lambda: b" ".join(random.choice(words) for _ in range(12)) + b"\n"
block = b"".join(line() for _ in range(4096))
for i in range(size_mb):
    directory = os.path.join(root, f"d{i % 16}", f"e{i % 7}")
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, f"f{i}.py"), "wb") as f:
        data = (block * (1024 * 1024 // len(block) + 1))[: 1024 * 1024]
        if i % 64 == 0:
            data = data[:1000] + b"KEY = '" + secret.encode() + b"'\n" + data[1000:]
        f.write(data)
PY

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null || true; end=$(date +%s.%N); python3 -c "print($end - $start)"; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
cat_times=() scan_times=()
for _ in $(seq "$rounds"); do
    cat_times+=("$(seconds sh -c "find '$work/tree' -type f -exec cat {} + >/dev/null")")
    scan_times+=("$(seconds "$keyward" scan "$work/tree")")
done
found=$("$keyward" scan "$work/tree" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' || true)
cat_s=$(printf '%s\n' "${cat_times[@]}" | median)
scan_s=$(printf '%s\n' "${scan_times[@]}" | median)
python3 - "$size_mb" "$cat_s" "$scan_s" "$found" <<'PY'
import sys
mb, cat_s, scan_s, found = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
print(f"scan: {mb} MB, {found} keys found; cat {mb / cat_s:.0f} MB/s, scan {mb / scan_s:.0f} MB/s "
      f"({scan_s:.1f} s; {scan_s / cat_s:.2f}x cat's time)")
PY
