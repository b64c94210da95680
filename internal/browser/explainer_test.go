package browser

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The main story is an explainer (docs/architecture.md, "The explainer
// form"): the map in the first screen, and through the dated sections a
// map that follows the reader's section, or a still picture per section
// for readers without motion or script.

// mapPicture is the live map's picture on the main story.
const mapPicture = `document.querySelector('[data-widget="diffusion-map"] .dm-map')`

// mapDataState is the live map's data-state.
const mapDataState = `document.querySelector('[data-widget="diffusion-map"]').dataset.state`

// On a 375 × 812 phone and a 1280 × 800 screen the headline, the
// takeaway and the whole map picture are in the first screen, in both
// languages.
func TestMapInTheFirstScreen(t *testing.T) {
	s := newSite(t, false)
	for _, path := range []string{story, "/pl/dokad-przenosi-sie-trening"} {
		for _, size := range [][2]int64{{375, 812}, {1280, 800}} {
			ctx := tab(t)
			if size[0] < 600 {
				asPhone(t, ctx, size[0], size[1], true)
			} else {
				do(t, ctx, chromedp.EmulateViewport(size[0], size[1]))
			}
			do(t, ctx, chromedp.Navigate(s.URL+path))
			got := eval[[]float64](t, ctx, `(() => {
  const r = el => el.getBoundingClientRect();
  const h1 = r(document.querySelector(".story-head h1")), take = r(document.querySelector(".story-head .summary")), map = r(`+mapPicture+`);
  return [h1.top, take.bottom, map.top, map.bottom, map.width, innerHeight, innerWidth];
})()`)
			if got[0] < 0 || got[1] > got[5] || got[2] < 0 || got[3] > got[5] {
				t.Errorf("%s at %dx%d: headline top %.0f, takeaway bottom %.0f, map %.0f–%.0f: not all in a %.0f px high first screen",
					path, size[0], size[1], got[0], got[1], got[2], got[3], got[5])
			}
			if got[4] < 0.3*got[6] {
				t.Errorf("%s at %dx%d: the map is %.0f px wide", path, size[0], size[1], got[4])
			}
		}
	}
}

// On a wide screen, scrolling to a dated section moves the pinned map to
// its date, and scrolling back restores the page's own state, without
// touching the address or the history.
func TestScrollingMovesTheMapThroughTheYears(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 800))
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	if pos := eval[string](t, ctx, `getComputedStyle(document.querySelector(".scrolly-pin")).position`); pos != "sticky" {
		t.Fatalf("the map is %s, not pinned, at 1280 px", pos)
	}
	start := eval[string](t, ctx, mapDataState)
	href := eval[string](t, ctx, `location.href`)
	entries := eval[int](t, ctx, `history.length`)
	dates := eval[[]string](t, ctx, `[...document.querySelectorAll(".scrolly-text h2[data-date]")].map(h => h.dataset.date)`)
	if len(dates) < 3 {
		t.Fatalf("%d dated sections, want at least 3", len(dates))
	}
	for _, i := range []int{0, len(dates) - 1, 1} {
		d := dates[i]
		scrollToDatedSection(t, ctx, i)
		waitFor(t, ctx, mapDataState+`.includes("date=`+d+`")`)
		// The map stays in view while the reader reads.
		if top := eval[float64](t, ctx, mapPicture+`.getBoundingClientRect().top`); top < 0 || top > 400 {
			t.Errorf("section %s: the map's picture is at %.0f px, not pinned in view", d, top)
		}
	}
	eval[bool](t, ctx, `window.scrollTo(0, 0), true`)
	waitFor(t, ctx, mapDataState+` === `+jsString(start))
	if got := eval[string](t, ctx, `location.href`); got != href {
		t.Errorf("scrolling changed the address to %s", got)
	}
	if got := eval[int](t, ctx, `history.length`); got != entries {
		t.Errorf("scrolling added %d history entries", got-entries)
	}
}

// Readers who prefer reduced motion, and readers without JavaScript, get
// each dated section's still picture at its date; so do phones, where a
// pinned map would leave no room to read. Each still draws the live
// map's outlines by reference, and that reference resolves.
func TestDatedSectionsShowStills(t *testing.T) {
	s := newSite(t, false)
	for _, c := range []struct {
		name  string
		setup func(ctx context.Context)
	}{
		{"reduced motion", func(ctx context.Context) {
			do(t, ctx, chromedp.EmulateViewport(1280, 800))
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
			}); err != nil {
				t.Fatal(err)
			}
		}},
		{"no JavaScript", func(ctx context.Context) {
			do(t, ctx, chromedp.EmulateViewport(1280, 800))
			withoutScripts(t, ctx)
		}},
		{"phone", func(ctx context.Context) { asPhone(t, ctx, 375, 812, true) }},
	} {
		ctx := tab(t)
		c.setup(ctx)
		do(t, ctx, chromedp.Navigate(s.URL+story))
		if c.name != "no JavaScript" {
			waitReady(t, ctx)
		}
		got := eval[[]string](t, ctx, `[...document.querySelectorAll(".scrolly-text h2[data-date]")].map(h => {
  let el = h.closest(".prose").nextElementSibling;
  if (!el || !el.matches(".still")) return h.id + ": no still after it";
  if (el.dataset.date !== h.dataset.date) return h.id + ": still of " + el.dataset.date;
  if (el.getBoundingClientRect().height < 100) return h.id + ": still not shown";
  const use = el.querySelector("use");
  if (!use || !document.querySelector(use.getAttribute("href"))) return h.id + ": still's outlines do not resolve";
  if (use.getBoundingClientRect().width < 100) return h.id + ": outlines not drawn";
  return "";
}).filter(Boolean)`)
		for _, problem := range got {
			t.Errorf("%s: %s", c.name, problem)
		}
		if pos := eval[string](t, ctx, `getComputedStyle(document.querySelector(".scrolly-pin")).position`); pos == "sticky" {
			t.Errorf("%s: the map is pinned", c.name)
		}
		if c.name == "reduced motion" {
			// Scrolling moves nothing: the stills tell the story.
			start := eval[string](t, ctx, mapDataState)
			scrollToDatedSection(t, ctx, -1)
			eval[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
			if got := eval[string](t, ctx, mapDataState); got != start {
				t.Errorf("reduced motion: scrolling changed the map to %s", got)
			}
		}
	}
}

// scrollToDatedSection scrolls the story until its i-th dated heading
// (-1: the last) is 100 px below the top of the window: past the
// reading line, so its section is the reader's.
func scrollToDatedSection(t *testing.T, ctx context.Context, i int) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
  const hs = [...document.querySelectorAll(".scrolly-text h2[data-date]")], h = hs.at(%d);
  if (h) window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 100);
  return true;
})()`, i))
}

// jsString quotes s for JavaScript.
func jsString(s string) string { return fmt.Sprintf("%q", s) }
