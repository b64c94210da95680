#!/usr/bin/env bash
# Installs what `make test` needs and a fresh Debian machine lacks: Debian's
# chromium (the browser tests drive it), nginx (the export's browser tests)
# and staticcheck. Stops with one line
# saying what to install when it cannot install it itself.
set -euo pipefail
staticcheck_version="${1:-v0.8.2}"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing Debian chromium" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "deps: chromium is missing: run 'sudo apt-get install chromium' (Debian) and retry" >&2
    exit 1
  fi
fi

# Liberation Sans (Arial's metrics): the fallback our CSS scales to Inter's
# metrics is measured against it (web/fallback_test.go), and the browser
# tests see the swap from it to Inter.
if [ ! -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing Debian fonts-liberation" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-liberation >/dev/null
  else
    echo "deps: Liberation Sans is missing: run 'sudo apt-get install fonts-liberation' (Debian) and retry" >&2
    exit 1
  fi
fi

# nginx and its brotli module: the browser suite also runs against the
# static export served by nginx (internal/browser/nginx_harness_test.go).
if ! command -v nginx >/dev/null 2>&1 || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing Debian nginx and libnginx-mod-http-brotli-static" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
  else
    echo "deps: nginx is missing: run 'sudo apt-get install nginx libnginx-mod-http-brotli-static' (Debian) and retry" >&2
    exit 1
  fi
fi

gobin="$(go env GOPATH)/bin"
if ! "$gobin/staticcheck" -version 2>/dev/null | grep -q "${staticcheck_version#v}"; then
  echo "deps: installing staticcheck $staticcheck_version" >&2
  go install "honnef.co/go/tools/cmd/staticcheck@$staticcheck_version"
fi

# Node and npm: the map generator's test runs Natural Earth through
# topojson-client, and the accessibility test injects axe-core.
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing Debian npm" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  else
    echo "deps: npm is missing: run 'sudo apt-get install npm' (Debian) and retry" >&2
    exit 1
  fi
fi

# axe-core and pym.js, pinned in internal/browser/testdata/package-lock.json.
tools="$(dirname "$0")/../internal/browser/testdata"
if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ] || [ ! -f "$tools/node_modules/pym.js/dist/pym.v1.min.js" ]; then
  echo "deps: installing axe-core and pym.js" >&2
  (cd "$tools" && npm ci --no-audit --no-fund --silent)
fi
