#!/usr/bin/env bash
# Checks a dfcost HTML report in a real browser (headless Chromium, Debian package `chromium`):
#   scripts/check-html.sh REPORT.html SCREENSHOT.png
# Saves a screenshot (1240x1754, A4 proportions) and fails when
#   - the page refers to anything outside itself (http:, https:, //host: scripts, styles, fonts, images),
#   - the browser logs a console message (the report has no scripts, so any is an error) or a load error,
#   - the page has no <svg>, or an <svg> draws no data marks (class="mark": bars, lines, bands, points).
# Set CHROMIUM to choose the browser binary.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html SCREENSHOT.png" >&2
  exit 64
fi
html=$1
png=$2
chrome=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chrome" ]; then
  echo "check-html: chromium not found (apt-get install chromium)" >&2
  exit 69
fi
[ -f "$html" ] || { echo "check-html: $html: no such file" >&2; exit 66; }
abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

if grep -nE '(src|href|xlink:href)="(https?:)?//|url\((["'"'"']?)(https?:)?//|@import' "$html" >"$tmp/external"; then
  echo "check-html: $html refers to outside resources:" >&2
  cat "$tmp/external" >&2
  fail=1
fi

# No network: every host name resolves to nothing. A fresh profile, no GPU, no sandbox (containers).
common=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
        --user-data-dir="$tmp/profile" --host-resolver-rules="MAP * ~NOTFOUND"
        --enable-logging=stderr --v=0)
rm -f "$png"
timeout 120 "$chrome" "${common[@]}" --screenshot="$png" --window-size=1240,1754 "file://$abs" \
  >"$tmp/shot.out" 2>"$tmp/shot.log" || true
timeout 120 "$chrome" "${common[@]}" --virtual-time-budget=2000 --dump-dom "file://$abs" \
  >"$tmp/dom.html" 2>"$tmp/dom.log" || true

if [ ! -s "$png" ]; then
  echo "check-html: no screenshot written to $png" >&2
  tail -5 "$tmp/shot.log" >&2 || true
  fail=1
fi
if grep -hE ':CONSOLE[:(]|Uncaught|net::ERR_' "$tmp/shot.log" "$tmp/dom.log" >"$tmp/console"; then
  echo "check-html: console or load errors in $html:" >&2
  cat "$tmp/console" >&2
  fail=1
fi
if [ ! -s "$tmp/dom.html" ]; then
  echo "check-html: the browser returned no DOM for $html" >&2
  fail=1
fi

# Every chart draws its data: each <svg>...</svg> holds at least one element with class="mark".
read -r charts empty <<<"$(awk 'BEGIN { RS = "</svg>"; n = 0; e = 0 }
  /<svg/ { n++; if ($0 !~ /class="mark"/) e++ }
  END { print n, e }' "$tmp/dom.html")"
if [ "${charts:-0}" -eq 0 ]; then
  echo "check-html: $html has no chart (<svg>)" >&2
  fail=1
elif [ "${empty:-0}" -ne 0 ]; then
  echo "check-html: $empty of $charts charts in $html draw nothing" >&2
  fail=1
fi
if ! grep -q '<html lang="' "$tmp/dom.html"; then
  echo "check-html: the page has no lang attribute" >&2
  fail=1
fi

if [ "$fail" -ne 0 ]; then exit 1; fi
echo "check-html: $html: ok ($charts charts, screenshot $png)"
