#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, in a folder of its own (tests, benchmarks, CI).
#   scripts/postgres.sh start DIR PORT   prints the admin connection URL
#   scripts/postgres.sh stop DIR
# Trust authentication on 127.0.0.1 only: this server holds test data. Production servers
# are yours to configure (scram-sha-256, TLS); patrol only needs a connection URL.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ]; then
    echo "PostgreSQL server not installed (Debian: apt-get install postgresql)" >&2
    exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
    start)
        dir=$2 port=$3
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        if [ ! -f "$dir/PG_VERSION" ]; then
            as_pg "$BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        fi
        # ${PG_OPTS}: e.g. "-c fsync=off" for tests, where durability does not matter
        as_pg "$BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 ${PG_OPTS:-}" start >/dev/null
        echo "postgresql://postgres@127.0.0.1:$port/postgres"
        ;;
    stop)
        as_pg "$BIN/pg_ctl" -D "$2" -m fast stop >/dev/null
        ;;
    *)
        echo "usage: $0 start DIR PORT | stop DIR" >&2
        exit 2
        ;;
esac
