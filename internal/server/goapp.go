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
// always see the current page and can reread visited pages offline.
// app.wasm is left to the HTTP cache (ETag), not copied on every visit.
const serviceWorker = `const cacheName = "atlas-{{.Version}}";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});
self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  const keep = url.pathname.startsWith("/web/") || url.search === "";
  if (req.method !== "GET" || url.origin !== self.location.origin || url.pathname.endsWith(".wasm") || !keep) {
    return;
  }
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.status === 200) {
          const copy = res.clone();
          caches.open(cacheName).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req).then((hit) => hit || Response.error()))
  );
});
`
