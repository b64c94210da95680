package browser

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// sourceLinks are the widgets' links to sources on the page: each one's
// label and the position (from 1) of the entry it points to in its list
// (the story's #sources, or the embed's own), 0 if there is none.
const sourceLinks = `[...document.querySelectorAll('.widget a[href^="#src-"]')].map(a => {
	const target = document.getElementById(a.getAttribute("href").slice(1));
	const list = target ? target.closest("ol") : null;
	return {label: a.textContent, at: list ? [...list.children].indexOf(target) + 1 : 0};
})`

type sourceLink struct {
	Label string `json:"label"`
	At    int    `json:"at"`
}

// One numbering (issue 12): every source a widget names carries the
// number of its entry in the page's list, and links to it: on a story
// the story's list, in an embed the embed's own; before the wasm and
// after it.
func TestSourceNumbersInWidgetsMatchTheList(t *testing.T) {
	s := newSite(t, false)
	for _, path := range []string{story, "/pl/dokad-przenosi-sie-trening", "/embed/diffusion-map", "/embed/diversion-routes?mode=rent", "/embed/timeline"} {
		t.Run(path, func(t *testing.T) {
			ctx := tab(t)
			do(t, ctx, chromedp.Navigate(s.URL+path))
			check := func(when string) {
				links := eval[[]sourceLink](t, ctx, sourceLinks)
				if len(links) < 1 {
					t.Fatalf("%s: %d source links in the widgets", when, len(links))
				}
				for _, l := range links {
					if l.At == 0 {
						t.Errorf("%s: %q points to no entry of a source list", when, l.Label)
						continue
					}
					if want := "[" + strconv.Itoa(l.At) + "] "; len(l.Label) < len(want) || l.Label[:len(want)] != want {
						t.Errorf("%s: %q links the list's entry %d", when, l.Label, l.At)
					}
				}
			}
			check("before the wasm")
			do(t, ctx, chromedp.KeyEvent("\t"))
			waitReady(t, ctx)
			check("after the takeover")
		})
	}
}

// Following a source link in an embed opens its folded list at the entry,
// before the wasm and after it. The wasm is held until the first link
// has been followed, so no takeover can fall between the reader's clicks
// (on a busy machine one did, and a click aimed at the old page's link
// landed on the new page before it had its view back).
func TestEmbedSourceLinkOpensItsList(t *testing.T) {
	s := newSite(t, true)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/chip-gap"))
	if eval[bool](t, ctx, `document.querySelector(".widget-source-list").open`) {
		t.Fatal("the embed's source list starts open")
	}
	// The source line is in the embed's folded "More", as a reader
	// finds it.
	do(t, ctx, chromedp.Click(chromedp.CSS(`.widget-more > summary`)))
	waitFor(t, ctx, `document.querySelector(".widget-more").open`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.widget-sources a[href^="#src-"]`)))
	waitFor(t, ctx, `document.querySelector(".widget-source-list").open`)

	takeOver(t, ctx, s)
	if !eval[bool](t, ctx, `document.querySelector(".widget-source-list").open`) {
		t.Fatal("the source list the reader opened closed at the takeover")
	}
	eval[chromedp.Void](t, ctx, `document.querySelector(".widget-source-list").open = false; history.replaceState(null, "", location.pathname)`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.widget-sources a[href^="#src-"]`)))
	waitFor(t, ctx, `document.querySelector(".widget-source-list").open`)
}
