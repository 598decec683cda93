#!/usr/bin/env bash
# Checks what `cmake --install` and CPack deliver: the two programs, the launcher and the
# AppStream metadata (both validated), the icon, the translations, and a .deb holding them.
#   check_packaging.sh BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
build_dir=$1
source_dir=$2
app_id=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$source_dir/resources/desktop/$app_id.desktop"
appstreamcli validate --no-net "$source_dir/resources/desktop/$app_id.metainfo.xml"

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
expected=(
    bin/engage-admin
    bin/engagectl
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/engage-admin/translations/engage-admin_fr.qm
)
for file in "${expected[@]}"; do
    [ -s "$work/prefix/$file" ] || { echo "cmake --install did not install $file"; exit 1; }
done
# The installed application finds its translation from bin/.
QT_QPA_PLATFORM=offscreen "$work/prefix/bin/engage-admin" --lang fr --help | grep -q "Modifier et vérifier" \
    || { echo "the installed engage-admin did not load its French translation"; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/*.deb)
contents=$(dpkg-deb -c "$deb")
for file in "${expected[@]}"; do
    grep -q "/usr/$file\$" <<<"$contents" || { echo "$deb lacks /usr/$file"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 \
    || { echo "$deb does not depend on the Qt libraries it links"; exit 1; }
echo "install tree and $(basename "$deb") hold everything"
