#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# The packaging proof (packaging/README.md): build the .deb and .tar.gz, run
# lintian on the .deb, check its metadata and contents, validate the desktop
# file, AppStream metadata, man page and systemd unit, unpack it into a scratch
# root and run the binary from there (--version, serve + /healthz), install it
# on this machine (as root), run `keyward serve` the way keyward.service does
# behind nginx with TLS and check that a key's IP allow-list sees the real
# client through the trusted proxy, then purge it. Exits non-zero on the first
# failure. Installs the Debian packages it needs if missing (as root).
#   tests/packaging/check.sh [--no-build] [--no-install]
#     --no-build    use the packages already in build/release/packages/
#     --no-install  no dpkg -i on this machine (serve from the scratch root)
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
    man:man-db setpriv:util-linux file:file dpkg-deb:dpkg; do
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
packages=$repo/build/release/packages
shopt -s nullglob
debs=("$packages"/keyward_*.deb)
tgzs=("$packages"/keyward-*.tar.gz)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one .deb in $packages, found ${#debs[@]}"
[[ ${#tgzs[@]} -eq 1 ]] || fail "expected one .tar.gz in $packages, found ${#tgzs[@]}"
deb=${debs[0]}
tgz=${tgzs[0]}
upstream=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n1)
[[ -n $upstream ]] || fail "no project VERSION in CMakeLists.txt"

# --- .deb metadata -------------------------------------------------------------
step "deb metadata: $(basename "$deb")"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == keyward ]] || fail "Package is $(field Package)"
version=$(field Version)
[[ $version == "$upstream"-* ]] || fail "Version $version does not start with $upstream-"
[[ $(field Section) == net ]] || fail "Section is $(field Section)"
[[ $(field Maintainer) == "Keyward developers <dev@keyward.invalid>" ]] || fail "Maintainer is $(field Maintainer)"
depends=$(field Depends)
echo "Depends: $depends"
# The SQL drivers and SVG plugins (Qt loads them at run time: added by hand),
# adduser (postinst), and what dpkg-shlibdeps computed from the executable.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 adduser \
    libc6 libstdc++6 libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6httpserver6 \
    libqt6keychain1 libssl3; do
    tr ',' '\n' <<<"$depends" | awk '{print $1}' | grep -qxF "$package" || fail "Depends lacks $package"
done
ok "Depends: computed (libc6, Qt, OpenSSL, QtKeychain) + SQL drivers, libqt6svg6, adduser"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/keyward/keyward.env ||
    fail "/etc/keyward/keyward.env is not a conffile"
ok "conffile /etc/keyward/keyward.env"
dpkg-deb -c "$deb" >"$work/contents"
expect_entry() { # mode path
    grep -Eq "^$1 root/root +[0-9]+ [0-9-]+ [0-9:]+ \./$2\$" "$work/contents" ||
        fail "the .deb has no $2 with mode $1"
}
expect_entry -rwxr-xr-x usr/bin/keyward
expect_entry -rw------- etc/keyward/keyward.env
expect_entry -rw-r--r-- usr/lib/systemd/system/keyward.service
expect_entry -rw-r--r-- usr/share/applications/keyward.desktop
expect_entry -rw-r--r-- usr/share/metainfo/invalid.keyward.keyward.metainfo.xml
expect_entry -rw-r--r-- usr/share/icons/hicolor/scalable/apps/keyward.svg
icon_sizes=(16 22 24 32 48 64 128 256)
for size in "${icon_sizes[@]}"; do
    expect_entry -rw-r--r-- "usr/share/icons/hicolor/${size}x${size}/apps/keyward.png"
done
expect_entry -rw-r--r-- usr/share/man/man1/keyward.1.gz
expect_entry -rw-r--r-- usr/share/doc/keyward/copyright
expect_entry -rw-r--r-- usr/share/doc/keyward/changelog.Debian.gz
expect_entry -rw-r--r-- usr/share/doc/keyward/examples/nginx-keyward.conf
expect_entry -rw-r--r-- usr/share/lintian/overrides/keyward
ok "contents and modes"

# --- lintian -------------------------------------------------------------------
step "lintian --fail-on error,warning"
lintian_user=()
# lintian refuses nothing as root but recommends against it.
[[ $is_root == yes ]] && lintian_user=(setpriv --reuid nobody --regid nogroup --clear-groups --)
cp "$deb" "$work/" && chmod 0644 "$work/$(basename "$deb")"
set +e
(cd /tmp && "${lintian_user[@]}" lintian --fail-on error,warning --display-info \
    "$work/$(basename "$deb")") 2>&1 | tee "$work/lintian.log"
lintian_status=${PIPESTATUS[0]}
set -e
[[ $lintian_status -eq 0 ]] || fail "lintian exited $lintian_status"
ok "lintian: no errors, no warnings (exit 0; $(grep -c '^[EW]: ' "$work/lintian.log" || true) E/W lines)"
# The overrides and their reasons, for the log (--show-overrides makes lintian
# exit non-zero, hence this second run).
(cd /tmp && "${lintian_user[@]}" lintian --show-overrides "$work/$(basename "$deb")" 2>&1 | grep '^[ON]: ') || true

# --- .tar.gz -------------------------------------------------------------------
step "tar.gz: $(basename "$tgz")"
top=$(basename "$tgz" .tar.gz)
tar -tzvf "$tgz" >"$work/tgz-contents"
for path in bin/keyward etc/keyward/keyward.env lib/systemd/system/keyward.service \
    share/applications/keyward.desktop share/man/man1/keyward.1.gz \
    share/icons/hicolor/scalable/apps/keyward.svg share/icons/hicolor/256x256/apps/keyward.png \
    share/doc/keyward/examples/nginx-keyward.conf; do
    grep -q " $top/$path\$" "$work/tgz-contents" || fail "the .tar.gz has no $top/$path"
done
grep -q "/share/lintian" "$work/tgz-contents" && fail "the .tar.gz carries lintian overrides"
mkdir "$work/tgz" && tar -xzf "$tgz" -C "$work/tgz"
[[ $("$work/tgz/$top/bin/keyward" --version) == "keyward $upstream" ]] || fail "tar.gz keyward --version"
ok "relocatable tree; bin/keyward --version runs"

# --- scratch root --------------------------------------------------------------
step "scratch root (dpkg -x)"
root=$work/root
dpkg -x "$deb" "$root"
scratch_bin=$root/usr/bin/keyward
[[ $("$scratch_bin" --version) == "keyward $upstream" ]] || fail "keyward --version: $("$scratch_bin" --version)"
ok "installed keyward --version: keyward $upstream"

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

man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/keyward.1.gz" 2>&1 >/dev/null)
[[ -z $man_warnings ]] || fail "man page warnings: $man_warnings"
# Every option of every command is in the man page.
man_text=$(MANWIDTH=200 man -l "$root/usr/share/man/man1/keyward.1.gz" 2>/dev/null)
for command in serve tenant user key token audit signing-key; do
    options=$(NO_COLOR=1 "$scratch_bin" "$command" --help | grep -Eo '^ +(-[a-z], )?--[a-z-]+' | grep -Eo -- '--[a-z-]+' | sort -u)
    for option in $options; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$man_text" || fail "keyward $command $option is not in keyward(1)"
    done
done
# The environment variables the sources read (string literals "KEYWARD_...").
for variable in $(grep -rhoE '"KEYWARD_[A-Z_]+"' "$repo/app" "$repo/models" "$repo/server" "$repo/ui" | tr -d '"' | sort -u); do
    grep -qE "(^|[^A-Z_])$variable([^A-Z_]|\$)" <<<"$man_text" || fail "$variable is not in keyward(1)"
done
ok "keyward(1): no groff warnings; covers every command option and KEYWARD_* variable"

unit=$root/usr/lib/systemd/system/keyward.service
security=$(systemd-analyze security --offline=true --threshold=20 --no-pager "$unit" 2>&1) ||
    { echo "$security"; fail "systemd-analyze security: exposure above 2.0"; }
exposure=$(grep -o 'Overall exposure level for keyward.service: [0-9.]* [A-Z]*' <<<"$security")
exposure=${exposure#Overall exposure level for keyward.service: }
ok "systemd-analyze security keyward.service: overall exposure $exposure (threshold 2.0)"

# serve from the scratch root, as the current user, on a scratch database.
serve_log=$work/scratch-serve.log
"$scratch_bin" serve --db "$work/scratch.sqlite" --port 0 >"$serve_log" 2>&1 &
scratch_pid=$!
pids+=("$scratch_pid")
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
scratch_port=$(wait_listening "$serve_log" "$scratch_pid") || fail "scratch keyward serve did not start"
health=$(curl -sS --max-time 5 "http://127.0.0.1:$scratch_port/healthz")
[[ $(jq -r '.status + " " + .version' <<<"$health") == "ok $upstream" ]] || fail "/healthz: $health"
kill -TERM "$scratch_pid"
scratch_status=0
wait "$scratch_pid" || scratch_status=$?
[[ $scratch_status -eq 0 ]] || fail "keyward serve exited $scratch_status on SIGTERM"
ok "keyward serve from the scratch root: /healthz $health; SIGTERM -> exit 0"

# --- install on this machine -----------------------------------------------------
keyward_bin=$scratch_bin
run_as=()
state=$work/state
mkdir -p "$state"
if [[ $install == yes ]]; then
    step "install on this machine (apt-get install ./$(basename "$deb"))"
    if dpkg-query -W -f='${Status}' keyward 2>/dev/null | grep -q 'install ok installed'; then
        fail "keyward is installed on this machine already; remove it or use --no-install"
    fi
    had_user=no
    getent passwd keyward >/dev/null && had_user=yes
    had_state=no
    [[ -e /var/lib/keyward ]] && had_state=yes
    # Run in reverse order: purge, then what purge leaves if this test made it.
    if [[ $had_user == no ]]; then
        cleanups+=("deluser --quiet --system keyward >/dev/null 2>&1; delgroup --quiet --system keyward >/dev/null 2>&1")
    fi
    [[ $had_state == yes ]] || cleanups+=("rm -rf /var/lib/keyward")
    cleanups+=("dpkg --purge keyward >/dev/null 2>&1")
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
            { cat "$work/apt.log"; fail "apt-get install ./$(basename "$deb")"; }
    fi
    [[ $(dpkg-query -W -f='${Version}' keyward) == "$version" ]] || fail "dpkg does not list keyward $version"
    [[ $(/usr/bin/keyward --version) == "keyward $upstream" ]] || fail "/usr/bin/keyward --version"
    ok "installed keyward $version; /usr/bin/keyward --version"
    dpkg --verify keyward || fail "dpkg --verify keyward"
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
    keyward_bin=/usr/bin/keyward
    # As keyward.service runs it: its user, its state directory.
    run_as=(setpriv --reuid keyward --regid keyward --init-groups --)
    state=/var/lib/keyward
fi

# --- nginx + TLS + trusted proxy ------------------------------------------------------
step "nginx (TLS) in front of keyward serve, trusted proxy 127.0.0.1"
# Addresses, all on the loopback (Linux routes 127.0.0.0/8 to lo, so a client
# can bind any of them): nginx listens on 127.0.0.2; clients connect from
# 127.0.0.7 (allowed) or 127.0.0.8 (not); nginx reaches Keyward from
# 127.0.0.1, the trusted proxy.
free_port() {
    python3 -c 'import socket,sys; s=socket.socket(); s.bind((sys.argv[1], 0)); print(s.getsockname()[1])' "$1"
}
db=$state/keyward.sqlite
[[ -e $db ]] && fail "$db exists already"
# keyward.service's environment: the unit's Environment= lines, then the
# EnvironmentFile (which wins), as systemd would.
unit_file=$root/usr/lib/systemd/system/keyward.service
[[ $install == yes ]] && unit_file=/lib/systemd/system/keyward.service
# shellcheck disable=SC2016 # a literal $ in the unit
grep -qx 'ExecStart=/usr/bin/keyward serve $KEYWARD_SERVE_ARGS' "$unit_file" || fail "unexpected ExecStart in the unit"
service_env=(HOME="$state" PATH=/usr/sbin:/usr/bin:/sbin:/bin)
while IFS= read -r line; do service_env+=("${line#Environment=}"); done < <(grep '^Environment=' "$unit_file")
service_env+=(KEYWARD_DB="$db")
env_file=$root/etc/keyward/keyward.env
[[ $install == yes ]] && env_file=/etc/keyward/keyward.env
while IFS= read -r line; do service_env+=("$line"); done < <(grep -E '^[A-Z_]+=' "$env_file")
admin_password=$(openssl rand -hex 12)
service_env+=(KEYWARD_ADMIN_EMAIL=admin@example.com KEYWARD_ADMIN_PASSWORD="$admin_password")
kw() { "${run_as[@]}" env -i "${service_env[@]}" "$keyward_bin" "$@"; }

# Keys, created with the CLI on the service's database before it starts.
new_key() { # name allowed-ip -> secret
    kw key create --name "$1" --permission token:generate --allowed-ip "$2" 2>>"$work/cli.log" | tail -n1
}
key_local=$(new_key via-proxy-127.0.0.7 127.0.0.7)
key_doc=$(new_key documentation-203.0.113.7 203.0.113.7)
key_proxy=$(new_key proxy-itself-127.0.0.1 127.0.0.1)
[[ $key_local == sk_* && $key_doc == sk_* && $key_proxy == sk_* ]] || fail "key create did not print sk_ secrets"
ok "keys: allowed 127.0.0.7, allowed 203.0.113.7, allowed 127.0.0.1 (nginx itself)"

start_keyward() { # extra serve arguments...
    keyward_log=$work/keyward-$RANDOM.log
    # Not through kw(): $! must be keyward itself (setpriv and env exec it).
    "${run_as[@]}" env -i "${service_env[@]}" "$keyward_bin" serve --port 0 "$@" >"$keyward_log" 2>&1 &
    keyward_pid=$!
    pids+=("$keyward_pid")
    keyward_port=$(wait_listening "$keyward_log" "$keyward_pid") || fail "keyward serve did not start"
}
stop_keyward() {
    kill -TERM "$keyward_pid"
    local status=0
    wait "$keyward_pid" || status=$?
    [[ $status -eq 0 ]] || fail "keyward serve exited $status on SIGTERM"
}
start_keyward --trusted-proxy 127.0.0.1
ok "keyward serve ${run_as[*]:+as keyward (setpriv) }on 127.0.0.1:$keyward_port, --trusted-proxy 127.0.0.1"

# The example site, verbatim except listen addresses, certificate and upstream port.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj /CN=keyward.example.com -addext subjectAltName=DNS:keyward.example.com \
    -keyout "$work/tls.key" -out "$work/tls.pem" 2>/dev/null
chmod 0600 "$work/tls.key"
http_port=$(free_port 127.0.0.2)
tls_port=$(free_port 127.0.0.2)
while [[ $tls_port == "$http_port" ]]; do tls_port=$(free_port 127.0.0.2); done
example=$root/usr/share/doc/keyward/examples/nginx-keyward.conf
sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.2:$http_port;|" \
    -e '/listen \[::\]:/d' \
    -e "s|^\( *\)listen 443 ssl http2;|\1listen 127.0.0.2:$tls_port ssl http2;|" \
    -e "s|^\( *\)server 127.0.0.1:8080;|\1server 127.0.0.1:$keyward_port;|" \
    -e "s|^\( *\)ssl_certificate /etc/ssl/certs/keyward.example.com.pem;|\1ssl_certificate $work/tls.pem;|" \
    -e "s|^\( *\)ssl_certificate_key /etc/ssl/private/keyward.example.com.key;|\1ssl_certificate_key $work/tls.key;|" \
    "$example" >"$work/site.conf"
changed=$(diff "$example" "$work/site.conf" | grep -c '^[<>]' || true)
[[ $changed -eq 12 ]] || { diff "$example" "$work/site.conf" || true; fail "the example changed shape: $changed lines differ, expected 12"; }
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log info;
events { worker_connections 64; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/site.conf;
}
EOF
nginx -t -q -e "$work/nginx/error.log" -c "$work/nginx.conf" -p "$work/nginx/" || fail "nginx -t"
nginx -e "$work/nginx/error.log" -c "$work/nginx.conf" -p "$work/nginx/" || fail "nginx did not start"
cleanups+=("[ -f $work/nginx/nginx.pid ] && kill -QUIT \$(cat $work/nginx/nginx.pid)")
for _ in $(seq 50); do [[ -s $work/nginx/nginx.pid ]] && break; sleep 0.1; done
ok "nginx $(nginx -v 2>&1 | sed 's|.*/||') on 127.0.0.2:$tls_port (TLS) and :$http_port, example config"

public=https://keyward.example.com:$tls_port
tls=(--cacert "$work/tls.pem" --resolve "keyward.example.com:$tls_port:127.0.0.2")
request() { # from url [curl arguments...] -> "status body"
    local from=$1 url=$2
    shift 2
    curl -sS --max-time 10 --interface "$from" "${tls[@]}" -o "$work/body" -w '%{http_code}' "$@" "$url"
    printf ' %s' "$(cat "$work/body")"
}
exchange() { # from base key [curl arguments...]
    local from=$1 base=$2 key=$3
    shift 3
    request "$from" "$base/api/Token/generate-from-apikey" -H "x-api-key: $key" "$@"
}
jwt_subject() { # response -> sub claim of the JWT in .data
    local token payload
    token=$(jq -r '.data' <<<"${1#* }")
    [[ $token =~ ^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$ ]] || return 1
    payload=${BASH_REMATCH[1]//-/+}
    payload=${payload//_//}
    while (( ${#payload} % 4 )); do payload+='='; done
    base64 -d <<<"$payload" | jq -r '.sub'
}
expect_token() { # what response
    [[ ${2%% *} == 200 ]] && subject=$(jwt_subject "$2") && [[ $subject == key:* ]] ||
        fail "$1: expected 200 and a JWT, got $2"
    ok "$1: 200, JWT for $subject"
}
expect_refused_ip() { # what response
    [[ ${2%% *} == 422 && $2 == *"IP address not allowed for this API key"* ]] ||
        fail "$1: expected 422 IP address not allowed, got $2"
    ok "$1: 422 IP address not allowed"
}

response=$(request 127.0.0.7 "$public/healthz" -D "$work/headers")
[[ ${response%% *} == 200 && $(jq -r .status <<<"${response#* }") == ok ]] || fail "healthz through nginx: $response"
grep -qi '^strict-transport-security: max-age=' "$work/headers" || fail "no HSTS header"
ok "GET /healthz over TLS (certificate verified) through nginx: 200, HSTS"
redirect=$(curl -sS --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' \
    --resolve "keyward.example.com:$http_port:127.0.0.2" "http://keyward.example.com:$http_port/healthz")
[[ $redirect == "301 https://keyward.example.com/healthz" ]] || fail "http redirect: $redirect"
ok "plain HTTP: 301 to https"

# The documented flow through nginx: discover the tenant key, log in with it
# (POST with a JSON body), then exchange keys for JWTs.
response=$(request 127.0.0.7 "$public/api/ApiKey/1/apikey")
tenant_key=$(jq -r '.data.key' <<<"${response#* }")
[[ ${response%% *} == 200 && -n $tenant_key && $tenant_key != null ]] || fail "tenant key discovery: $response"
response=$(request 127.0.0.7 "$public/api/Token/generate" -H "x-api-key: $tenant_key" \
    -H 'Content-Type: application/json' \
    --data "{\"email\": \"admin@example.com\", \"password\": \"$admin_password\"}")
[[ ${response%% *} == 200 && $(jq -r '.data' <<<"${response#* }") =~ ^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$ ]] ||
    fail "POST /api/Token/generate through nginx: $response"
ok "POST /api/Token/generate (tenant key + admin login) through nginx: 200, JWT"

expect_token "key allowed 127.0.0.7, client 127.0.0.7 via nginx" \
    "$(exchange 127.0.0.7 "$public" "$key_local")"
expect_refused_ip "key allowed 127.0.0.7, client 127.0.0.8 via nginx" \
    "$(exchange 127.0.0.8 "$public" "$key_local")"
expect_refused_ip "key allowed 127.0.0.1 (nginx's own address), client 127.0.0.7 via nginx" \
    "$(exchange 127.0.0.7 "$public" "$key_proxy")"
expect_refused_ip "key allowed 203.0.113.7, client 127.0.0.8 via nginx sending X-Forwarded-For: 203.0.113.7" \
    "$(exchange 127.0.0.8 "$public" "$key_doc" -H 'X-Forwarded-For: 203.0.113.7')"
direct=http://127.0.0.1:$keyward_port
expect_refused_ip "key allowed 203.0.113.7, client 127.0.0.8 straight to Keyward with X-Forwarded-For: 203.0.113.7" \
    "$(exchange 127.0.0.8 "$direct" "$key_doc" -H 'X-Forwarded-For: 203.0.113.7')"
expect_token "key allowed 127.0.0.7, client 127.0.0.7 straight to Keyward" \
    "$(exchange 127.0.0.7 "$direct" "$key_local")"

# A client really at 203.0.113.7: put the documentation address on lo for the
# duration (needs CAP_NET_ADMIN; skipped without it).
if [[ $is_root == yes ]] && ! ip -o addr show dev lo | grep -q ' 203\.0\.113\.7/' &&
    ip addr add 203.0.113.7/32 dev lo 2>/dev/null; then
    cleanups+=("ip addr del 203.0.113.7/32 dev lo")
    expect_token "key allowed 203.0.113.7, client 203.0.113.7 via nginx" \
        "$(exchange 203.0.113.7 "$public" "$key_doc")"
    ip addr del 203.0.113.7/32 dev lo
    unset 'cleanups[${#cleanups[@]}-1]'
else
    echo "skip 203.0.113.7 as a real client address (cannot add it to lo)"
fi

# Control: the same requests without --trusted-proxy. Keyward now sees
# nginx (127.0.0.1) as the client.
stop_keyward
start_keyward
sed -i "s|server 127.0.0.1:[0-9]*;|server 127.0.0.1:$keyward_port;|" "$work/site.conf"
# Reload nginx and wait for its old workers (which still know the old
# upstream port) to be gone, so no request can reach them.
nginx_master=$(cat "$work/nginx/nginx.pid")
old_workers=$(pgrep -P "$nginx_master" || true)
kill -HUP "$nginx_master"
for _ in $(seq 100); do
    alive=no
    for worker in $old_workers; do kill -0 "$worker" 2>/dev/null && alive=yes; done
    [[ $alive == no ]] && break
    sleep 0.1
done
for _ in $(seq 50); do
    [[ $(request 127.0.0.7 "$public/healthz") == "200 "* ]] && break
    sleep 0.1
done
expect_refused_ip "without --trusted-proxy: key allowed 127.0.0.7, client 127.0.0.7 via nginx" \
    "$(exchange 127.0.0.7 "$public" "$key_local")"
expect_token "without --trusted-proxy: key allowed 127.0.0.1, client 127.0.0.7 via nginx" \
    "$(exchange 127.0.0.7 "$public" "$key_proxy")"
stop_keyward
kill -QUIT "$(cat "$work/nginx/nginx.pid")"
for _ in $(seq 50); do [[ -e $work/nginx/nginx.pid ]] || break; sleep 0.1; done

# --- remove ----------------------------------------------------------------------
if [[ $install == yes ]]; then
    step "purge"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq keyward >"$work/apt.log" 2>&1 ||
        { cat "$work/apt.log"; fail "apt-get purge keyward"; }
    [[ ! -e /usr/bin/keyward && ! -e /etc/keyward/keyward.env && ! -e /lib/systemd/system/keyward.service ]] ||
        fail "files left after purge"
    dpkg-query -W -f='${Status}' keyward 2>/dev/null | grep -q installed && fail "keyward still listed"
    [[ -d /var/lib/keyward ]] || fail "purge removed /var/lib/keyward (the database and master key stay)"
    ok "purged: program, unit and conffile gone; /var/lib/keyward kept (removed by this test)"
fi

step "all packaging checks passed"
echo "lintian (last lines):"
tail -n 5 "$work/lintian.log" | sed 's/^/  /'
echo "systemd-analyze security keyward.service: overall exposure $exposure"
