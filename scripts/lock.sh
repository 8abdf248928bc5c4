#!/usr/bin/env bash
# Re-resolve patrol's dependencies (pyproject.toml, with the dev and bench extras) to the newest
# versions PyPI offers, in a throwaway environment, and write them to constraints.txt. Run the tests
# and benchmarks afterwards: the pins are what the recorded figures ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
TMP=$(mktemp -d /tmp/patrol-lock.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
"$PY" -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install --quiet --upgrade pip
"$TMP/venv/bin/pip" install --quiet -e ".[dev,bench]"
{
    sed -n '1,/^[^#]/p' constraints.txt | grep '^#'
    "$TMP/venv/bin/pip" freeze --exclude-editable | grep -v -E '^(pip|setuptools|wheel)=='
} > "$TMP/constraints.txt"
mv "$TMP/constraints.txt" constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pinned packages" >&2
