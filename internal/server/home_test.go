package server

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/computeatlas/atlas/app/ui"
)

// The home page in each language lists the same stories in the same
// order, the flagship first, each as a card: its picture (its card image,
// which is there), its newest date, its reading time and its summary; the
// first picture is fetched early, the others lazily.
func TestHomeCards(t *testing.T) {
	s := newTestServer(t)
	var orders [][]string
	for _, home := range []string{"/", "/pl/"} {
		doc, err := goquery.NewDocumentFromReader(get(t, s, home).Body)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		cards := doc.Find(".story-cards > li")
		if cards.Length() < 2 {
			t.Fatalf("%s: %d story cards", home, cards.Length())
		}
		cards.Each(func(i int, c *goquery.Selection) {
			href, _ := c.Find("a").First().Attr("href")
			pl, status := ui.Resolve(s.lib, ui.Request{Path: href})
			if status != http.StatusOK || pl.Doc == nil {
				t.Errorf("%s: card %d links %s (%d)", home, i, href, status)
				return
			}
			m := pl.Doc.Meta
			keys = append(keys, m.TranslationKey)
			if i == 0 && !m.Featured {
				t.Errorf("%s: the first card is %s, not the flagship", home, href)
			}
			img := c.Find("img.story-card-img")
			src, _ := img.Attr("src")
			if rec := get(t, s, src); rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "image/png" {
				t.Errorf("%s: %s's picture %s: %d", home, href, src, rec.Code)
			}
			if w, _ := img.Attr("width"); w != "1200" {
				t.Errorf("%s: %s's picture has no size (width %q): the page would shift", home, href, w)
			}
			if lazy, _ := img.Attr("loading"); (lazy == "lazy") != (i > 0) {
				t.Errorf("%s: card %d's picture loading=%q", home, i, lazy)
			}
			if dt, _ := c.Find("time").Attr("datetime"); dt != m.Newest() {
				t.Errorf("%s: %s dated %q, want its newest date %s", home, href, dt, m.Newest())
			}
			meta := c.Find(".story-card-meta").Text()
			if !regexp.MustCompile(`· [1-9][0-9]* min`).MatchString(meta) {
				t.Errorf("%s: %s's card says %q, no reading time", home, href, meta)
			}
			if got := strings.TrimSpace(c.Find(".story-card-summary").Text()); got != m.Summary {
				t.Errorf("%s: %s's summary %q", home, href, got)
			}
		})
		orders = append(orders, keys)
	}
	if strings.Join(orders[0], " ") != strings.Join(orders[1], " ") {
		t.Errorf("the homes list the stories in different orders: %v and %v", orders[0], orders[1])
	}
}
