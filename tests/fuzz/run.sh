#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs
# each one for a while on a scratch copy of its seed corpus, so the checkout
# stays clean. Any crash, leak, timeout or violated property fails the run;
# the input that caused it is kept in build/fuzz/artifacts/.
#   tests/fuzz/run.sh [SECONDS-PER-TARGET [TARGET...]]
#     SECONDS-PER-TARGET  default 20: the smoke run scripts/test.sh --full does
#     TARGET              only these (fuzz_jwt_verifier, ...); default: every
#                         target with a seed corpus in tests/fuzz/corpus/
# Reproduce a finding with: build/fuzz/tests/fuzz/TARGET ARTEFACT
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-20}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: tests/fuzz/run.sh [SECONDS-PER-TARGET [TARGET...]]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    targets=()
    for corpus in tests/fuzz/corpus/*/; do
        targets+=("$(basename "$corpus")")
    done
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_targets -j "$(nproc)"

bin=build/fuzz/tests/fuzz
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/keyward-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [[ -z ${ASAN_SYMBOLIZER_PATH:-} ]] && symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi

# The last "#N DONE/pulse/NEW ... cov: ... ft: ... corp: ..." status line.
status_field() { grep -o "$1: [^ ]*" <<<"$2" | head -n 1 | cut -d' ' -f2; }

failed=()
started=$SECONDS
for target in "${targets[@]}"; do
    [[ -x $bin/$target ]] || { echo "fuzz: no executable $bin/$target" >&2; exit 2; }
    [[ -d tests/fuzz/corpus/$target ]] || { echo "fuzz: no seed corpus tests/fuzz/corpus/$target" >&2; exit 2; }
    corpus=$scratch/$target
    cp -r "tests/fuzz/corpus/$target" "$corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts/$target-")
    [[ -f tests/fuzz/$target.dict ]] && options+=(-dict="tests/fuzz/$target.dict")
    log=$scratch/$target.log
    target_started=$SECONDS
    rc=0
    # TMPDIR: what a target leaves behind (its databases) goes with the scratch.
    TMPDIR=$scratch "$bin/$target" "${options[@]}" "$corpus" >"$log" 2>&1 || rc=$?

    line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    summary=$(printf '%-26s %4ss  execs %-9s exec/s %-7s cov %-6s ft %-7s corpus %s' "$target" \
        "$((SECONDS - target_started))" "${execs:-?}" "${rate:-?}" "$(status_field cov "$line")" \
        "$(status_field ft "$line")" "$(status_field corp "$line")")
    if [[ $rc -eq 0 ]]; then
        echo "fuzz: ok      $summary"
        continue
    fi
    failed+=("$target")
    echo "fuzz: FAILED  $summary (exit $rc)"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz property violated|.*runtime error)' "$log" | head -n 5 | sed 's/^/    /' || true
    artefact=$(grep -o "Test unit written to [^ ]*" "$log" | tail -n 1 | cut -d' ' -f5 || true)
    echo "    artefact: ${artefact:-none written}; full log kept at $artifacts/$target.log"
    cp "$log" "$artifacts/$target.log"
done
echo "fuzz: ${#targets[@]} targets, $((SECONDS - started)) s"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
