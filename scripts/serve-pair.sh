# Sourced by scripts/bench.sh and scripts/loadtest.sh: installs wrk and
# nginx (Debian) when missing, starts bin/atlas and nginx serving the
# static export of the same site, each on a free loopback port, and stops
# both on exit. Sets ATLAS, NGINX (base URLs), ATLAS_PID, WORK.

install_missing() {
  local need=()
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
  command -v nginx >/dev/null 2>&1 || need+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian ${need[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing: run 'sudo apt-get install ${need[*]}' (Debian) and retry" >&2
    exit 1
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_pair() {
  install_missing
  WORK=$(mktemp -d)
  trap 'stop_pair' EXIT
  ./bin/atlas export -out "$WORK/site" -base-url http://127.0.0.1 >/dev/null
  local nport; nport=$(free_port)
  cat > "$WORK/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip_static on;
  brotli_static on;
  client_body_temp_path $WORK/tmp;
  proxy_temp_path $WORK/tmp;
  fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp;
  scgi_temp_path $WORK/tmp;
  server {
    listen 127.0.0.1:$nport;
    root $WORK/site;
    include $WORK/site/nginx-atlas.conf;
  }
}
CONF
  mkdir -p "$WORK/tmp"
  # nginx's workers run as nobody: they must be able to read the export.
  chmod -R a+rX "$WORK"
  nginx -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log"
  NGINX="http://127.0.0.1:$nport"

  ./bin/atlas serve -addr 127.0.0.1:0 > "$WORK/atlas.out" 2> "$WORK/atlas.log" &
  ATLAS_PID=$!
  for _ in $(seq 100); do
    ATLAS=$(sed -n 's/^listening on //p' "$WORK/atlas.out")
    [ -n "$ATLAS" ] && break
    sleep 0.1
  done
  [ -n "$ATLAS" ] || { echo "bin/atlas did not start" >&2; exit 1; }
  # Let the server render and polish its default pages first.
  sleep 15
}

stop_pair() {
  [ -n "${ATLAS_PID:-}" ] && kill "$ATLAS_PID" 2>/dev/null && wait "$ATLAS_PID" 2>/dev/null
  [ -f "${WORK:-/nonexistent}/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  rm -rf "${WORK:-/nonexistent}"
}

# wrk_row LABEL URL CONNECTIONS SECONDS [ENCODING]: one markdown table row:
# requests/s, p50, p99, errors (non-2xx/3xx, socket errors and timeouts),
# and the bytes of one response, so a reader sees both answered alike.
wrk_row() {
  local label=$1 url=$2 conns=$3 secs=$4 enc=${5:-}
  local out
  if [ -n "$enc" ]; then
    out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept-Encoding: $enc" "$url")
  else
    out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$url")
  fi
  local rps p50 p99 errs
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/ {n+=$5} /Socket errors/ {gsub(",","");n+=$4+$6+$8+$10} END {print n+0}')
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "$errs"
}
