#!/usr/bin/env bash
# Screenshot a page with headless Chromium (Debian package `chromium`; no browser download).
#   scripts/screenshot.sh PAGE.html OUT.png [WIDTH] [HEIGHT]
set -euo pipefail
page=$(realpath "$1"); out=$2; w=${3:-1100}; h=${4:-2600}
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
  --window-size="$w,$h" --screenshot="$(realpath -m "$out")" "file://$page" 2>/dev/null
echo "$out"
