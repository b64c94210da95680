#!/usr/bin/env bash
# make bench: measures, side by side in one run, and writes
# docs/performance.md. Throughput: wrk against bin/atlas and against nginx
# serving the static export of the same site (gzip_static, brotli_static).
# Then the browser benchmarks (first paint against plain HTML, the
# stylesheet, the map's frames). Benchmarks never fail on timing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/serve-pair.sh
SECS=${BENCH_SECONDS:-10}
lh=scripts/lighthouse
[ -x "$lh/node_modules/.bin/lighthouse" ] || (cd "$lh" && npm ci --no-audit --no-fund --silent)

# lighthouse_row PAGE: one table row of Lighthouse's mobile performance.
lighthouse_row() {
  local json="$WORK/lh.json"
  CHROME_PATH=$(command -v chromium) "$lh/node_modules/.bin/lighthouse" "$ATLAS$1" --quiet \
    --output=json --output-path="$json" --only-categories=performance \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "| $1 | failed | | | | | |"; return; }
  python3 - "$1" "$json" <<'PY'
import json, sys
d = json.load(open(sys.argv[2]))
a = d["audits"]
v = lambda k: a[k]["displayValue"].replace("\u00a0", " ")
print(f"| {sys.argv[1]} | {round(d['categories']['performance']['score'] * 100)} | {v('first-contentful-paint')} | "
      f"{v('largest-contentful-paint')} | {v('total-blocking-time')} | {v('cumulative-layout-shift')} | {v('interactive')} |")
PY
}
start_pair
out=docs/performance.md
tmp=$(mktemp)
{
  echo "# Performance"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
  echo "$(go version | cut -d' ' -f3), $(nginx -v 2>&1 | cut -d' ' -f3), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "A figure means something beside its reference measured in the same run."
  echo
  echo "## Throughput: bin/atlas against nginx serving the export"
  echo
  echo "\`wrk -t2 -c64 -d${SECS}s --latency\` over loopback, request logging on in bin/atlas."
  echo
  echo "| target | requests/s | p50 | p99 | errors |"
  echo "| --- | --- | --- | --- | --- |"
  for enc in br gzip; do
    wrk_row "story ($enc), bin/atlas" "$ATLAS/en/where-training-moves" 64 "$SECS" "$enc"
    wrk_row "story ($enc), nginx" "$NGINX/en/where-training-moves/" 64 "$SECS" "$enc"
  done
  wrk_row "embed (br), bin/atlas" "$ATLAS/embed/diffusion-map" 64 "$SECS" br
  wrk_row "embed (br), nginx" "$NGINX/embed/diffusion-map/" 64 "$SECS" br
  wrk_row "app.wasm (br), bin/atlas" "$ATLAS/web/app.wasm" 64 "$SECS" br
  wrk_row "app.wasm (br), nginx" "$NGINX/web/app.wasm" 64 "$SECS" br
  echo
  echo "## Lighthouse (mobile, simulated throttling)"
  echo
  echo "Lighthouse 12.2.3 (npm, pinned in scripts/lighthouse) in Debian's Chromium, against bin/atlas."
  echo
  echo "| page | performance | FCP | LCP | TBT | CLS | TTI |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  for page in /en/where-training-moves /embed/diffusion-map /embed/chip-gap; do
    lighthouse_row "$page"
  done
  echo
} > "$tmp"
stop_pair
trap - EXIT
if [ "${BENCH_BROWSER:-1}" = 0 ]; then cat "$tmp"; rm "$tmp"; exit 0; fi
echo "## Browser" >> "$tmp"
echo >> "$tmp"
echo "Headless Chromium (Debian), cold, 10 Mbps / 40 ms / 4x CPU unless said." >> "$tmp"
echo >> "$tmp"
ATLAS_BIN="$PWD/bin/atlas" go test -run '^$' -bench . -benchtime 1x ./internal/browser/ 2>&1 \
  | sed -n 's/^ *[a-z_]*_test.go:[0-9]*: /- /p' >> "$tmp"
# The load test's section and the targets below it are make loadtest's
# and ours: kept as they are.
if [ -f "$out" ] && grep -q '^## Load test' "$out"; then
  echo >> "$tmp"
  sed -n '/^## Load test/,$p' "$out" >> "$tmp"
fi
mv "$tmp" "$out"
cat "$out"
