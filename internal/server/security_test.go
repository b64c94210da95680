package server

import (
	"net/http"
	"strings"
	"testing"
)

// Every response, of every kind, carries the security headers: a policy
// that runs only our own scripts (no 'unsafe-inline', no 'unsafe-eval';
// 'wasm-unsafe-eval' for app.wasm), no plugins, no <base>, framing only
// for /embed/*, and nosniff, a referrer policy, a permissions policy and
// (outside embeds) a cross-origin opener policy.
func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	s := newTestServer(t)
	paths := []string{
		"/", "/en/where-training-moves", "/pl/dokad-przenosi-sie-trening?date=2025-05-13",
		"/en/glossary", "/en/widgets", "/en/about", "/nowhere", "/embed/diffusion-map?rule=in-force",
		"/embed/chip-gap?lang=pl", "/oembed?url=https://atlas.example/en/where-training-moves",
		"/data/chip-gap.csv", "/picture/diffusion-map.svg", "/sitemap.xml", "/robots.txt", "/en/feed.xml",
		"/web/boot.js", "/app-worker.js",
	}
	for _, p := range paths {
		rec := get(t, s, p)
		h := rec.Header()
		csp := h.Get("Content-Security-Policy")
		directives := map[string]string{}
		for _, d := range strings.Split(csp, ";") {
			name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
			directives[name] = value
		}
		script := directives["script-src"]
		if strings.HasPrefix(p, "/picture/") {
			script = "'none'" // an image: default-src 'none' (pictures.go)
		}
		switch {
		case csp == "":
			t.Errorf("%s (%d): no Content-Security-Policy", p, rec.Code)
			continue
		case strings.Contains(csp, "'unsafe-eval'") || strings.Contains(script, "'unsafe-inline'") || script == "" && directives["default-src"] != "'none'":
			t.Errorf("%s: scripts too open: %q", p, csp)
		case directives["object-src"] != "'none'" && directives["default-src"] != "'none'":
			t.Errorf("%s: object-src not 'none': %q", p, csp)
		case directives["base-uri"] != "'none'" && directives["default-src"] != "'none'":
			t.Errorf("%s: base-uri not 'none': %q", p, csp)
		}
		wantFrame := "'none'"
		if strings.HasPrefix(p, "/embed/") {
			wantFrame = "*"
		}
		if got := directives["frame-ancestors"]; got != wantFrame {
			t.Errorf("%s: frame-ancestors %q, want %q", p, got, wantFrame)
		}
		for k, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "strict-origin-when-cross-origin",
		} {
			if got := h.Get(k); got != want {
				t.Errorf("%s: %s %q, want %q", p, k, got, want)
			}
		}
		if !strings.Contains(h.Get("Permissions-Policy"), "camera=()") {
			t.Errorf("%s: Permissions-Policy %q", p, h.Get("Permissions-Policy"))
		}
		if coop := h.Get("Cross-Origin-Opener-Policy"); (coop == "same-origin") == strings.HasPrefix(p, "/embed/") {
			t.Errorf("%s: Cross-Origin-Opener-Policy %q", p, coop)
		}
		if rec.Code >= http.StatusInternalServerError {
			t.Errorf("%s: %d", p, rec.Code)
		}
	}
}
