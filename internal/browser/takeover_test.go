package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const story = "/en/where-training-moves"

// Before the wasm runs, the server's HTML is the page: text, the static
// chart with sized bars, and no data-ready.
func TestPrerenderedPageIsCompleteBeforeWasm(t *testing.T) {
	s := newSite(t, true) // app.wasm held back for the whole test
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); got != "Where AI training moves" {
		t.Errorf("h1 = %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelector(".prose").innerText.length`); n < 500 {
		t.Errorf("prose text has %d characters before the wasm, want the story", n)
	}
	if w := eval[float64](t, ctx, `document.querySelector('#chip-gap .cg-row[data-chip="h100"] .cg-bar').getBoundingClientRect().width`); w <= 0 {
		t.Errorf("H100 bar width = %v before the wasm, want > 0", w)
	}
	if ready := eval[bool](t, ctx, `"ready" in document.documentElement.dataset`); ready {
		t.Error("data-ready is set although app.wasm has not arrived")
	}
	if loader := eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`); loader {
		t.Error("go-app's loader overlay is in the page")
	}
}

// The takeover, sampled every frame while the wasm is held back and then
// released: the text is always there and uncovered, the scroll position,
// focus and selection are kept, and the root really was replaced.
func TestTakeoverKeepsTextScrollFocusAndSelection(t *testing.T) {
	s := newSite(t, true)
	ctx := tab(t)
	addSampler(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitFor(t, ctx, `document.readyState === "complete"`)
	eval[chromedp.Void](t, ctx, `(() => {
		window.__root0 = document.getElementById("atlas");
		window.scrollTo(0, 700);
		const link = document.querySelector(".prose a");
		link.focus({preventScroll: true});
		const p = document.querySelectorAll(".prose p")[1];
		const text = [...p.childNodes].find(n => n.nodeType === 3 && n.textContent.trim().length > 20);
		const r = document.createRange();
		r.setStart(text, text.textContent.indexOf("Alibaba"));
		r.setEnd(text, text.textContent.indexOf("Alibaba") + "Alibaba and ByteDance".length);
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		window.__sampling = true;
	})()`)
	focusedBefore := eval[string](t, ctx, `document.activeElement.href`)
	s.Release()
	waitReady(t, ctx)
	// Two more frames after ready, then stop.
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`)
	frames := eval[[]frame](t, ctx, `(() => { window.__sampling = false; return window.__frames; })()`)

	if len(frames) < 2 {
		t.Fatalf("sampled %d frames, want several", len(frames))
	}
	swapped := false
	for i, f := range frames {
		if f.Text < 1000 || !f.Uncovered {
			t.Errorf("frame %d of %d: text %d characters, uncovered %v: the text vanished or was covered", i, len(frames), f.Text, f.Uncovered)
		}
		if f.Y != 700 {
			t.Errorf("frame %d of %d: scrollY %d, want 700", i, len(frames), f.Y)
		}
		swapped = swapped || f.Swapped
	}
	if !swapped {
		t.Error("the root element was never replaced: the wasm did not take over during sampling")
	}
	if got := eval[string](t, ctx, `document.activeElement.href || ""`); got != focusedBefore {
		t.Errorf("focus after takeover on %q, want %q", got, focusedBefore)
	}
	if got := eval[string](t, ctx, `getSelection().toString()`); got != "Alibaba and ByteDance" {
		t.Errorf("selection after takeover = %q, want %q", got, "Alibaba and ByteDance")
	}
	if !strings.Contains(eval[string](t, ctx, `document.documentElement.dataset.ready`), "true") {
		t.Error("data-ready not true")
	}
}
