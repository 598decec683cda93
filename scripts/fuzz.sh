#!/usr/bin/env bash
# Builds the libFuzzer targets in the sanitizer build of scripts/test.sh --sanitize (clang, ASan +
# UBSan; after that command, nothing is left to build) and runs each for a while, two at a time
# (one per core of a CI runner).
#   scripts/fuzz.sh            60 seconds per target
#   scripts/fuzz.sh 3600       an hour per target
# Each target starts from its seed corpus in tests/fuzz/corpus/<target>; new inputs go to a
# scratch copy, so the repository is never modified. The targets that read JSON as it is use
# the dictionary tests/fuzz/json.dict. A crash fails the script and leaves the reproducer
# (crash-*) in build-asan/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

targets=(config pem_key jwt jwt_signed)
scripts/test.sh --sanitize --configure-only
cmake --build build-asan --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Runs one target; prints its one-line summary, or the end of its log and fails.
fuzz() {
    local target=$1
    local binary=build-asan/tests/fuzz/fuzz_$target
    local log=build-asan/fuzz_$target.log
    local options=(-max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048
                   -print_final_stats=1)
    case $target in
        config | jwt_signed) options+=(-dict=../tests/fuzz/json.dict) ;;
    esac
    local scratch
    scratch=$(mktemp -d)
    cp -r "tests/fuzz/corpus/$target/." "$scratch/"
    local status=0
    (cd build-asan && "../$binary" "${options[@]}" "$scratch") >"$log" 2>&1 || status=$?
    rm -rf "$scratch"
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log"
        echo "fuzz_$target FAILED (exit $status); the reproducer is in build-asan/"
        return 1
    fi
    echo "fuzz_$target: clean, $(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}') inputs in ${seconds}s"
}

# Two at a time: the wall time is that of two targets, whatever their number.
failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for target in "${targets[@]:i:2}"; do
        fuzz "$target" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
    [ "$failed" -eq 0 ] || exit 1
done
