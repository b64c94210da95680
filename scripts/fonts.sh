#!/usr/bin/env bash
# Makes the site's web fonts, web/fonts/inter-{400,700}.woff2, from the
# Inter faces the card images are drawn with (internal/card/fonts, Debian
# fonts-inter, SIL OFL 1.1): subset to what our pages set (Basic Latin,
# Latin-1, the Polish letters, the punctuation and signs the stories and
# widgets use) and compressed as WOFF2 by fontTools. The output is
# committed: `make run` needs no Python. `make fonts` reruns this; the
# browser test TestTextIsSetInInter fails if a page sets a character the
# subset lacks (docs/decisions.md, "Inter, self-hosted").
set -euo pipefail
cd "$(dirname "$0")/.."

if ! /usr/bin/python3 -c 'import fontTools, brotli' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "fonts: installing Debian fonttools and python3-brotli" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonttools python3-brotli >/dev/null
  else
    echo "fonts: run 'sudo apt-get install fonttools python3-brotli' (Debian) and retry" >&2
    exit 1
  fi
fi

# What the subset keeps. Polish: Ąą Ćć Ęę Łł Ńń Óó (Latin-1) Śś Źź Żż.
unicodes="U+0020-007E,U+00A0-00FF,U+0104-0107,U+0118-0119,U+0141-0144,U+015A-015B,U+0179-017C"
# Spaces, dashes, quotation marks (English and Polish), bullet, ellipsis,
# primes, angle quotes, superscripts, the euro, arrows, minus, approx.,
# less/greater-or-equal, check mark.
unicodes+=",U+2009-200A,U+2010-2014,U+2018-201E,U+2022,U+2026,U+202F,U+2032-2033,U+2039-203A,U+2070-2079,U+20AC,U+2190-2193,U+2212,U+2248,U+2264-2265,U+2713"
# OpenType features: kerning, ligatures, contextual alternates, marks
# and local forms, tabular figures (the CSS asks for tnum in tables and
# chart values) and case-sensitive forms. All of Inter's features would
# add 7 KB a face (24 KB instead of 17 KB).
features="kern,liga,calt,ccmp,locl,mark,mkmk,tnum,case"

for weight in 400:Regular 700:Bold; do
  w=${weight%%:*}; name=${weight##*:}
  /usr/bin/python3 -m fontTools.subset "internal/card/fonts/Inter-$name.otf" \
    --unicodes="$unicodes" --layout-features="$features" \
    --no-hinting --desubroutinize --flavor=woff2 \
    --output-file="web/fonts/inter-$w.woff2"
  echo "web/fonts/inter-$w.woff2: $(stat -c %s "web/fonts/inter-$w.woff2") bytes"
done
