package server

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

// The Embed control also holds the deep link to this view: this page
// with every widget's state and the widget's anchor, absolute, with no
// host parameter; and the embed code of the widget's own state.
func TestShareControlDeepLink(t *testing.T) {
	s := newTestServer(t)
	b := get(t, s, "/en/where-training-moves?chip-gap.metric=memory&diffusion-map.rule=before&childId=x").Body.String()
	field := func(id string) string {
		m := regexp.MustCompile(`(?s)<textarea id="` + id + `"[^>]*>(.*?)</textarea>`).FindStringSubmatch(b)
		if m == nil {
			t.Fatalf("no field %s", id)
		}
		return html.UnescapeString(m[1])
	}
	link := field("chip-gap-embed-link")
	for _, want := range []string{"https://atlas.example/en/where-training-moves?", "chip-gap.metric=memory", "diffusion-map.rule=before", "#chip-gap"} {
		if !strings.Contains(link, want) {
			t.Errorf("deep link %s lacks %s", link, want)
		}
	}
	if strings.Contains(link, "childId") {
		t.Errorf("deep link %s carries a host parameter", link)
	}
	if code := field("chip-gap-embed-plain"); !strings.Contains(code, `src="https://atlas.example/embed/chip-gap?metric=memory&amp;threshold=on"`) {
		t.Errorf("embed code %s", code)
	}
	if code := field("diffusion-map-embed-plain"); !strings.Contains(code, "rule=before") || strings.Contains(code, "metric=") {
		t.Errorf("the map's embed code carries another widget's state: %s", code)
	}
}

// Every section heading of a story ends with a link to itself, named for
// screen readers, in the page's language.
func TestSectionHeadingsLinkToThemselves(t *testing.T) {
	s := newTestServer(t)
	for page, name := range map[string]string{"/en/where-training-moves": "Link to this section", "/pl/dokad-przenosi-sie-trening": "Link do tej sekcji"} {
		b := get(t, s, page).Body.String()
		hs := regexp.MustCompile(`<h2 id="([^"]+)">(.*?)</h2>`).FindAllStringSubmatch(b, -1)
		if len(hs) < 5 {
			t.Fatalf("%s: %d section headings", page, len(hs))
		}
		for _, h := range hs {
			if h[1] == "corrections" || h[1] == "sources" {
				continue // the end matter's headings are the compiler's own
			}
			if !strings.Contains(h[2], `<a class="heading-link" href="#`+h[1]+`" aria-label="`+name+`">#</a>`) {
				t.Errorf("%s: heading %s has no link to itself: %s", page, h[1], h[2])
			}
		}
	}
}

// An embed code pins the state and its date, and the embed says which
// date it shows, so a map embedded in 2026 keeps its meaning later: with
// no date in the address, the facts' as-of date; with one, that date's
// state; the rule "as written" stays a choice at any date.
func TestEmbedCodePinsTheDate(t *testing.T) {
	s := newTestServer(t)
	asOf := regexp.MustCompile(`<p class="widget-asof">([^<]*)</p>`)
	code := regexp.MustCompile(`(?s)<textarea id="diffusion-map-embed-plain"[^>]*>(.*?)</textarea>`)
	b := get(t, s, "/en/where-training-moves").Body.String()
	m := code.FindStringSubmatch(b)
	if m == nil || !strings.Contains(html.UnescapeString(m[1]), "date=2026-07-01") {
		t.Fatalf("the map's embed code does not pin the date: %v", m)
	}
	if a := asOf.FindStringSubmatch(b); a == nil || a[1] != "As of early July 2026" {
		t.Errorf("a page without a date says %v", a)
	}
	for query, want := range map[string][2]string{
		"date=2026-07-01":               {"As of 1 July 2026", "rule=rescinded"},
		"date=2025-02-01":               {"As of 13 January 2025", "rule=in-force"},
		"date=2024-03-01":               {"As of 17 November 2023", "rule=before"},
		"date=2024-03-01&rule=in-force": {"As of 17 November 2023", "rule=in-force"},
		"rule=before":                   {"As of 2 December 2024", "rule=before"},
		"date=2025-06-01&rule=before":   {"As of 13 May 2025", "rule=rescinded"},
		"date=2025-06-01&lang=pl":       {"Stan na 13 maja 2025", "rule=rescinded"},
		"date=someday":                  {"As of early July 2026", "rule=rescinded"},
	} {
		b := get(t, s, "/embed/diffusion-map?"+query).Body.String()
		a := asOf.FindStringSubmatch(b)
		st := regexp.MustCompile(`data-state="([^"]*)"`).FindStringSubmatch(b)
		if a == nil || a[1] != want[0] || st == nil || !strings.Contains(html.UnescapeString(st[1]), want[1]) {
			t.Errorf("/embed/diffusion-map?%s: %v, state %v; want %q and %s", query, a, st, want[0], want[1])
		}
		if m := code.FindStringSubmatch(b); m != nil {
			t.Errorf("an embed holds its own embed control")
		}
	}
}
