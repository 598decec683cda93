#!/usr/bin/env bash
# The style and static checks of what a branch changes since its merge base with main:
#   clang-format-14 (.clang-format) on the changed lines only: untouched lines keep their shape,
#   as clang-format-14 would reshape some of them;
#   clang-tidy-14 (.clang-tidy) on the changed C++ sources, and on the source of each changed
#   header, with the compile commands of an existing build (the README's build/ by default).
# On main itself, nothing differs from the merge base: the last commit is checked instead. A
# shallow clone (CI may clone with depth 1) has neither main nor HEAD~1: the parent is fetched
# from origin if it can be. Failing that (or on a first commit), the files of the last commit are
# checked whole, clang-format-14 and clang-tidy-14 alike; in a shallow clone that is every file,
# as git cannot tell what the commit changed.
#   scripts/lint.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
# Absolute, so that the compile commands' paths can be rewritten below whatever the argument.
build_dir=$(realpath -m "${1:-build}")

scripts/install-deps.sh clang-format-14 clang-tidy-14

base=$(git merge-base HEAD main 2>/dev/null || git merge-base HEAD origin/main 2>/dev/null || true)
if [ -z "$base" ] || [ "$base" = "$(git rev-parse HEAD)" ]; then
    if [ "$(git rev-parse --is-shallow-repository)" = true ] && ! git rev-parse --verify --quiet HEAD~1 >/dev/null; then
        git fetch --quiet --deepen=1 2>/dev/null || true
    fi
    base=$(git rev-parse --verify --quiet HEAD~1 || true)
fi

status=0
# changed_files PATTERN...: the files (not deleted) that the checks cover.
if [ -n "$base" ]; then
    echo "lint: what changed since $(git log -1 --format='%h %s' "$base")"
    changed_files() { git diff --name-only --diff-filter=d "$base" -- "$@"; }
    # git-clang-format 14 exits 0 even when it would change something: its words tell.
    format_diff=$(git clang-format-14 --binary clang-format-14 --diff "$base")
    case $format_diff in
        "no modified files to format" | "clang-format did not modify any files") ;;
        *)
            echo "$format_diff"
            echo "lint: format the lines above with: git clang-format-14 $base"
            status=1
            ;;
    esac
else
    echo "lint: no earlier commit (a shallow clone?): the files of $(git log -1 --format='%h %s') whole"
    changed_files() { git diff-tree --root --no-commit-id --name-only -r --diff-filter=d HEAD -- "$@"; }
    mapfile -t formatted < <(changed_files '*.cpp' '*.h')
    if [ ${#formatted[@]} -gt 0 ] && ! clang-format-14 --dry-run -Werror "${formatted[@]}"; then
        echo "lint: format the files above with: clang-format-14 -i FILE"
        status=1
    fi
fi

if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "lint: no $build_dir/compile_commands.json: build first (scripts/test.sh)"
    exit 1
fi
# A unity build's compile commands name its batches, not the files, and force GCC's precompiled
# headers, which clang-tidy cannot read. A second tree, only configured (seconds), gives each
# file its own command without them; the moc output those commands include is taken from the
# build, where it is the same, so nothing is generated or compiled twice.
commands_dir=$build_dir-lint/commands
cmake -S . -B "$build_dir-lint" -G Ninja -DCMAKE_UNITY_BUILD=OFF \
    -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON >/dev/null
mkdir -p "$commands_dir"
sed "s#$build_dir-lint/#$build_dir/#g" "$build_dir-lint/compile_commands.json" \
    >"$commands_dir/compile_commands.json"
# Every changed .cpp, and for a changed .h the .cpp beside it, if the build compiles it (the
# fuzzers, built only with ENGAGE_FUZZ, are not in the compile commands).
sources=()
while IFS= read -r file; do
    source=${file%.h}
    source=${source%.cpp}.cpp
    if [ -f "$source" ] && grep -q "\"file\": \"$PWD/$source\"" "$commands_dir/compile_commands.json"; then
        sources+=("$source")
    fi
done < <(changed_files '*.cpp' '*.h' | sort -u)
mapfile -t sources < <(printf '%s\n' "${sources[@]}" | sort -u | grep . || true)
echo "lint: clang-tidy on ${#sources[@]} file(s)"
if [ ${#sources[@]} -gt 0 ]; then
    printf '%s\n' "${sources[@]}" |
        xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$commands_dir" --quiet || status=1
fi
exit "$status"
