#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb:  tests/screenshots/take_screenshots.sh [BUILD_DIR]
# Writes resources/screenshots/*.png from the bundled example, in English and French, and the
# main window at 1024×640. The user's settings (remembered geometry, splitters, recent files)
# stay out of the pictures: the tool runs with settings of its own in a scratch directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${1:-build}
cmake --build "$build_dir" --target take_screenshots
mkdir -p resources/screenshots
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
XDG_CONFIG_HOME=$settings QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$build_dir/tests/screenshots/take_screenshots" resources/examples/website-chat.json \
    resources/screenshots
