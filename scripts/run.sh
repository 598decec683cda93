#!/usr/bin/env bash
# Installs what is missing, builds, and starts engage-admin on the bundled example.
# Without a display (an SSH session, a container) the window opens on a virtual X server
# (Xvfb), so the command still shows that the application starts; stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja
cmake --build build --parallel "$(nproc)"

application=(build/app/engage-admin/engage-admin resources/examples/website-chat.json "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting engage-admin on a virtual X server (xvfb-run)."
    exec xvfb-run -a "${application[@]}"
fi
exec "${application[@]}"
