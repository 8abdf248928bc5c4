#!/usr/bin/env bash
# patrol's one entry point for people and CI.
#   ./run.sh demo            set up (first time) and run the demo on the bundled corpus
#   ./run.sh test [ARGS]     set up (first time) and run the test suite, on the embedded store and,
#                            when PostgreSQL is installed, on a throwaway PostgreSQL server too
#   ./run.sh bench NAME      run a benchmark from bench/ (reads ../shared/data when present)
#   ./run.sh ARGS...         any patrol command, e.g. ./run.sh ingest dump.csv
set -euo pipefail
cd "$(dirname "$0")"
VENV="${PATROL_VENV:-.venv}"
PY="${PYTHON:-python3}"

setup() {
    if [ ! -x "$VENV/bin/patrol" ] || [ pyproject.toml -nt "$VENV/.installed" ] || [ constraints.txt -nt "$VENV/.installed" ]; then
        echo "setting up $VENV (first run only)…" >&2
        "$PY" -m venv "$VENV"
        "$VENV/bin/pip" install --quiet --upgrade pip
        "$VENV/bin/pip" install --quiet -c constraints.txt -e ".[dev]"  # pinned: constraints.txt
        touch "$VENV/.installed"
    fi
}

with_postgres() {
    # PATROL_TEST_POSTGRES (an admin URL) points the tests at a server; without one, start ours.
    if [ -n "${PATROL_TEST_POSTGRES:-}" ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        return
    fi
    PGTMP=$(mktemp -d /tmp/patrol-pg.XXXXXX)
    chmod 755 "$PGTMP"
    trap 'scripts/postgres.sh stop "$PGTMP/data" 2>/dev/null || true; rm -rf "$PGTMP"' EXIT
    local port
    port=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    PATROL_TEST_POSTGRES=$(PG_OPTS="-c fsync=off -c full_page_writes=off" scripts/postgres.sh start "$PGTMP/data" "$port")
    export PATROL_TEST_POSTGRES
}

cmd="${1:-demo}"
[ $# -gt 0 ] && shift
case "$cmd" in
    demo)  setup; exec "$VENV/bin/patrol" demo "$@" ;;
    test)  setup; with_postgres; "$VENV/bin/python" -m pytest "$@" ;;
    bench) setup; name="$1"; shift; exec "$VENV/bin/python" "bench/$name.py" "$@" ;;
    *)     setup; exec "$VENV/bin/patrol" "$cmd" "$@" ;;
esac
