package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// newGoAppHandler makes go-app's generated files (app.js, wasm_exec.js,
// the service worker, the manifest); pages are ours. wasmURL is where
// app.js fetches app.wasm: its fingerprinted, immutable address.
func newGoAppHandler(version, wasmURL string) *app.Handler {
	return &app.Handler{
		Resources:             wasmAt(wasmURL),
		Name:                  "Compute Atlas",
		ShortName:             "Atlas",
		Description:           "Where AI training moves when chips are controlled",
		Version:               version,
		BackgroundColor:       "#ffffff",
		ThemeColor:            "#1f2a44",
		Icon:                  app.Icon{Default: "/web/icon.svg", Large: "/web/icon.svg", SVG: "/web/icon.svg", Maskable: "/web/icon.svg"},
		LoadingLabel:          " ",
		ServiceWorkerTemplate: serviceWorker,
	}
}

// wasmExec is Go's support script for app.wasm, which go-app serves.
const wasmExec = "wasm_exec.js"

// wasmAt resolves go-app's static resources as they are (under /web/),
// but app.wasm to url.
type wasmAt string

func (u wasmAt) Resolve(location string) string {
	if location == "/web/app.wasm" {
		return string(u)
	}
	return location
}

// goappFiles renders go-app's generated files once, so they are served
// like our own static files: compressed, with an ETag.
func goappFiles(h *app.Handler) (map[string][]byte, error) {
	out := map[string][]byte{}
	for p := range goappPaths {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("go-app %s: status %d", p, rec.Code)
		}
		out[strings.TrimPrefix(p, "/")] = rec.Body.Bytes()
	}
	return out, nil
}

// serviceWorker replaces go-app's cache-first worker, which pre-caches a
// fixed list and so serves a stale "/" and never caches stories. Ours goes
// to the network first and keeps a copy of pages (without a query: one
// copy per page, not one per widget state) and of /web/ files, so readers
// always see the current page and can reread visited pages offline
// (docs/decisions.md, "Service worker: network first").
//
//   - The first visit's page and files came from the network before the
//     worker existed: the page sends their addresses (web/boot.js) and the
//     worker keeps what it lacks of them, so a story reads offline after
//     one visit. Only addresses it would keep from a fetch: our origin,
//     never app.wasm nor /version.json.
//   - A state address (a page with a query) is not kept; offline, its
//     navigation gets its page's kept copy, the default state, so the
//     story still reads.
//   - Offline, a kept copy is answered whatever its Vary says (the home
//     page varies by Accept-Language, which a copy the page asked for
//     was not fetched with): this browser's copy is the reader's.
//   - /version.json, which pages ask to learn of a new version, always
//     goes to the network: a kept copy would hide every new version.
//
// app.wasm is left to the HTTP cache (ETag), not copied on every visit.
const serviceWorker = `const cacheName = "atlas-{{.Version}}";
const keeps = (url) =>
  url.origin === self.location.origin &&
  !url.pathname.endsWith(".wasm") &&
  url.pathname !== "` + versionPath + `" &&
  (url.pathname.startsWith("/web/") || url.search === "");
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.atlas !== "keep" || !Array.isArray(msg.urls) || msg.urls.length > 200) {
    return;
  }
  const urls = [];
  for (const u of msg.urls) {
    if (typeof u !== "string" || u.length > 2048) {
      return;
    }
    let url;
    try {
      url = new URL(u, self.location.origin);
    } catch (err) {
      return;
    }
    url.hash = "";
    if (keeps(url) && !urls.includes(url.href)) {
      urls.push(url.href);
    }
  }
  event.waitUntil(
    caches.open(cacheName).then((c) =>
      Promise.all(urls.map((u) => c.match(u).then((hit) => hit || c.add(u)).catch(() => {})))
    )
  );
});
self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") {
    return;
  }
  const url = new URL(req.url);
  if (keeps(url)) {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.status === 200) {
            const copy = res.clone();
            event.waitUntil(caches.open(cacheName).then((c) => c.put(req, copy)));
          }
          return res;
        })
        .catch(() => caches.match(req, { ignoreVary: true }).then((hit) => hit || Response.error()))
    );
    return;
  }
  const page = new URL(url);
  page.search = "";
  if (req.mode === "navigate" && keeps(page)) {
    event.respondWith(
      fetch(req).catch(() => caches.match(page.href, { ignoreVary: true }).then((hit) => hit || Response.error()))
    );
  }
});
`
