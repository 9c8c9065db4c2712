#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1, for CI, the benches and the tests.
#
#   .ci/postgres.sh start [--durable] [--locale LOCALE] [-c name=value ...]
#       initdb in a new folder under /tmp, start on a random free port, print the connection string on stdout
#       (Host=127.0.0.1;Port=N;Username=postgres;Database=postgres); everything else goes to stderr.
#       Default settings favour speed (fsync, synchronous_commit and full_page_writes off); --durable keeps initdb's.
#       --locale: the cluster's locale (default C.UTF-8, then C where C.UTF-8 is missing). -c: further server settings.
#   .ci/postgres.sh stop CONNECTION_STRING|PORT
#       stops the server started on that port and removes its folder.
#
# Binaries: $PG_BIN, else initdb/pg_ctl on PATH, else the newest /usr/lib/postgresql/*/bin; as root, the postgresql
# package is installed when none is found. As root the server runs as the postgres user (created if missing), through
# runuser.
set -euo pipefail

STATE_DIR="${TMPDIR:-/tmp}"

say() { echo "$*" >&2; }
die() { say "postgres.sh: $*"; exit 1; }

find_pg_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then
        [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] && { echo "$PG_BIN"; return 0; }
        return 1
    fi
    local initdb dir
    if initdb="$(command -v initdb 2>/dev/null)" && [[ -x "$(dirname "$initdb")/pg_ctl" ]]; then
        dirname "$initdb"
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

install_postgres() {
    [[ "$(id -u)" == 0 ]] || die "PostgreSQL binaries not found (set PG_BIN, or install the postgresql package)"
    say "PostgreSQL binaries not found: installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >/dev/null
}

ensure_postgres_user() {
    [[ "$(id -u)" == 0 ]] || return 0
    id -u postgres >/dev/null 2>&1 && return 0
    if getent group postgres >/dev/null; then
        useradd --system --gid postgres --home-dir /var/lib/postgresql --shell /bin/bash postgres
    else
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
}

as_pg() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

state_file() { echo "$STATE_DIR/warehouse-pg-$1.root"; }

start() {
    local durable="" locale="" settings=()
    while (( $# > 0 )); do
        case "$1" in
            --durable) durable=1 ;;
            --locale) locale="$2"; shift ;;
            -c) settings+=(-c "$2"); shift ;;
            *) die "unknown option $1 (start [--durable] [--locale LOCALE] [-c name=value ...])" ;;
        esac
        shift
    done
    [[ -n "$durable" ]] || settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)

    local bin
    if ! bin="$(find_pg_bin)"; then
        [[ -z "${PG_BIN:-}" ]] || die "PG_BIN=$PG_BIN holds no initdb and pg_ctl"
        install_postgres
        bin="$(find_pg_bin)" || die "PostgreSQL binaries still not found after install"
    fi
    say "PostgreSQL binaries: $bin"
    ensure_postgres_user

    local root data log
    root="$(mktemp -d "$STATE_DIR/warehouse-pg.XXXXXX")"
    data="$root/data"
    log="$root/postgres.log"
    echo "$bin" >"$root/bin"
    [[ "$(id -u)" != 0 ]] || chown -R postgres: "$root"

    local sync=()
    [[ -n "$durable" ]] || sync=(--no-sync)
    if [[ -n "$locale" ]]; then
        (cd "$root" && as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale="$locale" -A trust "${sync[@]}" >"$root/initdb.log" 2>&1) \
            || { cat "$root/initdb.log" >&2; rm -rf "$root"; die "initdb failed"; }
    else
        (cd "$root" && as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust "${sync[@]}" >"$root/initdb.log" 2>&1) \
            || { rm -rf "$data"; (cd "$root" && as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C -A trust "${sync[@]}" >>"$root/initdb.log" 2>&1); } \
            || { cat "$root/initdb.log" >&2; rm -rf "$root"; die "initdb failed"; }
    fi

    local port="" candidate
    for _ in 1 2 3 4 5 6 7 8; do
        candidate=$((20000 + RANDOM % 40000))
        port_is_free "$candidate" || continue
        [[ ! -e "$(state_file "$candidate")" ]] || continue
        if (cd "$root" && as_pg "$bin/pg_ctl" start -D "$data" -l "$log" -w -t 30 \
            -o "-p $candidate -k $root -c listen_addresses=127.0.0.1 ${settings[*]}" >/dev/null); then
            port="$candidate"
            break
        fi
    done
    if [[ -z "$port" ]]; then
        cat "$log" >&2 || true
        rm -rf "$root"
        die "could not start PostgreSQL"
    fi
    echo "$root" >"$(state_file "$port")"
    say "PostgreSQL listening on 127.0.0.1:$port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

stop() {
    local target="${1:-}" port
    [[ -n "$target" ]] || die "stop needs the connection string or the port that start printed"
    if [[ "$target" =~ ^[0-9]+$ ]]; then
        port="$target"
    else
        port="$(sed -n 's/.*[Pp]ort=\([0-9]*\).*/\1/p' <<<"$target")"
    fi
    [[ -n "$port" ]] || die "no port in \"$target\""
    local state root bin
    state="$(state_file "$port")"
    [[ -f "$state" ]] || { say "postgres.sh: no server of this script on port $port"; return 0; }
    root="$(cat "$state")"
    bin="$(cat "$root/bin" 2>/dev/null || true)"
    if [[ -n "$bin" && -f "$root/data/postmaster.pid" ]]; then
        as_pg "$bin/pg_ctl" stop -D "$root/data" -m fast -w -t 30 >/dev/null 2>&1 \
            || as_pg "$bin/pg_ctl" stop -D "$root/data" -m immediate -w -t 15 >/dev/null 2>&1 || true
    fi
    rm -rf "$root" "$state"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) die "usage: postgres.sh start [--durable] [--locale LOCALE] [-c name=value ...] | stop CONNECTION_STRING|PORT" ;;
esac
