#!/usr/bin/env bash
# Renders the HTML report of examples/catalog.csv in headless Chromium and
# saves the top of the page as docs/report.png, for the README. Not part of
# CI: it needs Chromium (Debian: apt-get install -y chromium).
#
#   scripts/screenshot.sh [width] [height]    # default 1280 2400
set -euo pipefail
cd "$(dirname "$0")/.."

width=${1:-1280}
height=${2:-2400}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "screenshot.sh: no chromium found (apt-get install -y chromium)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product breakeven >/dev/null
.build/release/breakeven report examples/catalog.csv --out "$work/report.html" 2>/dev/null

# --hide-scrollbars: the window is the page; a fixed scale factor keeps the
# PNG the same size on every machine.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$width,$height" --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
mkdir -p docs
mv "$work/report.png" docs/report.png
echo "docs/report.png: ${width}x${height} from examples/catalog.csv"
