#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# The packaging proof (packaging/README.md) of both packages: keyward-server
# (the headless build) and keyward (the console with the server). Builds each
# .deb and .tar.gz; runs lintian on each .deb and checks its metadata
# (keyward-server depends on no GUI library) and contents; validates the
# desktop file, AppStream metadata, man page and systemd unit; unpacks each
# into a scratch root and runs it from there (--version, serve + /healthz).
# As root, on this machine: installs keyward-server alone, runs
# `keyward serve` the way keyward.service does behind nginx with TLS and
# checks that a key's IP allow-list sees the real client through the trusted
# proxy, purges it; then installs keyward alone, starts its console under
# Xvfb, installs keyward-server over it (Conflicts/Replaces) and purges.
# Exits non-zero on the first failure. Installs the Debian packages it needs
# if missing (as root).
#   tests/packaging/check.sh [--no-build] [--no-install]
#     --no-build    use the packages already in build/{headless,release}/packages/
#     --no-install  nothing installed on this machine (serve from the scratch root)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

build=yes
install=yes
for argument in "$@"; do
    case "$argument" in
        --no-build) build=no ;;
        --no-install) install=no ;;
        *) echo "usage: tests/packaging/check.sh [--no-build] [--no-install]" >&2; exit 2 ;;
    esac
done

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }

is_root=no
[[ $(id -u) -eq 0 ]] && is_root=yes
if [[ $install == yes && $is_root == no ]]; then
    echo "check: not root: skipping the installation on this machine (--no-install)"
    install=no
fi

# --- tools -------------------------------------------------------------------
step "tools"
missing=()
for tool in lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    nginx:nginx openssl:openssl curl:curl jq:jq python3:python3 systemd-analyze:systemd \
    man:man-db setpriv:util-linux file:file dpkg-deb:dpkg xvfb-run:xvfb xauth:xauth \
    xwininfo:x11-utils; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    [[ $is_root == yes ]] || fail "missing ${missing[*]}: install them, or run as root"
    echo "check: installing ${missing[*]}"
    # The test runs its own nginx from a private configuration.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi
ok "lintian $(lintian --version | awk '{print $2}'), $(nginx -v 2>&1 | sed 's/.*: //'), appstreamcli $(appstreamcli --version | awk '{print $NF}')"

work=$(mktemp -d /tmp/keyward-packaging.XXXXXX)
chmod 0755 "$work"
pids=()
cleanups=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    local index
    for ((index = ${#cleanups[@]} - 1; index >= 0; index--)); do eval "${cleanups[index]}" || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# --- build -------------------------------------------------------------------
if [[ $build == yes ]]; then
    step "build (packaging/build-packages.sh)"
    packaging/build-packages.sh
fi
upstream=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n1)
[[ -n $upstream ]] || fail "no project VERSION in CMakeLists.txt"
declare -A deb tgz
built() { # package preset
    local packages=$repo/build/$2/packages found
    shopt -s nullglob
    found=("$packages/$1"_*.deb)
    [[ ${#found[@]} -eq 1 ]] || fail "expected one $1_*.deb in $packages, found ${#found[@]}"
    deb[$1]=${found[0]}
    found=("$packages/$1-$upstream"-*.tar.gz)
    [[ ${#found[@]} -eq 1 ]] || fail "expected one $1-$upstream-*.tar.gz in $packages, found ${#found[@]}"
    tgz[$1]=${found[0]}
    shopt -u nullglob
}
built keyward-server headless
built keyward release
packages=(keyward-server keyward)
other() { [[ $1 == keyward ]] && echo keyward-server || echo keyward; }
console() { [[ $1 == keyward ]]; }
icon_sizes=(16 22 24 32 48 64 128 256)
gui_libraries=(libqt6gui6 libqt6widgets6 libqt6keychain1 libqt6svg6)

# --- .deb metadata -------------------------------------------------------------
check_metadata() { # package
    local package=$1 file=${deb[$1]} depends library
    step "deb metadata: $(basename "$file")"
    field() { dpkg-deb -f "$file" "$1"; }
    [[ $(field Package) == "$package" ]] || fail "Package is $(field Package)"
    version=$(field Version)
    [[ $version == "$upstream"-* ]] || fail "Version $version does not start with $upstream-"
    [[ $(field Section) == net ]] || fail "Section is $(field Section)"
    [[ $(field Maintainer) == "Keyward developers <dev@keyward.invalid>" ]] || fail "Maintainer is $(field Maintainer)"
    [[ $(field Conflicts) == "$(other "$package")" && $(field Replaces) == "$(other "$package")" ]] ||
        fail "Conflicts '$(field Conflicts)', Replaces '$(field Replaces)': expected $(other "$package")"
    if console "$package"; then
        [[ $(field Provides) == keyward-server ]] || fail "Provides is '$(field Provides)'"
    fi
    depends=$(field Depends)
    echo "Depends: $depends"
    depends=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
    # The SQL drivers (Qt loads them at run time: added by hand), adduser
    # (postinst), and what dpkg-shlibdeps computed from the executable; the
    # console also its GUI libraries and the SVG plugins, the server none.
    for library in libqt6sql6-sqlite libqt6sql6-psql adduser libc6 libstdc++6 libqt6core6 \
        libqt6network6 libqt6sql6 libqt6httpserver6 libssl3; do
        grep -qxF "$library" <<<"$depends" || fail "Depends lacks $library"
    done
    for library in "${gui_libraries[@]}"; do
        if console "$package"; then
            grep -qxF "$library" <<<"$depends" || fail "Depends lacks $library"
        elif grep -qxF "$library" <<<"$depends"; then
            fail "$package depends on $library"
        fi
    done
    if console "$package"; then
        ok "Depends: computed (libc6, Qt Widgets, OpenSSL, QtKeychain) + SQL drivers, libqt6svg6, adduser"
    else
        ok "Depends: computed (libc6, Qt Core/Network/Sql/HttpServer, OpenSSL) + SQL drivers, adduser; no ${gui_libraries[*]}"
    fi
    ok "Conflicts and Replaces: $(other "$package")"
    dpkg-deb --ctrl-tarfile "$file" | tar -xO ./conffiles | grep -qx /etc/keyward/keyward.env ||
        fail "/etc/keyward/keyward.env is not a conffile"
    ok "conffile /etc/keyward/keyward.env"
    dpkg-deb -c "$file" >"$work/contents"
    expect_entry() { # mode path
        grep -Eq "^$1 root/root +[0-9]+ [0-9-]+ [0-9:]+ \./$2\$" "$work/contents" ||
            fail "$package has no $2 with mode $1"
    }
    expect_entry -rwxr-xr-x usr/bin/keyward
    expect_entry -rw------- etc/keyward/keyward.env
    expect_entry -rw-r--r-- usr/lib/systemd/system/keyward.service
    expect_entry -rw-r--r-- usr/share/man/man1/keyward.1.gz
    expect_entry -rw-r--r-- "usr/share/doc/$package/copyright"
    expect_entry -rw-r--r-- "usr/share/doc/$package/changelog.Debian.gz"
    expect_entry -rw-r--r-- "usr/share/doc/$package/examples/nginx-keyward.conf"
    expect_entry -rw-r--r-- "usr/share/lintian/overrides/$package"
    if console "$package"; then
        expect_entry -rw-r--r-- usr/share/applications/keyward.desktop
        expect_entry -rw-r--r-- usr/share/metainfo/invalid.keyward.keyward.metainfo.xml
        expect_entry -rw-r--r-- usr/share/icons/hicolor/scalable/apps/keyward.svg
        local size
        for size in "${icon_sizes[@]}"; do
            expect_entry -rw-r--r-- "usr/share/icons/hicolor/${size}x${size}/apps/keyward.png"
        done
    elif grep -Eq '\./usr/share/(applications|metainfo|icons)/' "$work/contents"; then
        fail "$package carries desktop integration"
    fi
    ok "contents and modes"
}

# --- lintian -------------------------------------------------------------------
lintian_user=()
# lintian refuses nothing as root but recommends against it.
[[ $is_root == yes ]] && lintian_user=(setpriv --reuid nobody --regid nogroup --clear-groups --)
check_lintian() { # package
    local name status
    name=$(basename "${deb[$1]}")
    step "lintian --fail-on error,warning $name"
    cp "${deb[$1]}" "$work/" && chmod 0644 "$work/$name"
    set +e
    (cd /tmp && "${lintian_user[@]}" lintian --fail-on error,warning --display-info "$work/$name") 2>&1 |
        tee "$work/lintian-$1.log"
    status=${PIPESTATUS[0]}
    set -e
    [[ $status -eq 0 ]] || fail "lintian $name exited $status"
    ok "lintian: no errors, no warnings (exit 0; $(grep -c '^[EW]: ' "$work/lintian-$1.log" || true) E/W lines)"
    # The overrides and their reasons, for the log (--show-overrides makes
    # lintian exit non-zero, hence this second run).
    (cd /tmp && "${lintian_user[@]}" lintian --show-overrides "$work/$name" 2>&1 | grep '^[ON]: ') || true
}

# --- .tar.gz -------------------------------------------------------------------
check_tarball() { # package
    local package=$1 file=${tgz[$1]} top path
    step "tar.gz: $(basename "$file")"
    top=$(basename "$file" .tar.gz)
    tar -tzvf "$file" >"$work/tgz-contents"
    local paths=(bin/keyward etc/keyward/keyward.env lib/systemd/system/keyward.service
        share/man/man1/keyward.1.gz "share/doc/$package/examples/nginx-keyward.conf")
    console "$package" && paths+=(share/applications/keyward.desktop
        share/icons/hicolor/scalable/apps/keyward.svg share/icons/hicolor/256x256/apps/keyward.png)
    for path in "${paths[@]}"; do
        grep -q " $top/$path\$" "$work/tgz-contents" || fail "the .tar.gz has no $top/$path"
    done
    grep -q "/share/lintian" "$work/tgz-contents" && fail "the .tar.gz carries lintian overrides"
    console "$package" || ! grep -q "/share/applications" "$work/tgz-contents" ||
        fail "the server .tar.gz carries desktop integration"
    mkdir "$work/tgz-$package" && tar -xzf "$file" -C "$work/tgz-$package"
    [[ $("$work/tgz-$package/$top/bin/keyward" --version) == "keyward $upstream" ]] || fail "tar.gz keyward --version"
    ok "relocatable tree; bin/keyward --version runs"
}

# --- scratch root --------------------------------------------------------------
wait_listening() { # log pid -> port
    local _
    for _ in $(seq 150); do
        if grep -q 'serving on http://' "$1"; then
            sed -n 's|.*serving on http://[^ ]*:\([0-9]*\)$|\1|p' "$1" | head -n1
            return 0
        fi
        kill -0 "$2" 2>/dev/null || { cat "$1" >&2; return 1; }
        sleep 0.1
    done
    cat "$1" >&2
    return 1
}
check_scratch_root() { # package
    local package=$1 root=$work/root-$1 binary size
    step "scratch root (dpkg -x $(basename "${deb[$1]}"))"
    dpkg -x "${deb[$1]}" "$root"
    binary=$root/usr/bin/keyward
    [[ $("$binary" --version) == "keyward $upstream" ]] || fail "keyward --version: $("$binary" --version)"
    ok "installed keyward --version: keyward $upstream"
    if ldd "$binary" | grep -E 'libQt6(Widgets|Gui)|keychain' >"$work/ldd"; then
        console "$package" || { cat "$work/ldd"; fail "keyward-server's keyward links a GUI library"; }
    else
        console "$package" && fail "keyward's keyward links no Qt Widgets"
    fi
    console "$package" && ok "links Qt Widgets and QtKeychain" || ok "links no Qt Gui, Qt Widgets or QtKeychain"

    if console "$package"; then
        desktop-file-validate "$root/usr/share/applications/keyward.desktop" || fail "desktop-file-validate"
        ok "desktop-file-validate keyward.desktop"
        appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.keyward.keyward.metainfo.xml" ||
            fail "appstreamcli validate"
        appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
        grep -q "<release version=\"$upstream\"" "$root/usr/share/metainfo/invalid.keyward.keyward.metainfo.xml" ||
            fail "the metainfo has no <release version=\"$upstream\">"
        ok "appstreamcli validate (file and tree)"
        for size in "${icon_sizes[@]}"; do
            file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/keyward.png" | grep -q "PNG image data, $size x $size" ||
                fail "${size}x${size}/keyward.png is not a $size x $size PNG"
        done
        ok "PNG icons ${icon_sizes[*]}"
    else
        local man_warnings man_text command options option variable security
        man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
            man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/keyward.1.gz" 2>&1 >/dev/null)
        [[ -z $man_warnings ]] || fail "man page warnings: $man_warnings"
        # Every option of every command is in the man page.
        man_text=$(MANWIDTH=200 man -l "$root/usr/share/man/man1/keyward.1.gz" 2>/dev/null)
        for command in serve tenant user key token audit signing-key; do
            options=$(NO_COLOR=1 "$binary" "$command" --help | grep -Eo '^ +(-[a-z], )?--[a-z-]+' | grep -Eo -- '--[a-z-]+' | sort -u)
            for option in $options; do
                grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$man_text" || fail "keyward $command $option is not in keyward(1)"
            done
        done
        # The environment variables the sources read (string literals "KEYWARD_...").
        for variable in $(grep -rhoE '"KEYWARD_[A-Z_]+"' "$repo/app" "$repo/models" "$repo/server" "$repo/ui" | tr -d '"' | sort -u); do
            grep -qE "(^|[^A-Z_])$variable([^A-Z_]|\$)" <<<"$man_text" || fail "$variable is not in keyward(1)"
        done
        ok "keyward(1): no groff warnings; covers every command option and KEYWARD_* variable"
        security=$(systemd-analyze security --offline=true --threshold=20 --no-pager \
            "$root/usr/lib/systemd/system/keyward.service" 2>&1) ||
            { echo "$security"; fail "systemd-analyze security: exposure above 2.0"; }
        exposure=$(grep -o 'Overall exposure level for keyward.service: [0-9.]* [A-Z]*' <<<"$security")
        exposure=${exposure#Overall exposure level for keyward.service: }
        ok "systemd-analyze security keyward.service: overall exposure $exposure (threshold 2.0)"
    fi

    # serve from the scratch root, as the current user, on a scratch database.
    local serve_log=$work/scratch-serve-$package.log scratch_pid scratch_port health scratch_status=0
    "$binary" serve --db "$work/scratch-$package.sqlite" --port 0 >"$serve_log" 2>&1 &
    scratch_pid=$!
    pids+=("$scratch_pid")
    scratch_port=$(wait_listening "$serve_log" "$scratch_pid") || fail "scratch keyward serve did not start"
    health=$(curl -sS --max-time 5 "http://127.0.0.1:$scratch_port/healthz")
    [[ $(jq -r '.status + " " + .version' <<<"$health") == "ok $upstream" ]] || fail "/healthz: $health"
    kill -TERM "$scratch_pid"
    wait "$scratch_pid" || scratch_status=$?
    [[ $scratch_status -eq 0 ]] || fail "keyward serve exited $scratch_status on SIGTERM"
    ok "keyward serve from the scratch root: /healthz $health; SIGTERM -> exit 0"
}

for package in "${packages[@]}"; do
    check_metadata "$package"
    check_lintian "$package"
    check_tarball "$package"
    check_scratch_root "$package"
done

# --- install on this machine -----------------------------------------------------
# What the test made beyond the package (the system user and its state
# directory stay after a purge, on purpose) is removed again afterwards.
had_user=no
getent passwd keyward >/dev/null && had_user=yes
had_state=no
[[ -e /var/lib/keyward ]] && had_state=yes
forget_service_state() {
    if [[ $had_user == no ]]; then
        deluser --quiet --system keyward >/dev/null 2>&1 || true
        delgroup --quiet --system keyward >/dev/null 2>&1 || true
    fi
    [[ $had_state == yes ]] || rm -rf /var/lib/keyward
}
apt_install() { # file
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >"$work/apt.log" 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >"$work/apt.log" 2>&1 ||
            { cat "$work/apt.log"; fail "apt-get install ./$(basename "$1")"; }
    fi
}
installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == 'install ok installed' ]]; }
install_alone() { # package
    local package=$1 uid home shell
    step "install $package alone on this machine (apt-get install ./$(basename "${deb[$1]}"))"
    installed "$package" && fail "$package is installed on this machine already; remove it or use --no-install"
    installed "$(other "$package")" && fail "$(other "$package") is installed on this machine; remove it or use --no-install"
    cleanups+=("dpkg --purge $package >/dev/null 2>&1")
    apt_install "${deb[$package]}"
    version=$(dpkg-deb -f "${deb[$package]}" Version)
    [[ $(dpkg-query -W -f='${Version}' "$package") == "$version" ]] || fail "dpkg does not list $package $version"
    [[ $(/usr/bin/keyward --version) == "keyward $upstream" ]] || fail "/usr/bin/keyward --version"
    ok "installed $package $version; /usr/bin/keyward --version"
    dpkg --verify "$package" || fail "dpkg --verify $package"
    IFS=: read -r _ _ uid _ _ home shell < <(getent passwd keyward) || fail "postinst made no keyward user"
    [[ $uid -lt 1000 && $home == /var/lib/keyward && $shell == /usr/sbin/nologin ]] ||
        fail "keyward user: uid $uid home $home shell $shell"
    [[ $(stat -c '%U:%G %a' /var/lib/keyward) == "keyward:keyward 750" ]] ||
        fail "/var/lib/keyward is $(stat -c '%U:%G %a' /var/lib/keyward)"
    [[ $(stat -c '%U:%G %a' /etc/keyward/keyward.env) == "root:root 600" ]] ||
        fail "/etc/keyward/keyward.env is $(stat -c '%U:%G %a' /etc/keyward/keyward.env)"
    ok "postinst: system user keyward (uid $uid, $home, $shell), /var/lib/keyward keyward:keyward 0750, keyward.env root 0600"
    verify=$(systemd-analyze verify /lib/systemd/system/keyward.service 2>&1) ||
        { echo "$verify"; fail "systemd-analyze verify keyward.service"; }
    ok "systemd-analyze verify keyward.service${verify:+ ($verify)}"
}
purge() { # package
    step "purge $1"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$1" >"$work/apt.log" 2>&1 ||
        { cat "$work/apt.log"; fail "apt-get purge $1"; }
    [[ ! -e /usr/bin/keyward && ! -e /etc/keyward/keyward.env && ! -e /lib/systemd/system/keyward.service ]] ||
        fail "files left after purge"
    installed "$1" && fail "$1 still listed"
    [[ -d /var/lib/keyward ]] || fail "purge removed /var/lib/keyward (the database and master key stay)"
    ok "purged: program, unit and conffile gone; /var/lib/keyward kept (removed by this test)"
}

root=$work/root-keyward-server
keyward_bin=$root/usr/bin/keyward
run_as=()
state=$work/state
mkdir -p "$state"
if [[ $install == yes ]]; then
    [[ $had_user == no || $had_state == no ]] && cleanups+=("forget_service_state")
    install_alone keyward-server
    keyward_bin=/usr/bin/keyward
    # As keyward.service runs it: its user, its state directory.
    run_as=(setpriv --reuid keyward --regid keyward --init-groups --)
    state=/var/lib/keyward
fi

# --- nginx + TLS + trusted proxy ------------------------------------------------
# shellcheck source=tests/packaging/behind-nginx.sh
source "$repo/tests/packaging/behind-nginx.sh"

# --- the console, alone; then the server over it ---------------------------------
if [[ $install == yes ]]; then
    purge keyward-server
    forget_service_state
    install_alone keyward
    ldd /usr/bin/keyward | grep libQt6Widgets >/dev/null || fail "the installed keyward links no Qt Widgets"

    step "the installed console under Xvfb"
    # As an operator would start it from the menu, in a session of its own:
    # it opens its store in the home directory and shows its window.
    console_home=$work/console-home
    mkdir -m 0700 "$console_home"
    cat >"$work/console.sh" <<'CONSOLE'
/usr/bin/keyward >"$HOME/console.log" 2>&1 &
pid=$!
# The main window: class keyward, titled "Keyward" or "Tenant — Keyward"
# (UTF-8, hence the locale), full size.
window='"[^"]*Keyward": \("keyward" "keyward"\) +[0-9]{3,}x[0-9]{3,}'
for _ in $(seq 150); do
    if LC_ALL=C.UTF-8 xwininfo -root -tree | grep -Eq "$window"; then
        LC_ALL=C.UTF-8 xwininfo -root -tree | grep -Eo "$window" | head -n1
        kill -TERM "$pid"
        wait "$pid"
        exit $?
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
cat "$HOME/console.log" >&2
kill "$pid" 2>/dev/null
exit 1
CONSOLE
    window=$(env -i HOME="$console_home" PATH=/usr/sbin:/usr/bin:/sbin:/bin QT_QPA_PLATFORM=xcb \
        QT_LOGGING_RULES='keyward.access.info=false' \
        xvfb-run -a -s '-screen 0 1280x800x24' bash "$work/console.sh") ||
        fail "the console did not show its window under Xvfb"
    [[ -n $(find "$console_home" -name '*.sqlite' -print -quit) ]] || fail "the console made no store under $console_home"
    ok "keyward (the console) shows its window ${window}; its store is under \$HOME; SIGTERM -> exit 0"

    step "keyward-server over keyward (Conflicts, Replaces)"
    apt_install "${deb[keyward-server]}"
    installed keyward-server || fail "keyward-server is not installed"
    installed keyward && fail "keyward is still installed beside keyward-server"
    [[ $(/usr/bin/keyward --version) == "keyward $upstream" ]] || fail "/usr/bin/keyward --version"
    ldd /usr/bin/keyward | grep -E 'libQt6(Widgets|Gui)|keychain' && fail "/usr/bin/keyward is still the console's"
    [[ $(stat -c '%U:%G %a' /etc/keyward/keyward.env) == "root:root 600" ]] || fail "keyward.env after the swap"
    dpkg --verify keyward-server || fail "dpkg --verify keyward-server"
    ok "apt replaced keyward by keyward-server; /usr/bin/keyward links no GUI library"
    purge keyward-server
    dpkg --purge keyward >/dev/null 2>&1 || true
fi

step "all packaging checks passed"
for package in "${packages[@]}"; do
    echo "lintian $package (last lines):"
    tail -n 5 "$work/lintian-$package.log" | sed 's/^/  /'
done
echo "systemd-analyze security keyward.service: overall exposure $exposure"
