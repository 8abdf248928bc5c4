#!/usr/bin/env bash
# patrol's one entry point for people and CI.
#   ./run.sh demo            set up (first time) and run the demo on the bundled corpus
#   ./run.sh test [ARGS]     set up (first time) and run the test suite
#   ./run.sh bench NAME      run a benchmark from bench/ (reads ../shared/data when present)
#   ./run.sh ARGS...         any patrol command, e.g. ./run.sh ingest dump.csv
set -euo pipefail
cd "$(dirname "$0")"
VENV="${PATROL_VENV:-.venv}"
PY="${PYTHON:-python3}"

setup() {
    if [ ! -x "$VENV/bin/patrol" ] || [ pyproject.toml -nt "$VENV/.installed" ]; then
        echo "setting up $VENV (first run only)…" >&2
        "$PY" -m venv "$VENV"
        "$VENV/bin/pip" install --quiet --upgrade pip
        "$VENV/bin/pip" install --quiet -e ".[dev]"
        touch "$VENV/.installed"
    fi
}

cmd="${1:-demo}"
[ $# -gt 0 ] && shift
case "$cmd" in
    demo)  setup; exec "$VENV/bin/patrol" demo "$@" ;;
    test)  setup; exec "$VENV/bin/python" -m pytest "$@" ;;
    bench) setup; name="$1"; shift; exec "$VENV/bin/python" "bench/$name.py" "$@" ;;
    *)     setup; exec "$VENV/bin/patrol" "$cmd" "$@" ;;
esac
