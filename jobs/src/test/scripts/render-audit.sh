#!/usr/bin/env bash
# Renders an audit report (report.html from 'bin/curate audit') in headless Chromium, fails on any console error or
# failed resource load, and saves a full-page screenshot.
#
#   jobs/src/test/scripts/render-audit.sh <audit dir> <screenshot.png>
#
# Needs Debian's 'chromium' package (apt-get install chromium); CHROMIUM=/path/to/binary overrides the lookup,
# HEIGHT the window height in pixels (default 5600: the whole report of a small run).
set -euo pipefail

audit_dir=${1:?usage: render-audit.sh <audit dir> <screenshot.png>}
shot=${2:?usage: render-audit.sh <audit dir> <screenshot.png>}
html="$(cd "$audit_dir" && pwd)/report.html"
[[ -f "$html" ]] || { echo "render-audit: no $html" >&2; exit 2; }

browser=${CHROMIUM:-}
if [[ -z "$browser" ]]; then
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
  done
fi
[[ -n "$browser" ]] || { echo "render-audit: no chromium binary found" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# --no-sandbox: containers without user namespaces; the page is our own local file.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile"
       --enable-logging=stderr --v=0 --window-size=1100,"${HEIGHT:-5600}")

# 1. The DOM after rendering: proves the page loaded and the charts are in it.
"$browser" "${flags[@]}" --dump-dom "file://$html" >"$work/dom.html" 2>"$work/dom.log" || true
if ! grep -q "<svg" "$work/dom.html"; then
  echo "render-audit: the rendered page has no chart" >&2; cat "$work/dom.log" >&2; exit 1
fi

# 2. The screenshot, with the console log: Chromium prints page console messages as 'CONSOLE' lines.
"$browser" "${flags[@]}" --screenshot="$work/shot.png" "file://$html" >"$work/shot.log" 2>&1 || true
[[ -s "$work/shot.png" ]] || { echo "render-audit: no screenshot written" >&2; cat "$work/shot.log" >&2; exit 1; }
if grep -E "CONSOLE.*(Uncaught|Error|error)|Failed to load resource|net::ERR_" "$work/dom.log" "$work/shot.log"; then
  echo "render-audit: console errors while rendering $html" >&2; exit 1
fi
mkdir -p "$(dirname "$shot")"
cp "$work/shot.png" "$shot"
echo "render-audit: $html rendered without console errors; screenshot $shot"
