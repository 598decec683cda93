#!/usr/bin/env bash
# Checks what `cmake --install` and CPack deliver: the launcher and the AppStream metadata (both
# validated), and the three Debian packages, each unpacked into a scratch root: its files and
# nothing else, its Depends, its man page, its copyright (machine-readable format) and changelog
# in /usr/share/doc, and that engagectl runs with no display and no Qt Widgets. Then that a CLI-only tree configures where Qt Widgets, QtGui and QtKeychain are not
# found.
#   check_packaging.sh BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
build_dir=$1
source_dir=$2
app_id=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# To standard error: a failure inside $(check_package ...) must not be swallowed.
fail() { echo "$*" >&2; exit 1; }

desktop-file-validate "$source_dir/resources/desktop/$app_id.desktop"
appstreamcli validate --no-net "$source_dir/resources/desktop/$app_id.metainfo.xml"

# The files of each package, under /usr.
engagectl_files=(
    bin/engagectl
    share/man/man1/engagectl.1.gz
    share/doc/engagectl/copyright
    share/doc/engagectl/changelog.gz
)
engage_admin_files=(
    bin/engage-admin
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/engage-admin/translations/engage-admin_en.qm
    share/engage-admin/translations/engage-admin_fr.qm
    share/man/man1/engage-admin.1.gz
    share/doc/engage-admin/copyright
    share/doc/engage-admin/changelog.gz
)
engage_emulator_files=(
    bin/engage-emulator
    share/man/man1/engage-emulator.1.gz
    share/doc/engage-emulator/copyright
    share/doc/engage-emulator/changelog.gz
)

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
for file in "${engagectl_files[@]}" "${engage_admin_files[@]}" "${engage_emulator_files[@]}"; do
    [ -s "$work/prefix/$file" ] || fail "cmake --install did not install $file"
done
# The installed application finds its translation from bin/.
QT_QPA_PLATFORM=offscreen "$work/prefix/bin/engage-admin" --lang fr --help | grep -q "Modifier et vérifier" \
    || fail "the installed engage-admin did not load its French translation"

(cd "$build_dir" && cpack -G DEB -B "$work/package" >/dev/null)

# check_package NAME FILE...: the package NAME holds exactly FILE... under /usr; its man pages
# render without a warning (gzipped, as Debian installs them); its copyright is in Debian's
# machine-readable format and its changelog's latest entry is the package's version. Prints the
# scratch root it was unpacked into.
check_package() {
    local name=$1
    shift
    local debs=("$work"/package/"${name}"_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single package $name"
    local root="$work/root-$name"
    dpkg-deb -x "${debs[0]}" "$root"
    local held expected
    held=$(cd "$root" && find . -type f -o -type l | sed 's|^\./usr/||' | sort)
    expected=$(printf '%s\n' "$@" | sort)
    [ "$held" = "$expected" ] || fail "$name holds:"$'\n'"$held"$'\n'"instead of:"$'\n'"$expected"
    local page warnings
    for page in "$root"/usr/share/man/man1/*.1.gz; do
        warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "$(basename "$page") in $name renders with warnings: $warnings"
    done
    local doc=$root/usr/share/doc/$name
    head -n 1 "$doc/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        || fail "the copyright of $name is not in Debian's machine-readable format"
    local version changelog_version
    version=$(dpkg-deb -f "${debs[0]}" Version)
    changelog_version=$(zcat "$doc/changelog.gz" | dpkg-parsechangelog -l - -S Version)
    [ "$changelog_version" = "$version" ] \
        || fail "the changelog of $name is for version $changelog_version, the package is $version"
    echo "$root"
}
depends() { dpkg-deb -f "$work"/package/"$1"_*.deb Depends; }

cli_root=$(check_package engagectl "${engagectl_files[@]}")
check_package engage-admin "${engage_admin_files[@]}" >/dev/null
check_package engage-emulator "${engage_emulator_files[@]}" >/dev/null

# engagectl: QtCore, QtNetwork and OpenSSL, found by dpkg-shlibdeps; nothing of the GUI.
cli_depends=$(depends engagectl)
for library in libqt6core6 libqt6network6 libssl3; do
    grep -q "$library" <<<"$cli_depends" || fail "engagectl does not depend on $library: $cli_depends"
done
if grep -Eqi 'widgets|keychain|libqt6gui|svg' <<<"$cli_depends"; then
    fail "engagectl depends on a GUI library: $cli_depends"
fi
admin_depends=$(depends engage-admin)
for library in libqt6widgets6 libqt6keychain libqt6svg6; do
    grep -q "$library" <<<"$admin_depends" || fail "engage-admin does not depend on $library: $admin_depends"
done
emulator_depends=$(depends engage-emulator)
grep -q libqt6network6 <<<"$emulator_depends" || fail "engage-emulator does not depend on QtNetwork: $emulator_depends"
if grep -Eqi 'widgets|keychain|libqt6gui' <<<"$emulator_depends"; then
    fail "engage-emulator depends on a GUI library: $emulator_depends"
fi

# The unpacked engagectl links no Qt Widgets or QtGui, directly or not, and works with no display.
engagectl=$cli_root/usr/bin/engagectl
if readelf -d "$engagectl" | grep NEEDED | grep -Eqi 'widgets|qt6gui|keychain'; then
    fail "engagectl links a GUI library: $(readelf -d "$engagectl" | grep NEEDED)"
fi
if ldd "$engagectl" | grep -Eqi 'widgets|qt6gui|keychain'; then
    fail "engagectl loads a GUI library: $(ldd "$engagectl")"
fi
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$engagectl" --version | grep -q '^engagectl ' \
    || fail "the unpacked engagectl did not run without a display"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$engagectl" validate \
    "$source_dir/resources/examples/website-chat.json" >/dev/null \
    || fail "the unpacked engagectl did not validate the bundled example without a display"

# A CLI-only tree configures on a machine without Qt Widgets, QtGui or QtKeychain (hidden from
# CMake here), and has the two headless programs and no GUI target.
cmake -S "$source_dir" -B "$work/cli-only" -DENGAGE_BUILD_GUI=OFF \
      -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Widgets=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Gui=ON \
      -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=ON >"$work/cli-only.log" 2>&1 \
    || fail "a CLI-only tree did not configure without Qt Widgets: $(cat "$work/cli-only.log")"
targets=$(cmake --build "$work/cli-only" --target help)
for target in engagectl engage-emulator engage_core; do
    grep -qw -- "$target" <<<"$targets" || fail "the CLI-only tree has no target $target"
done
for target in engage-admin engage_ui engage_document; do
    if grep -qw -- "$target" <<<"$targets"; then fail "the CLI-only tree builds $target"; fi
done
echo "install tree, the packages engagectl, engage-admin and engage-emulator, and a CLI-only tree are as described"
