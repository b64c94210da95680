package server

import (
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Each language's feed is valid Atom: every story of that language, with
// absolute links, RFC 3339 dates, an entry's updated at least its
// published; the feed's updated is its newest entry's.
func TestFeeds(t *testing.T) {
	s := newTestServer(t)
	for path, want := range map[string][]string{
		"/feed.xml":    {"https://atlas.example/en/where-training-moves", "https://atlas.example/en/export-controls-in-five-minutes"},
		"/pl/feed.xml": {"https://atlas.example/pl/dokad-przenosi-sie-trening", "https://atlas.example/pl/kontrola-eksportu-w-piec-minut"},
	} {
		rec := get(t, s, path)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Header().Get("Content-Type"))
		}
		var f atomFeed
		if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
			t.Fatalf("%s does not parse: %v", path, err)
		}
		if f.ID != "https://atlas.example"+path || f.Title == "" || f.Author == "" || !strings.Contains(f.Rights, "CC BY 4.0") {
			t.Errorf("%s: id %q, title %q, author %q, rights %q", path, f.ID, f.Title, f.Author, f.Rights)
		}
		var ids []string
		newestEntry := ""
		for _, e := range f.Entries {
			ids = append(ids, e.ID)
			pub, err1 := time.Parse(time.RFC3339, e.Published)
			upd, err2 := time.Parse(time.RFC3339, e.Updated)
			if err1 != nil || err2 != nil || upd.Before(pub) {
				t.Errorf("%s %s: published %q, updated %q", path, e.ID, e.Published, e.Updated)
			}
			if len(e.Links) == 0 || e.Links[0].Href != e.ID || e.Summary == "" {
				t.Errorf("%s %s: links %v, summary %q", path, e.ID, e.Links, e.Summary)
			}
			newestEntry = max(newestEntry, e.Updated)
		}
		if f.Updated != newestEntry {
			t.Errorf("%s: updated %s, newest entry %s", path, f.Updated, newestEntry)
		}
		for _, w := range want {
			if !strings.Contains(strings.Join(ids, " "), w) {
				t.Errorf("%s lacks %s (has %v)", path, w, ids)
			}
		}
		if strings.Contains(strings.Join(ids, " "), "glossar") {
			t.Errorf("%s lists the glossary", path)
		}
	}
	if rec := get(t, s, "/de/feed.xml"); rec.Code != 404 {
		t.Errorf("/de/feed.xml: %d, want 404", rec.Code)
	}
}

// Every page names its language's feed.
func TestFeedDiscovery(t *testing.T) {
	s := newTestServer(t)
	for page, feed := range map[string]string{
		"/":                              "https://atlas.example/feed.xml",
		"/en/where-training-moves":       "https://atlas.example/feed.xml",
		"/pl/dokad-przenosi-sie-trening": "https://atlas.example/pl/feed.xml",
		"/embed/chip-gap?lang=pl":        "https://atlas.example/pl/feed.xml",
		"/en/no-such-page":               "https://atlas.example/feed.xml",
	} {
		if b := get(t, s, page).Body.String(); !strings.Contains(b, `<link rel="alternate" type="application/atom+xml" href="`+feed+`"`) {
			t.Errorf("%s does not name %s", page, feed)
		}
	}
}

// A story carries a schema.org NewsArticle with its dates, publisher,
// language and licence; other pages carry none.
func TestStructuredData(t *testing.T) {
	s := newTestServer(t)
	ld := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
	m := ld.FindStringSubmatch(get(t, s, "/pl/dokad-przenosi-sie-trening").Body.String())
	if m == nil {
		t.Fatal("the story has no JSON-LD")
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(m[1]), &a); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, m[1])
	}
	for k, want := range map[string]string{
		"@context": "https://schema.org", "@type": "NewsArticle", "inLanguage": "pl",
		"url": "https://atlas.example/pl/dokad-przenosi-sie-trening", "license": licenceURL,
	} {
		if a[k] != want {
			t.Errorf("%s = %v, want %s", k, a[k], want)
		}
	}
	for _, k := range []string{"headline", "description", "datePublished", "dateModified"} {
		if v, _ := a[k].(string); v == "" {
			t.Errorf("%s is empty", k)
		}
	}
	if _, err := time.Parse("2006-01-02", a["datePublished"].(string)); err != nil {
		t.Errorf("datePublished %v: %v", a["datePublished"], err)
	}
	pub, _ := a["publisher"].(map[string]any)
	if pub["name"] != "Compute Atlas" || pub["url"] != "https://atlas.example/" {
		t.Errorf("publisher %v", pub)
	}
	for _, page := range []string{"/", "/embed/chip-gap", "/en/no-such-page"} {
		if ld.MatchString(get(t, s, page).Body.String()) {
			t.Errorf("%s has JSON-LD", page)
		}
	}
}

// The sitemap parses and lists the feeds, each with its twins.
func TestSitemapListsFeeds(t *testing.T) {
	s := newTestServer(t)
	var sm struct {
		URLs []struct {
			Loc   string `xml:"loc"`
			Links []struct {
				Hreflang string `xml:"hreflang,attr"`
				Href     string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(get(t, s, "/sitemap.xml").Body.Bytes(), &sm); err != nil {
		t.Fatal(err)
	}
	found := map[string]int{}
	for _, u := range sm.URLs {
		found[u.Loc] = len(u.Links)
	}
	for _, f := range []string{"https://atlas.example/feed.xml", "https://atlas.example/pl/feed.xml"} {
		if n, ok := found[f]; !ok || n != 2 {
			t.Errorf("sitemap: %s listed %v with %d alternates", f, ok, n)
		}
	}
}
