#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   scripts/test.sh              the normal build, in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer, with clang, in
#                                build-asan/, which also builds the fuzzers (scripts/fuzz.sh)
#   scripts/test.sh --tsan       ThreadSanitizer on the threaded code only, in build-tsan/
#   scripts/test.sh --sanitize --configure-only
#                                configures build-asan/ and stops (scripts/fuzz.sh)
# Warnings are errors here, as in CI. Tests run two per core: most of their time is spent
# waiting on the processes and servers they start, not computing.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
# A unity build (CMake compiles each target's sources a few at a time, as one translation unit:
# Qt's headers are read once per batch instead of once per file) and LLVM's linker (lld links a
# test in a tenth of GNU ld's time): about half the build time of CI's two cores.
cmake_options=(-DENGAGE_WERROR=ON -DCMAKE_UNITY_BUILD=ON)
linker=-fuse-ld=lld
extra_packages=()
if [ "${1:-}" = "--sanitize" ]; then
    build_dir=build-asan
    # clang, for the fuzzers built in the same tree (-DENGAGE_FUZZ=ON): libFuzzer is clang's.
    # -O1: the tests took 200 to 219 s in CI instead of 303 s at -O0, every check still made.
    # Line tables only, so reports still name file and line, for less to compile and link.
    cmake_options+=(-DCMAKE_CXX_COMPILER=clang++ -DENGAGE_SANITIZE=ON -DENGAGE_FUZZ=ON
                    -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only")
    extra_packages+=(clang libclang-rt-14-dev)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
elif [ "${1:-}" = "--tsan" ]; then
    # What runs on several threads: verify-jwt --batch and report (the shared workers, the reader
    # that feeds them, the writer that keeps input order, the report's per-thread counts merged
    # at the end) and the verifier's sessions. Only engagectl and the tests that drive them are
    # built, and only their threaded test functions run: the whole suite under ThreadSanitizer
    # would not fit in CI's time. Qt itself is not instrumented, so a race inside Qt could go
    # unseen; the code of this project is.
    tsan=(-fsanitize=thread -fno-omit-frame-pointer)
    # die_after_fork=0: the tests start openssl and engagectl through QProcess, whose child only
    # execs, before they start threads of their own.
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:die_after_fork=0
    scripts/install-deps.sh
    # -O1 -g1: a fifth less compile time than -O2 -g, and reports still name file and line.
    cmake -S . -B build-tsan -G Ninja "${cmake_options[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
        "-DCMAKE_CXX_FLAGS=${tsan[*]}" "-DCMAKE_EXE_LINKER_FLAGS=${tsan[*]} $linker"
    cmake --build build-tsan --parallel "$(nproc)" --target engagectl test_jwt_verifier test_engagectl_jwt \
        test_token_log_report
    build-tsan/tests/test_jwt_verifier verifiesFromSeveralThreadsAtOnce sessionsGiveTheSameVerdicts
    QT_QPA_PLATFORM=offscreen build-tsan/tests/test_engagectl_jwt \
        batchWritesOneVerdictPerLineInInputOrder batchGivesTheSameVerdictsWithOneOrSeveralThreads \
        batchRefusesLinesLongerThanWhatItReadsAtOnce batchExitsZeroWhenEveryTokenIsAccepted \
        verifyJwtRefusesATokenForgedWithoutThePrivateKey
    build-tsan/tests/test_token_log_report countsEveryTokenOfAGeneratedLog \
        cancelStopsTheReadingAndSaysSo millionDistinctUnknownKidsStayBounded
    exit 0
fi

if [ "$build_dir" = build ]; then
    # The default RelWithDebInfo without its debug information: less compile and link time on
    # CI's two cores for the same code (-O2, NDEBUG), so the same warnings.
    cmake_options+=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG")
fi
scripts/install-deps.sh "${extra_packages[@]}"
# build-asan/ was GCC's before clang built it: asked to change the compiler, CMake would drop the
# cache's other options (the sanitizers among them) for that run, so such a tree starts afresh.
if [ "$build_dir" = build-asan ] && [ -f build-asan/CMakeCache.txt ] &&
    ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang' build-asan/CMakeCache.txt; then
    rm -rf build-asan
fi
cmake -S . -B "$build_dir" -G Ninja "${cmake_options[@]}" "-DCMAKE_EXE_LINKER_FLAGS=$linker"
[ "${2:-}" = "--configure-only" ] && exit 0
cmake --build "$build_dir" --parallel "$(nproc)"
ctest_options=()
# The checks of files (LABELS files in tests/CMakeLists.txt) ran in the normal build already.
if [ "$build_dir" = build-asan ]; then
    ctest_options+=(--label-exclude files)
fi
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure \
    --parallel "$(($(nproc) * 2))" "${ctest_options[@]}"
