#!/usr/bin/env bash
# Every visible string has its French translation: lupdate is run over the sources into a copy
# of the .ts file, and the copy must have no unfinished entry (a new or changed string shows up
# as one). The English file holds plural forms only and is checked the same way. Then no
# sentence may escape lupdate (built with QStringLiteral instead of tr()), and the French
# follows French typography.
#   check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
translated_sources=(models ui app/engage-admin app/engagectl)
status=0
for language in fr en; do
    copy="$work/engage-admin_$language.ts"
    cp "$source_dir/translations/engage-admin_$language.ts" "$copy"
    options=(-no-obsolete -locations none)
    [ "$language" = en ] && options+=(-pluralonly)
    (cd "$source_dir" && "$lupdate" "${options[@]}" "${translated_sources[@]}" -ts "$copy" >/dev/null)
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "translations/engage-admin_$language.ts lacks $unfinished translation(s):"
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ *//'
        status=1
    fi
done
(cd "$source_dir" &&
    python3 tests/translations/check_marked_strings.py "$work/engage-admin_fr.ts" \
        "${translated_sources[@]}") || status=1
python3 "$source_dir/tests/translations/check_french_typography.py" \
    "$source_dir/translations/engage-admin_fr.ts" || status=1
[ $status -eq 0 ] && echo "every string is translated"
exit $status
