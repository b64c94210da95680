package browser

import (
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// wasmRequested is whether the page has asked for app.wasm or Go's
// wasm_exec.js.
const wasmRequested = `performance.getEntriesByType("resource").some(e => /\/(app|wasm_exec)[.][0-9a-f]+[.](wasm|js)$|app[.]wasm$|wasm_exec[.]js$/.test(e.name))`

// settled resolves after load and a few frames: past the moment boot.js
// decides whether the page needs its wasm now.
const settled = `new Promise(done => {
  const later = () => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))));
  if (document.readyState === "complete") later(); else addEventListener("load", later);
})`

// A story opened at its top, with its widgets more than a screen below,
// does not download the wasm; it starts when the reader scrolls a widget
// near, and the page becomes live without any key or click. (The main
// story opens on its map, so the classroom guide on a phone is the page
// whose first widget is far down.)
func TestWasmWaitsForAWidgetNearTheViewport(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	asPhone(t, ctx, 375, 640, false)
	do(t, ctx, chromedp.Navigate(s.URL+"/en/export-controls-in-five-minutes"))
	eval[chromedp.Void](t, ctx, settled)
	if below := eval[float64](t, ctx, `document.querySelector("[data-widget]").getBoundingClientRect().top / innerHeight`); below < 2.5 {
		t.Fatalf("the story's first widget is %.1f screens down: this test needs one further than two", below)
	}
	if eval[bool](t, ctx, wasmRequested) {
		t.Error("the story downloaded the wasm while no widget was near the viewport")
	}
	if eval[bool](t, ctx, `"ready" in document.documentElement.dataset`) {
		t.Error("data-ready is set before the wasm has run")
	}
	eval[chromedp.Void](t, ctx, `document.querySelector("[data-widget]").scrollIntoView()`)
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)
}

// The reader's first key starts the wasm even with no widget in view, so
// a keyboard reader's first Tab into a widget meets a live page.
func TestWasmStartsOnTheFirstKey(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	eval[chromedp.Void](t, ctx, settled)
	do(t, ctx, chromedp.KeyEvent("\t"))
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)
}

// An embed waits for its reader: it does not start the wasm while only
// shown, starts it when the pointer comes over it, and starts it at once
// on a page reached from another state of the same embed.
func TestEmbedStartsTheWasmWhenItsReaderReachesForIt(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/chip-gap"))
	eval[chromedp.Void](t, ctx, settled)
	if eval[bool](t, ctx, wasmRequested) {
		t.Error("the embed downloaded the wasm before its reader reached for it")
	}
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 100, 100))
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)

	// A state link followed before the wasm ran loads the state's page,
	// which starts the wasm at once: the reader is using the embed. (The
	// link is followed by script, so that no pointer or key event reaches
	// the new page.)
	ctx = tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/chip-gap"))
	eval[chromedp.Void](t, ctx, settled)
	click, cancel := step(ctx)
	defer cancel()
	if resp, err := chromedp.RunResponse(click, chromedp.Evaluate[chromedp.Void](`location.href = document.querySelector('[data-widget] a[href*="metric=memory"]').href`)); err != nil || resp.Status != 200 {
		t.Fatalf("the state link before the wasm: %v, %v", resp, err)
	}
	if !eval[bool](t, ctx, `location.search.includes("metric=memory")`) {
		t.Fatal("the state link did not load its state")
	}
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)
}

// A page without widgets never downloads the wasm and is ready as it is.
func TestPagesWithoutWidgetsNeverLoadTheWasm(t *testing.T) {
	s := newSite(t, false)
	for _, p := range []string{"/en/glossary", "/"} {
		ctx := tab(t)
		do(t, ctx, chromedp.Navigate(s.URL+p))
		waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)
		eval[chromedp.Void](t, ctx, settled)
		do(t, ctx, chromedp.KeyEvent("\t"))
		eval[chromedp.Void](t, ctx, settled)
		if eval[bool](t, ctx, wasmRequested) {
			t.Errorf("%s has no widget but downloaded the wasm", p)
		}
	}
}
