package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// An unknown slug and an unknown path are real 404 pages, in the reader's
// language, that stay 404 pages after the wasm takes over.
func TestNotFound(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	for path, h1 := range map[string]string{
		"/en/no-such-story": "Page not found",
		"/pl/nie-ma":        "Nie ma takiej strony",
		"/nowhere/at/all":   "Page not found",
	} {
		resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(s.URL+path))
		if err != nil {
			t.Fatal(err)
		}
		if resp.Status != 404 {
			t.Errorf("%s: status %d, want 404", path, resp.Status)
		}
		waitReady(t, ctx)
		if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); got != h1 {
			t.Errorf("%s: h1 after takeover = %q, want %q", path, got, h1)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll(".story-list a").length`); n == 0 {
			t.Errorf("%s: the 404 page offers no stories", path)
		}
	}
}

// The Polish story is Polish throughout, links to its English twin, and
// the switch lands on the twin.
func TestPolishStory(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/pl/dokad-przenosi-sie-trening"))
	waitReady(t, ctx)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "pl" {
		t.Errorf("html lang = %q", lang)
	}
	if got := eval[string](t, ctx, `document.querySelector("#chip-gap .seg-label").textContent`); got != "Miara" {
		t.Errorf("widget label = %q, want Polish", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#chip-gap .cg-row[data-chip='h100'] .cg-value").textContent`); got != "15\u00a0832\u00a0TPP" {
		t.Errorf("H100 TPP = %q, want Polish number format", got)
	}
	resp, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`.lang-switch a[hreflang="en"]`)))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || !strings.HasSuffix(resp.URL, story) {
		t.Errorf("language switch went to %s (%d), want %s", resp.URL, resp.Status, story)
	}
	waitReady(t, ctx)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "en" {
		t.Errorf("after the switch html lang = %q", lang)
	}
}

// The home page follows ?lang= (and Accept-Language) and offers the other
// language; the Polish home also has a path of its own, for static hosts.
func TestHomeLanguage(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?lang=pl"))
	waitReady(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector(".story-list a").getAttribute("href")`); !strings.HasPrefix(got, "/pl/") {
		t.Errorf("Polish home lists %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector('.lang-switch a').getAttribute("href")`); got != "/" {
		t.Errorf("Polish home's switch goes to %q", got)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/pl/"))
	waitReady(t, ctx)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "pl" {
		t.Errorf("/pl/ is %q", lang)
	}
	if got := eval[string](t, ctx, `document.querySelector(".brand").getAttribute("href")`); got != "/pl/" {
		t.Errorf("Polish brand link %q, want /pl/", got)
	}
}
