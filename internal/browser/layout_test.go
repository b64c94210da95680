package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// At 320 px no page, in any widget state, scrolls sideways.
func TestNoHorizontalOverflowAt320(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	asPhone(t, ctx, 320, 640, false)
	pages := []string{
		story,
		story + "?chip-gap.metric=bandwidth&diffusion-map.tiers=on",
		story + "?chip-gap.metric=memory&chip-gap.threshold=on",
		"/pl/dokad-przenosi-sie-trening?chip-gap.metric=tflops",
		"/embed/chip-gap?metric=memory",
		"/embed/diffusion-map?rule=in-force&data=on",
		"/en/export-controls-in-five-minutes",
		"/pl/slowniczek",
		"/",
		"/nowhere",
	}
	for _, p := range pages {
		do(t, ctx, chromedp.Navigate(s.URL+p))
		waitReady(t, ctx)
		if w := eval[[]int](t, ctx, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
			t.Errorf("%s: %dpx wide in a %dpx viewport", p, w[0], w[1])
		}
	}
}

// After the takeover the skip link still moves the keyboard to the
// content: Tab after it lands inside main, not back in the header.
func TestSkipLinkAfterTakeover(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	do(t, ctx, chromedp.KeyEvent("\t"))
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip-link" {
		t.Fatalf("first Tab lands on %q, want the skip link", got)
	}
	do(t, ctx, chromedp.KeyEvent("\r"), chromedp.KeyEvent("\t"))
	if !eval[bool](t, ctx, `document.getElementById("main").contains(document.activeElement)`) {
		t.Errorf("after the skip link, Tab lands on %q outside main", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
	}
}

// The home page's language switch loads the other language's home.
func TestHomeLanguageSwitch(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?lang=pl"))
	waitReady(t, ctx)
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`.lang-switch a`))); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "en" {
		t.Errorf("after the switch the page is %q", lang)
	}
	if href := eval[string](t, ctx, `document.querySelector(".story-list a").getAttribute("href")`); !strings.HasPrefix(href, "/en/") {
		t.Errorf("after the switch the home lists %q", href)
	}
}

// If the page data cannot be read, the wasm keeps the server's page as it
// is instead of rendering a wrong or empty one.
func TestTakeoverKeepsPageWhenDataIsBroken(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/__broken"+story))
	waitReady(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); got != "Where AI training moves" {
		t.Errorf("h1 after a failed takeover = %q, want the story's", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#chip-gap .cg-row").length`); n < 6 {
		t.Errorf("chart rows after a failed takeover: %d", n)
	}
}

// Every disclosure in a widget (data table, embed code, citation, key)
// shows its marker and is a 44 px target: "Data table" once lost its
// triangle to display:flex and read as plain text.
func TestWidgetDisclosuresShowTheirMarker(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	type summary struct {
		Text    string  `json:"text"`
		Display string  `json:"display"`
		Height  float64 `json:"height"`
	}
	// A summary hidden because its disclosure's content shows anyway
	// (the map's layers on a wide screen, style.css) hides nothing.
	got := eval[[]summary](t, ctx, `[...document.querySelectorAll(".widget details > summary")].filter(s =>
		getComputedStyle(s).display !== "none" || ![...s.parentElement.children].some(c => c !== s && c.getClientRects().length > 0)).map(s => ({
		text: s.textContent.trim(), display: getComputedStyle(s).display, height: s.getBoundingClientRect().height}))`)
	if len(got) < 5 {
		t.Fatalf("%d widget disclosures on the story, want at least 5", len(got))
	}
	for _, s := range got {
		if s.Display != "list-item" {
			t.Errorf("summary %q is display:%s, which hides its marker", s.Text, s.Display)
		}
		if s.Height < 44 {
			t.Errorf("summary %q is %.0f px tall, want at least 44", s.Text, s.Height)
		}
	}
}
