package browser

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// backgroundSampler records the body's background colour on every
// animation frame from the start of each document: a frame in the wrong
// theme, however short, shows up.
const backgroundSampler = `window.__bg = [];
(function loop() {
  if (document.body) window.__bg.push(getComputedStyle(document.body).backgroundColor);
  requestAnimationFrame(loop);
})();`

const (
	lightBackground = "rgb(255, 255, 255)"
	darkBackground  = "rgb(18, 21, 28)"
)

// The theme switch: the reader's choice is kept across a reload and
// pages, with no frame in the other theme (web/theme.js applies it in
// <head>), its button is pressed, "Auto" goes back to the system's
// scheme, and embeds keep following theirs.
func TestThemeChoiceIsRememberedWithoutAFlash(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: backgroundSampler}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(s.URL+story))
	everyFrame(t, ctx, lightBackground, "the system's light scheme")
	choose(t, ctx, "dark")
	waitFor(t, ctx, `getComputedStyle(document.body).backgroundColor === "`+darkBackground+`"`)
	pressed(t, ctx, "dark")

	do(t, ctx, chromedp.Reload())
	everyFrame(t, ctx, darkBackground, "after choosing dark and reloading")
	pressed(t, ctx, "dark")
	waitReady(t, ctx)
	if got := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`); got != darkBackground {
		t.Errorf("after the takeover the page is %s", got)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/pl/"))
	everyFrame(t, ctx, darkBackground, "on another page")

	// Embeds follow their theme parameter and the system, not our pages'
	// choice.
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/chip-gap"))
	everyFrame(t, ctx, lightBackground, "in an embed")

	do(t, ctx, chromedp.Navigate(s.URL+story))
	choose(t, ctx, "auto")
	do(t, ctx, chromedp.Reload())
	everyFrame(t, ctx, lightBackground, `after choosing "Auto" and reloading`)
	pressed(t, ctx, "auto")

	// A light choice holds against the system's dark scheme.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Reload())
	everyFrame(t, ctx, darkBackground, "with the system dark and no choice")
	choose(t, ctx, "light")
	do(t, ctx, chromedp.Reload())
	everyFrame(t, ctx, lightBackground, "after choosing light under a dark system")
}

// everyFrame waits for the page's load and a few frames, then checks that
// every frame drawn so far had the background want.
func everyFrame(t *testing.T, ctx context.Context, want, when string) {
	t.Helper()
	waitFor(t, ctx, `document.readyState === "complete" && window.__bg.length >= 5`)
	frames := eval[[]string](t, ctx, `window.__bg`)
	for i, bg := range frames {
		if bg != want {
			t.Errorf("%s: frame %d of %d has background %s, want %s", when, i, len(frames), bg, want)
			return
		}
	}
}

// choose clicks the theme switch's button for choice, once the page is
// live (the takeover replaces the header's nodes: a click aimed at the
// old one would miss).
func choose(t *testing.T, ctx context.Context, choice string) {
	t.Helper()
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.theme-switch [data-theme-choice="`+choice+`"]`)))
}

// pressed checks that the theme switch marks choice, and only it, pressed.
func pressed(t *testing.T, ctx context.Context, choice string) {
	t.Helper()
	got := eval[[]string](t, ctx, `[...document.querySelectorAll('.theme-switch [aria-pressed="true"]')].map(b => b.dataset.themeChoice)`)
	if len(got) != 1 || got[0] != choice {
		t.Errorf("pressed: %v, want %s", got, choice)
	}
}

// Without JavaScript the switch, which could not work, is not shown.
func TestThemeSwitchNeedsAScript(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	withoutScripts(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	if shown := eval[string](t, ctx, `getComputedStyle(document.querySelector(".theme-row")).display`); shown != "none" {
		t.Errorf("without JavaScript the theme switch is displayed (%s)", shown)
	}
}
