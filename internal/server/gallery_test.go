package server

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/ui"
)

// The gallery, in each language, shows every widget of the site: its
// title and summary, its card image, links to its notable states' embeds
// (each a page), the story that shows it, and its Embed control with the
// code; the home page links to it, the sitemap lists it.
func TestGallery(t *testing.T) {
	s := newTestServer(t)
	href := regexp.MustCompile(`href="([^"]+)"`)
	for _, page := range []string{"/en/widgets", "/pl/widgets"} {
		rec := get(t, s, page)
		if rec.Code != 200 {
			t.Fatalf("%s: %d", page, rec.Code)
		}
		b := rec.Body.String()
		for _, name := range []string{"chip-gap", "diffusion-map"} {
			m := regexp.MustCompile(`(?s)<section[^>]*id="` + name + `"[^>]*>(.*?)</section>`).FindStringSubmatch(b)
			if m == nil {
				t.Errorf("%s: no %s", page, name)
				continue
			}
			section := m[1]
			thumb := regexp.MustCompile(`<img[^>]*class="gallery-thumb"[^>]*>`).FindString(section)
			if thumb = imgSrc(thumb); !regexp.MustCompile(`^/card/embed/` + name + `(?:\.png|/[^"?]+\.png)$`).MatchString(thumb) {
				t.Errorf("%s %s: no card thumbnail", page, name)
			} else if rec := get(t, s, html.UnescapeString(thumb)); rec.Code != 200 || rec.Header().Get("Content-Type") != "image/png" {
				t.Errorf("%s %s: thumbnail %s: %d", page, name, thumb, rec.Code)
			}
			states := 0
			for _, m := range href.FindAllStringSubmatch(section, -1) {
				u := html.UnescapeString(m[1])
				if strings.HasPrefix(u, "/embed/"+name+"?") {
					states++
					if rec := get(t, s, u); rec.Code != 200 {
						t.Errorf("%s: state link %s: %d", page, u, rec.Code)
					}
				}
			}
			if states < 3 {
				t.Errorf("%s %s: %d state links, want the notable states", page, name, states)
			}
			// Each state link shows that state's own card, named by
			// path (ui.CardPath), so a static host shows it too.
			stateThumb := regexp.MustCompile(`<li>\s*<a href="/embed/` + name + `\?([^"]+)">\s*(<img[^>]*class="gallery-state-thumb"[^>]*>)`)
			found := stateThumb.FindAllStringSubmatch(section, -1)
			if len(found) != states-1 { // all but the default's thumbnail link
				t.Errorf("%s %s: %d of %d state links show a card", page, name, len(found), states-1)
			}
			for _, m := range found {
				q, _ := url.ParseQuery(html.UnescapeString(m[1]))
				if want, got := ui.CardPath("/embed/"+name, q), imgSrc(m[2]); got != want {
					t.Errorf("%s: the state %s shows %s, want %s", page, m[1], got, want)
				}
				if rec := get(t, s, imgSrc(m[2])); rec.Code != 200 || rec.Header().Get("Content-Type") != "image/png" {
					t.Errorf("%s: state card %s: %d", page, imgSrc(m[2]), rec.Code)
				}
			}
			if !strings.Contains(section, `class="share-code"`) || !strings.Contains(section, "/embed/"+name) {
				t.Errorf("%s %s: no Embed control with its code", page, name)
			}
			if strings.Contains(page, "/pl/") && !strings.Contains(section, "lang=pl") {
				t.Errorf("%s %s: links do not keep the language", page, name)
			}
		}
		if strings.Contains(b, "demo-scale") {
			t.Errorf("%s lists the test widget", page)
		}
	}
	if !strings.Contains(get(t, s, "/pl/").Body.String(), `href="/pl/widgets"`) {
		t.Error("the Polish home page does not link the gallery")
	}
	if sm := get(t, s, "/sitemap.xml").Body.String(); !strings.Contains(sm, "<loc>https://atlas.example/en/widgets</loc>") || !strings.Contains(sm, `hreflang="pl" href="https://atlas.example/pl/widgets"`) {
		t.Error("the sitemap does not list the gallery with its twin")
	}
}

// The gallery describes each widget as a schema.org Dataset: its
// finding, licence, the sources its data rests on, its CSV.
func TestGalleryStructuredData(t *testing.T) {
	s := newTestServer(t)
	m := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(get(t, s, "/pl/widgets").Body.String())
	if m == nil {
		t.Fatal("the gallery has no JSON-LD")
	}
	var ld struct {
		Context string `json:"@context"`
		Graph   []struct {
			Type         string   `json:"@type"`
			Name         string   `json:"name"`
			URL          string   `json:"url"`
			License      string   `json:"license"`
			Language     string   `json:"inLanguage"`
			Citation     []string `json:"citation"`
			Distribution []struct {
				Format string `json:"encodingFormat"`
				URL    string `json:"contentUrl"`
			} `json:"distribution"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatalf("JSON-LD does not parse: %v", err)
	}
	if ld.Context != "https://schema.org" || len(ld.Graph) < 2 {
		t.Fatalf("context %q, %d datasets", ld.Context, len(ld.Graph))
	}
	for _, d := range ld.Graph {
		if d.Type != "Dataset" || d.Name == "" || d.License != licenceURL || d.Language != "pl" || len(d.Citation) == 0 ||
			!strings.HasPrefix(d.URL, "https://atlas.example/pl/widgets#") || len(d.Distribution) != 1 || d.Distribution[0].Format != "text/csv" {
			t.Errorf("dataset %+v", d)
			continue
		}
		if rec := get(t, s, strings.TrimPrefix(d.Distribution[0].URL, "https://atlas.example")); rec.Code != 200 {
			t.Errorf("%s: %d", d.Distribution[0].URL, rec.Code)
		}
	}
}

// imgSrc is the src of an <img> tag (go-app writes attributes in any
// order).
func imgSrc(tag string) string {
	m := regexp.MustCompile(`\ssrc="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1]
}
