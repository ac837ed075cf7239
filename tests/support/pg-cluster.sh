#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Keyward developers
# SPDX-License-Identifier: Apache-2.0
# Starts or stops the throwaway PostgreSQL cluster the PostgreSQL tests use:
# trust authentication, no TCP, a Unix socket in DIR only. halt and resume
# stop and start it again with its data, as a server restart would.
#   pg-cluster.sh start DIR PORT | halt DIR | resume DIR PORT | stop DIR
set -euo pipefail
action=$1 dir=$2 port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
    start)
        if [[ -f "$dir/data/postmaster.pid" ]]; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        mkdir -p "$dir"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U kw -E UTF8 --no-sync >"$dir/initdb.log"
        ;&
    resume)
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null
        ;;
    halt)
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        ;;
    stop)
        [[ -f "$dir/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        rm -rf "$dir"
        ;;
    *)
        echo "usage: pg-cluster.sh start DIR PORT | halt DIR | resume DIR PORT | stop DIR" >&2
        exit 2
        ;;
esac
