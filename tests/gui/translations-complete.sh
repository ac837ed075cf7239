#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Usage: translations-complete.sh LUPDATE LRELEASE TS_FILE [-I DIR]... SOURCE...
# Refreshes a copy of TS_FILE from the sources, as the update_translations
# target does, and fails if any string found there has no finished
# translation: the fix is `cmake --build --preset dev --target
# update_translations`, then translating what it marks unfinished.
set -euo pipefail
lupdate=$1 lrelease=$2 ts=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/$(basename "$ts")"
cp "$ts" "$copy"
"$lupdate" -silent -locations none -no-obsolete "$@" -ts "$copy"
report=$("$lrelease" "$copy" -qm "$work/out.qm")
echo "$report"
if grep -Eq '[1-9][0-9]* unfinished|untranslated' <<<"$report"; then
    echo "translations-complete: $(basename "$ts") lacks translations; unfinished:" >&2
    python3 - "$copy" >&2 <<'PY'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') == 'unfinished':
            print(f"  {context.findtext('name')}: {message.findtext('source')!r}")
PY
    exit 1
fi
