#!/bin/sh
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Keyward is Apache-2.0: LICENSE holds the licence's text, and every source
# file, build file, script and migration names it in an SPDX header, so a
# file copied out of the tree still says under which terms.
set -eu
cd "$(dirname "$0")/../.."
status=0
if ! grep -q "Apache License" LICENSE || ! grep -q "Version 2.0, January 2004" LICENSE; then
    echo "LICENSE is not the Apache License 2.0" >&2
    status=1
fi
missing=$(find . -path ./build -prune -o -path ./.git -prune -o -path '*/node_modules' -prune -o \
    -type f \( -name '*.cpp' -o -name '*.h' -o -name CMakeLists.txt -o -name '*.cmake' \
    -o -name '*.sh' -o -name '*.py' -o -name '*.sql' -o -name '*.lua' -o -path ./.ci/run \) \
    -print | sort | while read -r file; do
        grep -q 'SPDX-License-Identifier: Apache-2.0' "$file" || echo "$file"
    done)
if [ -n "$missing" ]; then
    echo "without an SPDX-License-Identifier: Apache-2.0 header:" >&2
    echo "$missing" >&2
    status=1
fi
exit $status
