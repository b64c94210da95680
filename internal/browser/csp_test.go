package browser

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cspRecorder collects every Content-Security-Policy violation a page
// reports, from before its first script.
const cspRecorder = `window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber));`

// Every page kind loads, takes over and responds under the server's
// Content-Security-Policy (internal/server/security.go) without one
// violation: no inline script, no eval, no style element; the wasm
// compiles under 'wasm-unsafe-eval' alone.
func TestNoPageViolatesTheContentSecurityPolicy(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorder}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.EmulateViewport(1280, 800))
	for _, p := range []string{
		story, "/pl/dokad-przenosi-sie-trening?date=2025-05-13", "/en/export-controls-in-five-minutes",
		"/embed/diffusion-map?rule=in-force&tiers=on", "/embed/chip-gap?lang=pl&theme=dark", "/embed/timeline",
		"/embed/job-borders", "/embed/diversion-routes", "/en/widgets", "/en/glossary", "/", "/en/about", "/nowhere",
	} {
		do(t, ctx, chromedp.Navigate(s.URL+p))
		waitReady(t, ctx)
		// Something live: a state change in place, and the pinned map
		// following a dated section on the story.
		scrollToDatedSection(t, ctx, 0)
		eval[bool](t, ctx, `(() => { const a = document.querySelector("[data-widget] .seg a:not([aria-current])"); if (a) a.click(); return true; })()`)
		eval[bool](t, ctx, `new Promise(r => setTimeout(() => r(true), 300))`)
		if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
			t.Errorf("%s: %d violations: %v", p, len(v), v)
		}
	}
}
