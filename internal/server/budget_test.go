package server

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// Budgets for what a reader's phone receives and builds, so that later
// features cannot quietly undo the gains: each page's HTML as brotli
// sends it (quality 11, as its default state is served once polished) and
// its number of elements (Lighthouse flags large DOMs; go-app builds the
// whole tree again at takeover). Raise one only with a measured reason.
func TestPageBudgets(t *testing.T) {
	s := newTestServer(t)
	budgets := []struct {
		path             string
		brotli, elements int
	}{
		// Measured 2026-12-03 (brotli, elements): 40,732 and 1,636;
		// 43,419 and 1,636; 27,165 and 384; 4,253 and 202; 1,185 and 52.
		// Later that day, with the Embed control, the data link, the
		// card and feed tags, the oEmbed link and the site's new words
		// (which every live page's payload carries): 42,033 and 1,700;
		// 44,835 and 1,700; 27,725 and 394; 4,851 and 212; and 928 and
		// 57 for the home page, which no longer carries a payload (a
		// page without widgets never loads the wasm).
		// 2026-12-04, with the timeline in the main story (its events,
		// axis and table), picture links and view citations: 48,275 and
		// 2,019; 51,036 and 2,019; 28,135 and 401; 5,092 and 218. Then
		// job-borders (its answer by place, the rules, their table):
		// 52,449 and 2,205; 55,221 and 2,205. Then diversion-routes (its
		// region's outlines, the cases in two languages in the payload,
		// the list and the table): 59,428 and 2,565; 62,315 and 2,565.
		// Then one source numbering (issue 12): the story's list also
		// gives each source only its widgets cite (about 30 more
		// entries), and each embed carries its own folded list: 60,717
		// and 2,665; 63,780 and 2,665; 18,516 and 444; 29,710 and 541;
		// 5,311 and 251.
		// Then the explainer form (issue 12): the story rewritten to
		// mid-2026 (about 3,000 words, 20 more sources), key points and
		// contents, and a still picture of the map under each of the six
		// dated sections (426 elements in all; the outlines only once,
		// by <use>); the map's tier sources and Shenzhen hub, the
		// chip-gap note's sources: 66,983 and 3,611; 70,701 and 3,626;
		// 30,983 and 582; 6,126 and 278.
		// Then the theme switch in the footer of our pages (issue 13:
		// a labelled group of three buttons, and theme.js in <head>):
		// 7 elements and about 50 bytes of brotli a page; the home
		// page 1,065 and 67. Then the home's story cards (picture, date,
		// reading time): 1,191 and 75. Then the map's design (issue 13:
		// a visual key of six drawn samples, labels on the arcs and on
		// China, a named hub sheet with a close button, the layers in a
		// disclosure): 68,074 and 3,680; 71,575 and 3,695; 31,879 and
		// 644. Then Inter (issue 13): two font preload links in every
		// page's <head>, about 10 bytes of brotli; the home page 1,259
		// and 77. Then the update notice on our pages (issue 13: a status
		// region with a sentence and two buttons, and the version on the
		// boot script): 5 elements and about 75 bytes of brotli a page;
		// the home page 1,362 and 82. Then the read-through's last
		// corrections (issue 12): a fact sheet's further pages as their
		// own sources, so each claim links the page that says it (eight
		// more list entries on the story, three on the map's embed, one
		// on chip-gap's), three corrections entries, the notified band's
		// two branches: 70,009 and 3,778; 73,722 and 3,793; 32,511 and
		// 657; 6,389 and 290.
		{"/en/where-training-moves", 71_000, 3_850},
		{"/pl/dokad-przenosi-sie-trening", 74_500, 3_850},
		{"/embed/diversion-routes", 19_000, 460},
		{"/embed/diffusion-map", 33_000, 680},
		{"/embed/chip-gap", 6_500, 300},
		{"/", 1_400, 85},
	}
	for _, b := range budgets {
		raw := get(t, s, b.path).Body.Bytes()
		br := len(brotliBytes(raw, brotliBest))
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.Find("*").Length()
		t.Logf("%s: %d bytes, %d brotli (budget %d), %d elements (budget %d)", b.path, len(raw), br, b.brotli, n, b.elements)
		if br > b.brotli {
			t.Errorf("%s: %d bytes brotli, over its %d budget", b.path, br, b.brotli)
		}
		if n > b.elements {
			t.Errorf("%s: %d elements, over its %d budget", b.path, n, b.elements)
		}
	}
}
