package browser

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Printed, a page is its text and each widget's picture in its current
// state, with caption and sources: no controls, the address of every
// source written out, and the light scheme's colours on white paper even
// for a reader who reads in dark.
func TestPrintShowsPicturesNotControls(t *testing.T) {
	s := newSite(t, false)
	for _, path := range []string{story + "?diffusion-map.rule=in-force", "/pl/dokad-przenosi-sie-trening", "/embed/diversion-routes", "/embed/chip-gap"} {
		t.Run(path, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(s.URL+story))
			choose(t, ctx, "dark")
			do(t, ctx, chromedp.Navigate(s.URL+path))
			waitReady(t, ctx)
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Media:    "print",
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
			}); err != nil {
				t.Fatal(err)
			}
			pictures := eval[[]float64](t, ctx, `[...document.querySelectorAll("[data-widget]")].map(w => {
				const f = w.querySelector("figure");
				return f ? f.getBoundingClientRect().height : 0;
			})`)
			if len(pictures) == 0 {
				t.Fatal("no widget on the page")
			}
			for i, h := range pictures {
				if h < 50 {
					t.Errorf("widget %d prints a picture %.0f px high", i, h)
				}
			}
			shown := eval[[]string](t, ctx, `[...document.querySelectorAll(
				".seg, [class$='-controls'], .tl-range, .widget-share, .widget-download, .theme-row, .lang-switch, .cite-box")]
				.filter(el => el.getClientRects().length > 0).map(el => el.className)`)
			if len(shown) > 0 {
				t.Errorf("controls printed: %v", shown)
			}
			urls := eval[[]string](t, ctx, `[...document.querySelectorAll(".sources a[href^='http'], .widget-source-list a[href^='http']")]
				.map(a => getComputedStyle(a, "::after").content).filter(c => !c.includes("http"))`)
			if len(urls) > 0 {
				t.Errorf("%d source links print without their address, e.g. %s", len(urls), urls[0])
			}
			if n := eval[int](t, ctx, `[...document.querySelectorAll(".sources a[href^='http'], .widget-source-list a[href^='http']")]
				.filter(a => a.getClientRects().length > 0).length`); n == 0 {
				t.Error("no source link prints")
			}
			if ink := eval[string](t, ctx, `getComputedStyle(document.body).color`); ink != "rgb(27, 31, 39)" {
				t.Errorf("printed text is %s, want the light scheme's dark ink", ink)
			}
		})
	}
}
