#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# The layers, held to their directions (the libraries' target_link_libraries
# say the same; models/CMakeLists.txt draws them): every quoted #include of a
# directory names a layer that directory may use, or a header of its own;
# no layer below the server or console includes Qt Gui, Qt Widgets or Qt
# HttpServer headers (Qt Network only in models/network); and only app/
# reads the process environment (configuration is handed down as values);
# the CLI's commands include nothing of the server or console.
#   tests/layers/check.sh QT_INSTALL_HEADERS
set -euo pipefail
cd "$(dirname "$0")/../.."
qt_headers=${1:?usage: tests/layers/check.sh QT_INSTALL_HEADERS}

# directory -> the layers (models/<layer>/) its "layer/File.h" includes may name.
declare -A layers=(
    [models/crypto]="crypto"
    [models/entities]="entities"
    [models/store]="store entities"
    [models/domain]="domain store crypto entities"
    [models/network]="network domain entities"
    [models/itemmodels]="itemmodels domain entities"
    [server]="domain crypto entities network"
    [ui]="itemmodels domain entities network"
    [app]="domain store crypto entities network"
)
# directory -> the directories whose headers it includes by bare name: the
# console embeds the server; the executable wires all three.
declare -A siblings=(
    [server]="server"
    [ui]="ui server"
    [app]="app server ui"
)
# Qt modules a directory may not include from.
below_server="QtGui QtWidgets QtHttpServer"
declare -A forbidden_qt=(
    [models/crypto]="$below_server QtNetwork"
    [models/entities]="$below_server QtNetwork QtSql"
    [models/store]="$below_server QtNetwork"
    [models/domain]="$below_server QtNetwork"
    [models/network]="$below_server"
    [models/itemmodels]="$below_server QtNetwork"
    [server]="QtGui QtWidgets"
)

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
status=0
violation() { echo "$1: $2" >&2; status=1; }
for directory in "${!layers[@]}"; do
    [[ -d $directory ]] || { violation "$directory" "no such directory"; continue; }
    while IFS= read -r file; do
        while IFS= read -r header; do
            if [[ $header == */* ]]; then
                layer=${header%%/*}
                [[ " ${layers[$directory]} " == *" $layer "* ]] ||
                    violation "$file" "includes \"$header\": $directory may not use models/$layer"
            elif [[ $header != Result.h ]]; then
                found=no
                if [[ $directory == models/* ]]; then
                    [[ -f $directory/$header ]] && found=yes
                else
                    for sibling in ${siblings[$directory]}; do
                        [[ -f $sibling/$header ]] && found=yes
                    done
                    # What uic makes of a form of the directory's own.
                    [[ $header == ui_*.h && -f $directory/$(basename "${header#ui_}" .h).ui ]] && found=yes
                fi
                [[ $found == yes ]] ||
                    violation "$file" "includes \"$header\", which is none of ${siblings[$directory]:-$directory}'s own"
            fi
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
        for module in ${forbidden_qt[$directory]:-}; do
            while IFS= read -r header; do
                [[ -f $qt_headers/$module/$header ]] &&
                    violation "$file" "includes <$header> of $module"
            done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([^>]*\)>.*/\1/p' "$file" | sed 's|^Qt[A-Za-z]*/||')
        done
        if [[ $directory != app ]] &&
            grep -nE '\b(qgetenv|qEnvironmentVariable[A-Za-z]*|getenv|secure_getenv|QProcessEnvironment)\b' "$file" >"$tmp"; then
            violation "$file" "reads the environment (only app/ may): $(head -n1 "$tmp")"
        fi
    done < <(find "$directory" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)
done
# The CLI speaks to people and scripts, not HTTP: no command but `serve` and
# the console's includes a header of the server or the console (it has views
# of its own, app/CliViews).
for file in app/*Command.cpp app/*Command.h app/AdminSession.* app/CliViews.*; do
    case $file in app/ServeCommand.* | app/GuiCommand.* | app/HeadlessGuiCommand.*) continue ;; esac
    while IFS= read -r header; do
        [[ -f server/$header || -f ui/$header ]] &&
            violation "$file" "includes \"$header\": the CLI does not depend on the server or console"
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"/]*\)".*/\1/p' "$file")
done
[[ $status -eq 0 ]] && echo "layers: every #include goes the allowed way"
exit $status
