# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Sourced by tests/packaging/check.sh once keyward-server is in place: runs
# `keyward serve` as keyward.service does (its user, its environment) behind
# nginx with TLS and the example site, and checks that a key's IP allow-list
# sees the real client through the trusted proxy, and nginx without it.
# Uses check.sh's root, install, state, keyward_bin, run_as, work, pids,
# cleanups, step/ok/fail and wait_listening.

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
example=$root/usr/share/doc/keyward-server/examples/nginx-keyward.conf
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

