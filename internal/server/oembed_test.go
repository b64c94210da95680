package server

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// oembedOf asks /oembed about page (an address) with extra parameters.
func oembedOf(t *testing.T, s *Server, page string, extra ...string) (int, map[string]any, string) {
	t.Helper()
	q := url.Values{"url": {page}}
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	rec := get(t, s, "/oembed?"+q.Encode())
	var answer map[string]any
	if rec.Code == 200 {
		if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil {
			t.Fatalf("oEmbed answer for %s is not JSON: %v", page, err)
		}
	}
	return rec.Code, answer, rec.Body.String()
}

// The fields oEmbed 1.0 requires of a rich answer (section 2.3.4).
var oembedRequired = []string{"type", "version", "html", "width", "height"}

// Story and embed addresses get a rich answer with every field the spec
// requires and the ones we promise: an iframe of the widget in the
// address's state, titled, credited, sized within maxwidth and maxheight.
func TestOEmbedAnswers(t *testing.T) {
	s := newTestServer(t)
	for _, c := range []struct {
		page, wantSrc string
	}{
		{"https://atlas.example/embed/chip-gap?metric=memory", "https://atlas.example/embed/chip-gap?metric=memory&amp;threshold=off"},
		{"https://atlas.example/en/where-training-moves?diffusion-map.rule=in-force", "https://atlas.example/embed/diffusion-map?data=off&amp;date=2026-07-01&amp;h20=restricted&amp;rule=in-force&amp;tiers=off"},
		// No state in the address: the story's first widget as the story
		// shows it (its directive's starting state), with the date it
		// shows pinned.
		{"https://atlas.example/en/where-training-moves", "https://atlas.example/embed/diffusion-map?data=off&amp;date=2026-07-01&amp;h20=restricted&amp;rule=rescinded&amp;tiers=off"},
		// Several widgets' keys: the first of those widgets in the story.
		{"https://atlas.example/en/where-training-moves?chip-gap.metric=memory", "https://atlas.example/embed/chip-gap?metric=memory&amp;threshold=on"},
		{"https://atlas.example/pl/dokad-przenosi-sie-trening", "lang=pl"},
	} {
		code, a, body := oembedOf(t, s, c.page)
		if code != 200 {
			t.Errorf("%s: status %d (%s)", c.page, code, body)
			continue
		}
		for _, k := range append(oembedRequired, "title", "provider_name", "provider_url", "author_name", "cache_age") {
			if _, ok := a[k]; !ok {
				t.Errorf("%s: no %s", c.page, k)
			}
		}
		if a["type"] != "rich" || a["version"] != "1.0" {
			t.Errorf("%s: type %v, version %v", c.page, a["type"], a["version"])
		}
		html, _ := a["html"].(string)
		if !strings.Contains(html, `<iframe src="`) || !strings.Contains(html, c.wantSrc) || !strings.Contains(html, `title="`) || !strings.Contains(html, `loading="lazy"`) {
			t.Errorf("%s: html %s, want an iframe of %s", c.page, html, c.wantSrc)
		}
	}
	_, a, _ := oembedOf(t, s, "https://atlas.example/embed/diffusion-map", "maxwidth", "400", "maxheight", "300")
	if a["width"].(float64) > 400 || a["height"].(float64) > 300 {
		t.Errorf("maxwidth 400, maxheight 300: answered %v × %v", a["width"], a["height"])
	}
	if !regexp.MustCompile(`height="300"`).MatchString(a["html"].(string)) {
		t.Errorf("the iframe's height is not the answer's: %s", a["html"])
	}
}

// Bad questions get their status, never a 500: a missing url 400, XML
// 501, another site's address or one of ours without a widget 404, a bad
// size 400; a huge maxwidth is capped and a bad state falls back.
func TestOEmbedBadInput(t *testing.T) {
	s := newTestServer(t)
	for _, c := range []struct {
		query string
		want  int
	}{
		{"", 400},
		{"url=", 400},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap&format=xml", 501},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap&format=yaml", 501},
		{"url=https%3A%2F%2Fevil.example%2Fembed%2Fchip-gap", 404},
		{"url=javascript%3Aalert(1)", 404},
		{"url=%25%25%25", 404},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fno-such-widget", 404},
		{"url=https%3A%2F%2Fatlas.example%2Fen%2Fglossary", 404},
		{"url=https%3A%2F%2Fatlas.example%2F", 404},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap&maxwidth=abc", 400},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap&maxwidth=-5", 400},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap&maxwidth=99999999999999999999999", 200},
		{"url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap%3Fmetric%3Dfoo", 200},
	} {
		rec := get(t, s, "/oembed?"+c.query)
		if rec.Code != c.want {
			t.Errorf("/oembed?%s: %d (%s), want %d", c.query, rec.Code, strings.TrimSpace(rec.Body.String()), c.want)
		}
		if rec.Code != 200 && !strings.Contains(rec.Body.String(), "oEmbed: ") {
			t.Errorf("/oembed?%s: %d without a reason: %q", c.query, rec.Code, rec.Body.String())
		}
	}
	_, a, _ := oembedOf(t, s, "https://atlas.example/embed/chip-gap", "maxwidth", "99999999999999999999999")
	if w := a["width"].(float64); w > oembedMaxWidth {
		t.Errorf("a huge maxwidth gave width %v", w)
	}
	_, a, _ = oembedOf(t, s, "https://atlas.example/embed/chip-gap?metric=foo")
	if html := a["html"].(string); strings.Contains(html, "foo") || !strings.Contains(html, "metric=tpp") {
		t.Errorf("a bad state is not replaced by the default: %s", html)
	}
}

// Story and embed pages name their oEmbed address (with their state);
// pages without a widget do not.
func TestOEmbedDiscovery(t *testing.T) {
	s := newTestServer(t)
	link := regexp.MustCompile(`<link rel="alternate" type="application/json\+oembed" href="([^"]+)"`)
	for page, want := range map[string]string{
		"/en/where-training-moves":                   "https://atlas.example/oembed?format=json&amp;url=https%3A%2F%2Fatlas.example%2Fen%2Fwhere-training-moves",
		"/embed/chip-gap?metric=memory&childId=x":    "url=https%3A%2F%2Fatlas.example%2Fembed%2Fchip-gap%3Fmetric%3Dmemory",
		"/pl/dokad-przenosi-sie-trening":             "dokad-przenosi-sie-trening",
		"/en/where-training-moves?chip-gap.metric=x": "https://atlas.example/oembed?",
	} {
		m := link.FindStringSubmatch(get(t, s, page).Body.String())
		if m == nil || !strings.Contains(m[1], want) {
			t.Errorf("%s: oEmbed link %v, want one with %s", page, m, want)
		}
	}
	for _, page := range []string{"/", "/en/glossary", "/en/no-such-page"} {
		if link.MatchString(get(t, s, page).Body.String()) {
			t.Errorf("%s has an oEmbed link but nothing to embed", page)
		}
	}
}

// Embed pages carry noindex, and robots.txt lets crawlers read them (a
// card or oEmbed bot must, and a search engine must to see noindex).
func TestEmbedsAreNoindexButCrawlable(t *testing.T) {
	s := newTestServer(t)
	if r := get(t, s, "/robots.txt").Body.String(); strings.Contains(r, "Disallow: /embed") {
		t.Errorf("robots.txt blocks embeds:\n%s", r)
	}
	if b := get(t, s, "/embed/chip-gap").Body.String(); !strings.Contains(b, `<meta name="robots" content="noindex">`) {
		t.Error("the embed page lacks noindex")
	}
	if b := get(t, s, "/en/where-training-moves").Body.String(); strings.Contains(b, `noindex`) {
		t.Error("the story says noindex")
	}
}

// What embedding hosts append (pym's initialWidth, childId, parentTitle,
// parentUrl) is accepted, never echoed into the page, never splits the
// page cache, and never counts against the query's length limit.
func TestHostParameters(t *testing.T) {
	s := newTestServer(t)
	long := "https://news.example/" + strings.Repeat("a-very-long-article-slug/", 120)
	host := "&initialWidth=360&childId=atlas-embed&parentTitle=Hosted&parentUrl=" + url.QueryEscape(long)
	for _, base := range []string{"/embed/chip-gap?metric=memory", "/embed/chip-gap?metric=foo"} {
		rec := get(t, s, base+host)
		if rec.Code != 200 {
			t.Fatalf("%s with pym's parameters: %d", base, rec.Code)
		}
		body := rec.Body.String()
		for _, k := range []string{"initialWidth", "childId", "parentTitle", "parentUrl", "a-very-long-article-slug"} {
			if strings.Contains(body, k) {
				t.Errorf("%s: the page echoes %s", base, k)
			}
		}
	}
	before := s.renders.Load()
	for i := 0; i < 20; i++ {
		get(t, s, "/embed/chip-gap?metric=memory&childId=c"+strings.Repeat("x", i)+"&parentUrl=https%3A%2F%2Fnews.example%2F"+strings.Repeat("y", i))
	}
	if n := s.renders.Load() - before; n > 0 {
		t.Errorf("host parameters split the cache: %d renders for one state", n)
	}
	if rec := get(t, s, "/embed/chip-gap?metric="+strings.Repeat("x", 3000)); rec.Code != 414 {
		t.Errorf("a huge state value: %d, want 414", rec.Code)
	}
}
