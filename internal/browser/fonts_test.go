package browser

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Every character our pages set is drawn from Inter, the font we ship
// (web/fonts, subset by scripts/fonts.sh): a character the subset lacks
// would be drawn from whatever the reader's system has, in another face.
// Chromium says which fonts drew each element's text
// (CSS.getPlatformFontsForNode); only the monospaced embed code and
// citation text are exempt.
func TestTextIsSetInInter(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	for _, path := range []string{
		story, "/pl/dokad-przenosi-sie-trening", "/en/", "/pl/", "/en/glossary", "/en/widgets",
		"/embed/diffusion-map?lang=pl&rule=in-force&tiers=on", "/embed/chip-gap?lang=pl",
	} {
		do(t, ctx, chromedp.Navigate(s.URL+path))
		// After the takeover, which replaces the widgets' nodes.
		waitReady(t, ctx)
		waitFor(t, ctx, `document.fonts.status === "loaded" && [...document.fonts].filter(f => f.family === "Inter" && f.status === "loaded").length === 2`)
		// Open every disclosure, so the text in them is laid out too.
		n := eval[int](t, ctx, `(() => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  let n = 0;
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("pre, code, textarea, script, style")) continue;
    const own = [...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim() !== "");
    if (own) { el.dataset.fontProbe = ""; n++; }
  }
  return n;
})()`)
		if n < 10 {
			t.Fatalf("%s: only %d elements with text", path, n)
		}
		others, err := fontsOtherThanInter(ctx, n)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(others) > 0 {
			t.Errorf("%s: %d elements set text in another font than Inter (a character the subset lacks: add it to scripts/fonts.sh and run make fonts):\n%s",
				path, len(others), strings.Join(others, "\n"))
		}
	}
}

// fontsOtherThanInter lists the elements marked data-font-probe (n of
// them) whose text Chromium drew with a font other than our Inter.
func fontsOtherThanInter(ctx context.Context, n int) (others []string, err error) {
	ctx, cancel := step(ctx)
	defer cancel()
	err = func() error {
		if _, err := chromedp.Call(ctx, dom.Enable, dom.EnableParams{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, css.Enable, cdp.Empty{}); err != nil {
			return err
		}
		doc, err := chromedp.Call(ctx, dom.GetDocument, dom.GetDocumentParams{})
		if err != nil {
			return err
		}
		found, err := chromedp.Call(ctx, dom.QuerySelectorAll, dom.QuerySelectorAllParams{NodeID: doc.Root.NodeID, Selector: "[data-font-probe]"})
		if err != nil {
			return err
		}
		if len(found.NodeIDs) != n {
			return fmt.Errorf("%d probes marked, %d found", n, len(found.NodeIDs))
		}
		for _, id := range found.NodeIDs {
			used, err := chromedp.Call(ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: id})
			if err != nil {
				return err
			}
			for _, f := range used.Fonts {
				if f.GlyphCount > 0 && (f.FamilyName != "Inter" || !f.IsCustomFont) {
					html, _ := chromedp.Call(ctx, dom.GetOuterHTML, dom.GetOuterHTMLParams{NodeID: id})
					others = append(others, fmt.Sprintf("%.0f glyphs in %s: %.120s", f.GlyphCount, f.FamilyName, html.OuterHTML))
				}
			}
		}
		return nil
	}()
	return others, err
}

// When Inter arrives after the page has painted in the fallback (Arial or
// Liberation Sans, scaled to Inter's metrics), the cumulative layout
// shift stays under 0.001 (0 to the two decimals CLS is reported in), on
// a phone and a desktop, in both languages. Exactly 0 is not to be had
// with a swap: the fallback matches Inter's widths on average, not line
// by line, so a link in the middle of a long line may move sideways by
// the few pixels its line set differently (Chromium counts 3 px), and a
// line that only just fitted may break anew (measured: 0.0006 and
// 0.00002 where that happens). The fonts
// are held back by the test's own proxy until the page has painted, and
// the test checks that the paint was in the fallback, so the swap is what
// is measured. Without the fallback's overrides this test fails (CLS
// 0.020 at 375 px, 0.040 at 1280 px, lines reflowing).
func TestFontArrivalShiftsNothing(t *testing.T) {
	setup(t)
	for _, c := range []struct {
		path  string
		width int64
	}{
		{story, 375}, {story, 1280}, {"/pl/dokad-przenosi-sie-trening", 375}, {"/en/", 375},
	} {
		t.Run(fmt.Sprintf("%s@%d", c.path, c.width), func(t *testing.T) {
			gate, url := fontHoldingProxy(t)
			ctx := tab(t)
			asPhone(t, ctx, c.width, 800, false)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: shiftRecorder}); err != nil {
				t.Fatal(err)
			}
			// Not chromedp.Navigate: the load event waits for the fonts,
			// which the proxy holds.
			nav, cancel := step(ctx)
			_, err := chromedp.Call(nav, page.Navigate, page.NavigateParams{URL: url + c.path})
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.readyState !== "loading" && performance.getEntriesByName("first-contentful-paint").length > 0`)
			if got := eval[string](t, ctx, `document.fonts.status`); got != "loading" {
				t.Fatalf("fonts are %s before the proxy let them through", got)
			}
			fallback := eval[bool](t, ctx, `!document.fonts.check("700 16px Inter") && !document.fonts.check("16px Inter")`)
			if !fallback {
				t.Fatal("Inter counts as loaded before the proxy let it through")
			}
			gate()
			waitFor(t, ctx, `document.fonts.status === "loaded" && document.fonts.check("16px Inter") && document.fonts.check("700 16px Inter")`)
			shifts := eval[[]layoutShift](t, ctx, `new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(window.atlasShifts), 0))))`)
			cls := 0.0
			var moved []string
			for _, e := range shifts {
				cls += e.Value
				for _, src := range e.Sources {
					if math.Abs(src.Before.Y-src.After.Y) >= 1 || math.Abs(src.Before.H-src.After.H) >= 1 {
						moved = append(moved, fmt.Sprintf("%s: y %.0f → %.0f, height %.0f → %.0f", src.Name, src.Before.Y, src.After.Y, src.Before.H, src.After.H))
					}
				}
			}
			if cls >= 0.001 {
				t.Errorf("the font's arrival gave a cumulative layout shift of %.5f, want < 0.001 (%d shifts); moved up or down:\n%s",
					cls, len(shifts), strings.Join(moved, "\n"))
			}
		})
	}
}

// shiftRecorder keeps every layout shift of the page from its start in
// window.atlasShifts: layout-shift entries reach only an observer, not
// performance.getEntriesByType.
const shiftRecorder = `window.atlasShifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    const rect = r => ({x: r.x, y: r.y, w: r.width, h: r.height});
    window.atlasShifts.push({value: e.value, sources: e.sources.map(s => {
      const el = s.node && (s.node.nodeType === 1 ? s.node : s.node.parentElement);
      const name = el ? el.nodeName.toLowerCase() + (typeof el.className === "string" && el.className ? "." + el.className.split(" ")[0] : "") +
        (s.node.nodeType === 3 ? " " + JSON.stringify(s.node.textContent.slice(0, 30)) : "") : "?";
      return {name, before: rect(s.previousRect), after: rect(s.currentRect)};
    })});
  }
}).observe({type: "layout-shift", buffered: true});`

// layoutShift is one layout-shift entry as shiftRecorder keeps it.
type layoutShift struct {
	Value   float64
	Sources []struct {
		Name          string
		Before, After struct{ X, Y, W, H float64 }
	}
}

// fontHoldingProxy is a loopback proxy to the suite's origin that holds
// every /web/fonts/ request until release is called.
func fontHoldingProxy(t *testing.T) (release func(), url string) {
	t.Helper()
	s := newGatedSite(t, true, originURL, fontFile)
	return s.Release, s.URL
}

var fontFile = regexp.MustCompile(`^/web/fonts/`)
