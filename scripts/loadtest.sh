#!/usr/bin/env bash
# make loadtest: bin/atlas under 256 connections over loopback, bounded in
# time: a story, an embed and app.wasm for 60 s each, then a mix of random
# widget states, twice in a row; prints requests/s, latency, errors and
# the server's peak memory after each round (it must not grow). Paste the
# rounds into docs/performance.md's "Load test" section, which make bench
# keeps.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/serve-pair.sh
SECS=${LOADTEST_SECONDS:-60}
start_pair
cat > "$WORK/states.lua" <<'LUA'
local rules, onoff, h20 = {"before", "in-force", "rescinded"}, {"on", "off"}, {"restricted", "allowed"}
local metrics = {"tpp", "tflops", "memory", "bandwidth"}
math.randomseed(os.time())
request = function()
  local q = "diffusion-map.rule=" .. rules[math.random(3)] .. "&diffusion-map.tiers=" .. onoff[math.random(2)] ..
    "&diffusion-map.h20=" .. h20[math.random(2)] .. "&chip-gap.metric=" .. metrics[math.random(4)] ..
    "&chip-gap.threshold=" .. onoff[math.random(2)] .. "&utm_source=" .. math.random(1000000)
  return wrk.format("GET", "/en/where-training-moves?" .. q, {["Accept-Encoding"] = "br"})
end
LUA
for round in 1 2; do
  echo "Round $round: 256 connections, ${SECS} s each, bin/atlas with request logging on"
  echo "| target | requests/s | p50 | p99 | errors |"
  echo "| --- | --- | --- | --- | --- |"
  wrk_row "story (br)" "$ATLAS/en/where-training-moves" 256 "$SECS" br
  wrk_row "embed (br)" "$ATLAS/embed/diffusion-map" 256 "$SECS" br
  wrk_row "app.wasm (br)" "$ATLAS/web/app.wasm" 256 "$SECS" br
  out=$(wrk -t2 -c256 -d"${SECS}s" --latency -s "$WORK/states.lua" "$ATLAS")
  printf '| random states (br) | %s | %s | %s | %s |\n' \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1=="50%" {print $2}')" \
    "$(echo "$out" | awk '$1=="99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {n+=$5} /Socket errors/ {gsub(",","");n+=$4+$6+$8+$10} END {print n+0}')"
  echo "bin/atlas peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$ATLAS_PID/status), now $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$ATLAS_PID/status)"
  echo
done
