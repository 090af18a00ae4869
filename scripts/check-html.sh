#!/usr/bin/env bash
# Checks a dfcost HTML report in a real browser (headless Chromium, Debian package `chromium`):
#   scripts/check-html.sh REPORT.html SCREENSHOT.png
# Saves a screenshot of a 1280 px wide window (SCREENSHOT.png) and the page printed to A4
# (SCREENSHOT.pdf beside it), and fails when
#   - the page refers to anything outside itself (http:, https:, //host: scripts, styles, fonts, images),
#   - the browser logs a console message (the report has no scripts, so any is an error) or a load error,
#   - the page has no <svg>, or an <svg> draws no data marks (class="mark": bars, lines, bands, points),
#   - the page does not fit: in a 1280 px window, and laid out as printed on A4 (its print style
#     sheet on the width of an A4 page between the @page margins: 186 mm = 703 px portrait, or
#     273 mm = 1032 px for a wide table the style sheet prints on a landscape page, class "landscape"),
#     an element reaches past the page or is wider than its box (a table cut off), or a table cell
#     holding one word (an id, a name, a number) is broken over two lines
#     (scripts/check-layout.js, run on copies of the page; the report itself has no scripts),
#   - the A4 PDF's pages are not A4 (portrait or landscape).
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
pdf=${png%.png}.pdf
rm -f "$png" "$pdf"
timeout 120 "$chrome" "${common[@]}" --screenshot="$png" --window-size=1280,1810 "file://$abs" \
  >"$tmp/shot.out" 2>"$tmp/shot.log" || true
timeout 120 "$chrome" "${common[@]}" --print-to-pdf="$pdf" --no-pdf-header-footer "file://$abs" \
  >"$tmp/pdf.out" 2>"$tmp/pdf.log" || true
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

# The layout: copies of the page with scripts/check-layout.js before </body>; the print copy has
# its @media print rules made unconditional and, for the portrait width, the landscape tables hidden.
here=$(cd "$(dirname "$0")" && pwd)
layout() { # NAME WIDTH SED-PROGRAM
  sed -e "$3" "$abs" | awk -v js="$here/check-layout.js" '/<\/body>/ { print "<script>"; while ((getline l < js) > 0) print l; print "</script>" } { print }' >"$tmp/$1.html"
  timeout 120 "$chrome" "${common[@]}" --window-size="$2",1200 --virtual-time-budget=2000 --dump-dom "file://$tmp/$1.html" \
    >"$tmp/$1.dom" 2>"$tmp/$1.log" || true
  if ! grep -q ">LAYOUT [0-9]*px OK$" "$tmp/$1.dom"; then
    echo "check-html: $html does not fit $1 ($2 px):" >&2
    sed -n '/>LAYOUT [0-9]*px FAIL/,/^END-LAYOUT/p' "$tmp/$1.dom" | sed -e '1d' -e '/^END-LAYOUT/d' -e 's/^/  /' | grep . >&2 \
      || echo "  (no result from the layout check)" >&2
    fail=1
  fi
}
layout "a 1280 px window" 1280 ''
layout "A4 portrait" 703 's/@media print {/@media all {/; s/<\/style>/.landscape { display: none !important; }\n&/'
if grep -q '<div class="landscape"' "$abs"; then
  layout "A4 landscape" 1032 's/@media print {/@media all {/'
fi
if [ ! -s "$pdf" ]; then
  echo "check-html: no PDF written to $pdf" >&2
  fail=1
else
  # Every page's MediaBox is A4 (595 x 842 pt) one way or the other.
  python3 - "$pdf" <<'PY' || fail=1
import re, sys, zlib
data = open(sys.argv[1], "rb").read()
boxes = [tuple(round(float(v)) for v in m.groups()) for m in re.finditer(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)]
bad = [b for b in boxes if sorted(b) != [595, 842]]
if not boxes or bad:
    print(f"check-html: {sys.argv[1]}: pages not A4: {bad or 'no MediaBox'}", file=sys.stderr)
    sys.exit(1)
PY
fi

if [ "$fail" -ne 0 ]; then exit 1; fi
pages=$(grep -ac '/Type /Page\b' "$pdf" || true)
echo "check-html: $html: ok ($charts charts, fits 1280 px and A4; screenshot $png, PDF $pdf, $pages pages)"
