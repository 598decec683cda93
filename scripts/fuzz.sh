#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a while.
#   scripts/fuzz.sh            60 seconds per target
#   scripts/fuzz.sh 3600       an hour per target
# Each target starts from its seed corpus in tests/fuzz/corpus/<target>; new inputs go to a
# scratch copy, so the repository is never modified. A crash stops the script and leaves the
# reproducer (crash-*) in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

scripts/install-deps.sh clang libclang-rt-14-dev
cmake -S . -B build-fuzz -G Ninja -DENGAGE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build-fuzz --parallel "$(nproc)"

for target in config pem_key jwt; do
    binary=build-fuzz/tests/fuzz/fuzz_$target
    [ -x "$binary" ] || continue
    scratch=$(mktemp -d)
    cp -r "tests/fuzz/corpus/$target/." "$scratch/"
    log=build-fuzz/fuzz_$target.log
    status=0
    (cd build-fuzz && "../$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$scratch") >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log"
        echo "fuzz_$target FAILED (exit $status); the reproducer is in build-fuzz/"
        exit 1
    fi
    echo "fuzz_$target: clean, $(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}') inputs in ${seconds}s"
    rm -rf "$scratch"
done
