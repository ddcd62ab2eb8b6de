#!/usr/bin/env bash
# Renders an annual-report HTML page in headless Chromium and saves a PNG screenshot, to check the
# official table layout (merged header cells) and the SVG outcome charts by eye. Not part of the
# unit tests; the HTML itself is pinned by the golden files in report/src/test/resources/golden/.
#
# Requirements (Debian): apt-get update && apt-get install -y chromium fonts-noto-cjk
#   (without a CJK font the Chinese labels render as boxes).
#
# Usage:
#   scripts/screenshot-report.sh [report.html] [out.png]
#     report.html  default: report/src/test/resources/golden/report-2024.html
#     out.png      default: target/report-screenshot.png
#   WINDOW_SIZE=1200,2600 scripts/screenshot-report.sh …   (default 1200,2000) for the whole page
#
# To screenshot a report built from request records instead:
#   java -jar examples/target/gongkai.jar report build --year 2024 \
#     --input report/src/test/resources/samples/requests.jsonl --format html -o /tmp/report.html
#   scripts/screenshot-report.sh /tmp/report.html /tmp/report.png
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
html="${1:-$here/report/src/test/resources/golden/report-2024.html}"
out="${2:-$here/target/report-screenshot.png}"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "screenshot-report: chromium not found (apt-get install -y chromium fonts-noto-cjk)" >&2
  exit 2
fi
if [[ ! -f "$html" ]]; then
  echo "screenshot-report: no such file: $html" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out" --window-size="${WINDOW_SIZE:-1200,2000}" \
  "file://$(realpath "$html")" >/dev/null 2>&1

if [[ ! -s "$out" ]]; then
  echo "screenshot-report: chromium wrote no screenshot" >&2
  exit 1
fi
echo "$out"
