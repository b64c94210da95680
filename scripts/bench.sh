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
mv "$tmp" "$out"
cat "$out"
