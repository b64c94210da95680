package browser

import (
	"context"
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
		const text = [...document.querySelectorAll(".prose p")].flatMap(p => [...p.childNodes]).find(n => n.nodeType === 3 && n.textContent.includes("Alibaba and ByteDance"));
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

// canonicalPage writes div#atlas as lines, one per element (tag and
// sorted attributes) or text (whitespace collapsed), indented by depth:
// the page's DOM with what may differ between two equal renders (the
// server's indentation, attribute order) taken out. One difference is
// by design: a state link on a story ends in "#<widget id>" on the
// server, so that a reader without the wasm lands on the widget, and
// not in the browser, where go-app would scroll to it
// (docs/architecture.md, "URL state").
const canonicalPage = `(() => {
	const out = [];
	const walk = (n, d) => {
		if (n.nodeType === 3) {
			const t = n.data.replace(/\s+/g, " ").trim();
			if (t) out.push(" ".repeat(d) + "#text " + t);
			return;
		}
		if (n.nodeType !== 1) return;
		const value = a => a.name === "href" && a.value.includes("?") ? a.value.replace(/#[^#?]*$/, "") : a.value;
		const attrs = [...n.attributes].map(a => a.name + "=" + JSON.stringify(value(a))).sort().join(" ");
		out.push(" ".repeat(d) + "<" + n.localName + (attrs ? " " + attrs : "") + ">");
		for (const c of n.childNodes) walk(c, d + 1);
	};
	walk(document.getElementById("atlas"), 0);
	return out;
})()`

// The wasm's first render is the server's page, node for node: the
// page's mirror (app/ui/mirror.go) keeps what is not a widget as the
// server wrote it, and each widget renders what the server rendered. A
// story in each language, deep links (one with a key of no widget, which
// both sides drop from state links), and embeds; pages with ignored
// values, whose notes must name them on both sides.
func TestTakeoverRebuildsTheSamePage(t *testing.T) {
	for _, path := range []string{
		story,
		"/pl/dokad-przenosi-sie-trening",
		story + "?rule.rule=written&date=2025-05-13",
		"/embed/diffusion-map?rule=rescinded&lang=xx&theme=neon",
		"/embed/chip-gap",
		"/embed/diversion-routes?mode=rent",
		"/embed/timeline?date=someday",
		story + "?diffusion-map.rule=nonsense&utm_source=x",
	} {
		t.Run(path, func(t *testing.T) {
			s := newSite(t, true)
			ctx := tab(t)
			// On the static export an address with a query gets the
			// default state's file, and the wasm applies the address's
			// state: it must then build what bin/atlas prerenders there.
			reference := s
			if fromExport() && strings.Contains(path, "?") {
				reference = newServerSite(t, true)
			}
			do(t, ctx, chromedp.Navigate(reference.URL+path))
			waitFor(t, ctx, `document.readyState === "complete"`)
			before := eval[[]string](t, ctx, canonicalPage)
			if len(before) < 50 {
				t.Fatalf("the prerendered page has %d nodes", len(before))
			}
			if reference != s {
				// Each names its own public origin (embed codes).
				const origin = `JSON.parse(document.getElementById("atlas-data").textContent).origin`
				theirs := eval[string](t, ctx, origin)
				do(t, ctx, chromedp.Navigate(s.URL+path))
				waitFor(t, ctx, `document.readyState === "complete"`)
				ours := eval[string](t, ctx, origin)
				for i := range before {
					before[i] = strings.ReplaceAll(before[i], theirs, ours)
				}
			}
			takeOver(t, ctx, s)
			after := eval[[]string](t, ctx, canonicalPage)
			for i := 0; i < len(before) || i < len(after); i++ {
				var b, a string
				if i < len(before) {
					b = before[i]
				}
				if i < len(after) {
					a = after[i]
				}
				if a != b {
					t.Fatalf("node %d of %d differs after the takeover:\nserver: %s\nwasm:   %s", i, len(before), b, a)
				}
			}
		})
	}
}

// A disclosure the reader opened before the wasm (a data table, the
// embed code) is still open after the takeover: go-app renders widgets'
// disclosures closed, and boot.js reopens them with the rest of the view.
func TestTakeoverKeepsOpenDisclosures(t *testing.T) {
	s := newSite(t, true)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitFor(t, ctx, `document.readyState === "complete"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .cg-table > summary`)))
	waitFor(t, ctx, `document.querySelector("#chip-gap .cg-table").open`)
	takeOver(t, ctx, s)
	if !eval[bool](t, ctx, `document.querySelector("#chip-gap .cg-table").open`) {
		t.Error("the chip-gap data table the reader opened closed at the takeover")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("[data-widget] details[open]").length`); n != 1 {
		t.Errorf("%d widget disclosures open after the takeover, want the reader's one", n)
	}
}

// takeOver lets the held app.wasm through to the page in ctx, starts it
// as a reader's first key does, waits for data-ready, and fails unless
// the wasm really replaced the prerendered page.
func takeOver(t *testing.T, ctx context.Context, s *site) {
	t.Helper()
	eval[chromedp.Void](t, ctx, `window.__root0 = document.getElementById("atlas")`)
	s.Release()
	do(t, ctx, chromedp.KeyEvent("\t"))
	waitReady(t, ctx)
	if !eval[bool](t, ctx, `window.__root0 !== document.getElementById("atlas")`) {
		t.Fatal("the wasm did not replace the page")
	}
}
