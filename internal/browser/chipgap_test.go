package browser

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const chipGap = "#chip-gap"

func dataState(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.querySelector("#chip-gap").dataset.state`)
}

// With the wasm live, a control changes the chart and the URL in place:
// no page load, no scroll jump, the same bar nodes (so CSS can animate),
// one history entry per change.
func TestChipGapControlsWorkInPlace(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	eval[chromedp.Void](t, ctx, `(() => {
		window.__samePage = true;
		window.__bar = document.querySelector('#chip-gap .cg-row[data-chip="h100"] .cg-bar');
		document.querySelector("#chip-gap").scrollIntoView();
		window.__y = Math.round(scrollY);
	})()`)
	before := eval[string](t, ctx, `window.__bar.style.clipPath`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap a.seg-option[href*="metric=memory"]`)))
	waitFor(t, ctx, `document.querySelector("#chip-gap").dataset.state.includes("metric=memory")`)

	if got := dataState(t, ctx); got != "metric=memory&threshold=on" {
		t.Errorf("data-state = %q", got)
	}
	if !eval[bool](t, ctx, `window.__samePage === true`) {
		t.Error("the click loaded a new page; want an in-place update")
	}
	if got := eval[string](t, ctx, `location.search`); !strings.Contains(got, "chip-gap.metric=memory") {
		t.Errorf("URL query = %q, want chip-gap.metric=memory", got)
	}
	if got := eval[string](t, ctx, `location.hash`); got != "" {
		t.Errorf("URL fragment = %q: the live link must not make go-app scroll", got)
	}
	if !eval[bool](t, ctx, `window.__bar === document.querySelector('#chip-gap .cg-row[data-chip="h100"] .cg-bar')`) {
		t.Error("the bar node was replaced; CSS transitions need the same node")
	}
	if after := eval[string](t, ctx, `window.__bar.style.clipPath`); after == before {
		t.Errorf("bar clip unchanged (%s) after switching metric", after)
	}
	if !eval[bool](t, ctx, `Math.abs(Math.round(scrollY) - window.__y) <= 1`) {
		t.Errorf("scroll moved from %v to %v", eval[int](t, ctx, `window.__y`), eval[int](t, ctx, `Math.round(scrollY)`))
	}
	if got := eval[string](t, ctx, `document.querySelector('#chip-gap a[aria-current="page"]').textContent`); got != "Memory" {
		t.Errorf("current metric link = %q, want Memory", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#chip-gap .cg-describe").textContent`); !strings.Contains(got, "Memory (GB)") {
		t.Errorf("live description = %q, want it to describe memory", got)
	}

	// Back steps to the previous state, in place.
	do(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector("#chip-gap").dataset.state === "metric=tpp&threshold=on"`)
	if !eval[bool](t, ctx, `window.__samePage === true`) {
		t.Error("Back loaded a new page; want the previous state in place")
	}
}

// The keyboard alone operates the controls: Tab to a link, Enter.
func TestChipGapKeyboard(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	// Focus the control before the first metric link, then Tab onto it.
	eval[chromedp.Void](t, ctx, `document.querySelector('#chip-gap a.seg-option[href*="metric=tpp"]').focus()`)
	do(t, ctx, chromedp.KeyEvent("\t"))
	if got := eval[string](t, ctx, `document.activeElement.textContent`); got != "TFLOPS" {
		t.Fatalf("Tab moved focus to %q, want TFLOPS", got)
	}
	if outline := eval[string](t, ctx, `getComputedStyle(document.activeElement).outlineStyle`); outline == "none" {
		t.Error("focused control has no visible outline")
	}
	do(t, ctx, chromedp.KeyEvent("\r"))
	waitFor(t, ctx, `document.querySelector("#chip-gap").dataset.state.startsWith("metric=tflops")`)
	if got := eval[string](t, ctx, `document.activeElement.textContent`); got != "TFLOPS" {
		t.Errorf("focus after Enter on %q, want it kept on TFLOPS", got)
	}
}

// Without JavaScript the static chart is there and every control is a
// link the server answers with that state, landing on the widget.
func TestChipGapWithoutJavaScript(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	withoutScripts(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".prose")))
	if err != nil || len(text) < 500 {
		t.Fatalf("prose without JavaScript: %d characters, %v", len(text), err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`#chip-gap .cg-row`)))
	if err != nil || len(rows) < 6 {
		t.Fatalf("chart rows without JavaScript: %d, %v", len(rows), err)
	}
	resp, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`#chip-gap a.seg-option[href*="metric=tflops"]`)))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 {
		t.Errorf("state link answered %d", resp.Status)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "chip-gap.metric=tflops") || !strings.HasSuffix(loc, "#chip-gap") {
		t.Errorf("after the no-JS click the URL is %s, want the state and #chip-gap", loc)
	}
	state, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(chipGap), "data-state"))
	if want := servedState("metric=tflops&threshold=on", "metric=tpp&threshold=on"); err != nil || state.Value != want {
		t.Errorf("server-rendered state after the click = %+v, %v", state, err)
	}
}

// The hatching of estimated bars keeps its spacing at every value: no bar
// is scaled (a scaled box stretches its background), each is as wide as
// its track and clipped to its value.
func TestChipGapBarsAreNotStretched(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/chip-gap"))
	waitReady(t, ctx)
	bad := eval[[]string](t, ctx, `[...document.querySelectorAll("#chip-gap .cg-bar")].filter(b => {
	  const t = b.parentElement.getBoundingClientRect(), r = b.getBoundingClientRect();
	  return getComputedStyle(b).transform !== "none" || Math.abs(r.width - t.width) > 1;
	}).map(b => b.closest(".cg-row").dataset.chip + ": " + getComputedStyle(b).transform)`)
	if len(bad) > 0 {
		t.Errorf("bars drawn stretched: %v", bad)
	}
}
