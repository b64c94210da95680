package browser

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// hostSite serves pages of another site that embed ours, as a newsroom
// or a course page would: at http://localhost:<port>, another site than
// our http://127.0.0.1:<port> (a browser treats them as different sites,
// so the iframe is cross-site, with what that brings: its own process,
// third-party storage rules). Each page embeds code (HTML) in a body
// without margins.
func hostSite(t *testing.T, pages map[string]string) string {
	t.Helper()
	pym, err := os.ReadFile("testdata/node_modules/pym.js/dist/pym.v1.min.js")
	if err != nil {
		t.Fatalf("pym.js is not installed (run `make test`, which runs npm ci in internal/browser/testdata): %v", err)
	}
	ln, err := listenLoopback()
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/pym.v1.min.js" {
			w.Header().Set("Content-Type", "text/javascript")
			w.Write(pym)
			return
		}
		code, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body { margin: 0; font: 16px sans-serif; } iframe { display: block; }</style></head>
<body><h1>A newsroom's article</h1>%s<p>The article goes on.</p></body></html>`, code)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	_, port, _ := strings.Cut(ln.Addr().String(), ":")
	return "http://localhost:" + port
}

// embedCode is the code our embed dialog gives for widget name in state.
func embedCode(t *testing.T, origin, name string, state url.Values) widget.EmbedCode {
	t.Helper()
	spec, ok := widgets.Lookup(name)
	if !ok || spec.EmbedHeight <= 0 {
		t.Fatalf("widget %s: no EmbedHeight", name)
	}
	return widget.EmbedCode{Origin: origin, Widget: name, State: state, Title: name, Height: spec.EmbedHeight}
}

// embeddedFrame is a context for the iframe of our site in the page of
// ctx: a cross-site iframe is a target of its own.
func embeddedFrame(t *testing.T, ctx context.Context, origin string) context.Context {
	t.Helper()
	var id target.ID
	page := chromedp.FromContext(ctx).Target.TargetID
	deadline := time.Now().Add(stepTimeout)
	for id == "" {
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range targets {
			if ti.Type == "iframe" && ti.ParentID == page && strings.HasPrefix(ti.URL, origin) {
				id = ti.TargetID
			}
		}
		if id == "" && time.Now().After(deadline) {
			t.Fatalf("no iframe of %s in the page", origin)
		}
		time.Sleep(50 * time.Millisecond)
	}
	fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(id))
	t.Cleanup(cancel)
	// Attach now, on fctx itself: a target is attached by the first run
	// on a context and let go when that context ends, so attaching inside
	// one step's context would lose it after that step.
	if err := chromedp.Do(fctx); err != nil {
		t.Fatal(err)
	}
	return fctx
}

// frameFits is how the iframe's height compares with its content: the
// difference (iframe minus content; negative means cut) and whether the
// content scrolls inside it.
type frameFit struct {
	Frame   float64 `json:"frame"`
	Content float64 `json:"content"`
	Scrolls bool    `json:"scrolls"`
}

func fitOf(t *testing.T, ctx, fctx context.Context) frameFit {
	t.Helper()
	frame := eval[float64](t, ctx, `document.querySelector("iframe").getBoundingClientRect().height`)
	f := eval[frameFit](t, fctx, `({frame: innerHeight, content: document.body.getBoundingClientRect().height,
		scrolls: document.documentElement.scrollHeight > innerHeight})`)
	f.Frame = frame
	return f
}

// waitFits waits until the iframe is as tall as its content (to a pixel).
func waitFits(t *testing.T, ctx, fctx context.Context, what string) frameFit {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		f := fitOf(t, ctx, fctx)
		if d := f.Frame - f.Content; d >= -1 && d <= 1 && !f.Scrolls {
			return f
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: iframe %.0f px, content %.0f px, scrolls %v", what, f.Frame, f.Content, f.Scrolls)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitInFrame polls js in an embedded frame, through its navigations (a
// state link followed before the wasm runs loads a page).
func waitInFrame(t *testing.T, fctx context.Context, js string) {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		ctx, cancel := context.WithTimeout(fctx, 2*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting in the frame for %s: %v", js, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// An embed sizes its iframe to its content, in a host page with pym.js's
// own parent script and in one with our host script: after load, after a
// state change that makes it taller (the data table opens) and after one
// that makes it shorter.
func TestEmbedSizesItsIframe(t *testing.T) {
	s := newSite(t, false)
	state := url.Values{"data": {"off"}}
	code := embedCode(t, s.URL, "diffusion-map", state)
	host := hostSite(t, map[string]string{
		"/pym": `<div id="atlas-embed"></div><script src="/pym.v1.min.js"></script>
<script>new pym.Parent("atlas-embed", ` + "`" + code.URL() + "`" + `, {title: "diffusion-map"});</script>`,
		"/ours": code.WithScript(),
	})
	for _, page := range []string{"/pym", "/ours"} {
		t.Run(strings.TrimPrefix(page, "/"), func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(host+page))
			fctx := embeddedFrame(t, ctx, s.URL)
			short := waitFits(t, ctx, fctx, "after load")
			// Taller: the flows as a table. A state link: followed as a
			// page load before the wasm runs, in place after.
			eval[chromedp.Void](t, fctx, `document.querySelector('[data-widget] a[href*="data=on"]').click()`)
			waitInFrame(t, fctx, `!!document.querySelector("[data-widget]") && document.querySelector("[data-widget]").dataset.state.includes("data=on")`)
			tall := waitFits(t, ctx, fctx, "after data=on")
			if tall.Frame <= short.Frame+50 {
				t.Errorf("with the table the iframe is %.0f px, without %.0f px: it did not grow", tall.Frame, short.Frame)
			}
			waitInFrame(t, fctx, `document.readyState === "complete"`)
			eval[chromedp.Void](t, fctx, `document.querySelector('[data-widget] a[href*="data=off"]').click()`)
			waitInFrame(t, fctx, `!!document.querySelector("[data-widget]") && document.querySelector("[data-widget]").dataset.state.includes("data=off")`)
			again := waitFits(t, ctx, fctx, "after data=off")
			if again.Frame >= tall.Frame-50 {
				t.Errorf("after closing the table the iframe is %.0f px, with it %.0f px: it did not shrink", again.Frame, tall.Frame)
			}
		})
	}
}

// Without any script, the iframe at the height the embed code sets shows
// each widget whole, on a 360 px phone (at most 120 px of blank space
// below it) and on a 1280 px screen (whole; the blank space there is
// larger, see docs/decisions.md): nothing cut, no scrollbar inside.
func TestEmbedCodeWithoutScriptShowsTheWholeWidget(t *testing.T) {
	s := newSite(t, false)
	pages := map[string]string{}
	for _, name := range widgets.Names() {
		if name == "demo-scale" {
			continue
		}
		pages["/"+name] = embedCode(t, s.URL, name, url.Values{}).IFrame()
	}
	host := hostSite(t, pages)
	for page := range pages {
		for _, width := range []int64{360, 1280} {
			ctx := tab(t)
			if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: 900, DeviceScaleFactor: 1, Mobile: width < 600}); err != nil {
				t.Fatal(err)
			}
			do(t, ctx, chromedp.Navigate(host+page))
			fctx := embeddedFrame(t, ctx, s.URL)
			waitInFrame(t, fctx, `document.readyState === "complete"`)
			f := fitOf(t, ctx, fctx)
			if f.Scrolls || f.Content > f.Frame {
				t.Errorf("%s at %d px: the widget is %.0f px tall in a %.0f px iframe: cut", page, width, f.Content, f.Frame)
			}
			if blank := f.Frame - f.Content; width == 360 && blank > 120 {
				t.Errorf("%s at %d px: %.0f px blank below the widget (content %.0f px, iframe %.0f px)", page, width, blank, f.Content, f.Frame)
			}
		}
	}
}

// An embed in a cross-site iframe whose browser denies it storage (as
// Chrome does to third parties when third-party cookies are blocked, in
// its private windows and for readers who chose it) still comes alive:
// go-app's engine would throw reading localStorage, so the embed gives it
// one in memory. Its state then changes in place.
func TestEmbedComesAliveWhereStorageIsDenied(t *testing.T) {
	s := newSite(t, false)
	code := embedCode(t, s.URL, "chip-gap", url.Values{})
	host := hostSite(t, map[string]string{"/lesson": code.WithScript()})
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, network.SetCookieControls, network.SetCookieControlsParams{EnableThirdPartyCookieRestriction: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(host+"/lesson"))
	fctx := embeddedFrame(t, ctx, s.URL)
	waitInFrame(t, fctx, `document.readyState === "complete"`)
	if !eval[bool](t, fctx, storageDenied) {
		// Debian's headless Chromium gives a cross-site iframe partitioned
		// storage even with third-party cookies restricted, so the frame
		// is given Chrome's own refusal: the same SecurityError, thrown by
		// the same properties, in place before the embed starts its wasm.
		yes := true
		if _, err := chromedp.Call(fctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: denyStorage, RunImmediately: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	// Until the reader reaches for it, the embed has not started its wasm
	// nor touched storage: the refusal is what go-app would meet.
	if !eval[bool](t, fctx, storageDenied) {
		t.Fatal("the frame's storage is not denied: the test would not show the embed copes without it")
	}
	eval[chromedp.Void](t, fctx, `window.__samePage = true; document.dispatchEvent(new KeyboardEvent("keydown", {key: "Tab"}))`)
	waitInFrame(t, fctx, `document.documentElement.dataset.ready === "true"`)
	eval[chromedp.Void](t, fctx, `document.querySelector('[data-widget] a[href*="metric=memory"]').click()`)
	waitInFrame(t, fctx, `document.querySelector("[data-widget]").dataset.state.includes("metric=memory")`)
	if !eval[bool](t, fctx, `window.__samePage === true`) {
		t.Error("the state changed by loading a page, not in place")
	}
}

// storageDenied is whether the frame's localStorage throws.
const storageDenied = `(() => { try { return !window.localStorage; } catch (e) { return true; } })()`

// denyStorage makes localStorage and sessionStorage throw as Chrome's do
// in a third-party frame it denies storage to.
const denyStorage = `for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, { configurable: true, get() {
    window.__storageRefused = (window.__storageRefused || 0) + 1;
    throw new DOMException("Failed to read the '" + name + "' property from 'Window': Access is denied for this document.", "SecurityError");
  } });
}`

// An embed keeps nothing on the reader's machine and asks no one else
// for anything: after it has come alive and changed state, its site has
// no cookie, no local or session storage, no cache and no service worker,
// and every request it made went to its own origin.
func TestEmbedLeavesNoTrace(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map"))
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-widget] a[href*="rule=in-force"]`)))
	waitFor(t, ctx, `document.querySelector("[data-widget]").dataset.state.includes("rule=in-force")`)
	if foreign := eval[[]string](t, ctx, `performance.getEntriesByType("resource").map(e => e.name).filter(u => new URL(u).origin !== location.origin)`); len(foreign) > 0 {
		t.Errorf("the embed asked other sites for %v", foreign)
	}
	if c := eval[string](t, ctx, `document.cookie`); c != "" {
		t.Errorf("cookies: %q", c)
	}
	// The real storage, seen from a document of the same site that runs
	// none of our scripts (an embed's own page sees the in-memory one;
	// other pages register the service worker).
	do(t, ctx, chromedp.Navigate(s.URL+"/robots.txt"))
	got := eval[map[string]float64](t, ctx, `(async () => ({
		local: localStorage.length, session: sessionStorage.length,
		caches: (await caches.keys()).length,
		workers: (await navigator.serviceWorker.getRegistrations()).length,
	}))()`)
	for k, n := range got {
		if n != 0 {
			t.Errorf("%s: %v entries after the embed", k, n)
		}
	}
}

// Framing: another site may frame an embed, never a story (the browser
// refuses it: frame-ancestors 'none'), so a story cannot be dressed up
// inside someone else's page.
func TestOnlyEmbedsMayBeFramed(t *testing.T) {
	s := newSite(t, false)
	host := hostSite(t, map[string]string{
		"/embed": `<iframe src="` + s.URL + `/embed/chip-gap" title="embed" width="100%" height="900"></iframe>`,
		"/story": `<iframe src="` + s.URL + `/en/where-training-moves" title="story" width="100%" height="900"></iframe>`,
	})
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(host+"/embed"))
	fctx := embeddedFrame(t, ctx, s.URL)
	waitInFrame(t, fctx, `!!document.querySelector("[data-widget]")`)

	ctx = tab(t)
	do(t, ctx, chromedp.Navigate(host+"/story"))
	eval[chromedp.Void](t, ctx, settled)
	// A refused frame holds Chrome's error page (chrome-error://), never
	// our document: no frame of ours with the story in it exists.
	page := chromedp.FromContext(ctx).Target.TargetID
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range targets {
		if ti.Type == "iframe" && ti.ParentID == page && strings.HasPrefix(ti.URL, s.URL) {
			fctx := embeddedFrame(t, ctx, s.URL)
			if eval[bool](t, fctx, `!!document.querySelector(".prose")`) {
				t.Error("the story loaded inside another site's iframe")
			}
		}
	}
}
