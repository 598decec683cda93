#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, only those that are missing,
# plus any package named on the command line. Runs as root (or through sudo).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config time lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-svg-dev qt6-translations-l10n libssl-dev openssl qtkeychain-qt6-dev libpcre2-dev
    desktop-file-utils appstream dpkg-dev file xvfb xauth fonts-dejavu-core man-db groff-base
    python3 python3-jwt python3-cryptography python3-yaml python3-jsonschema nodejs
    "$@"
)
# npm runs the integration kit's Node.js snippet test (tests/kit); a nodejs package built
# elsewhere (NodeSource) carries its own npm and conflicts with Debian's.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
