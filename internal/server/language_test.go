package server

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/web"
)

// german is a third language, for the test: one entry in lang.List.
var german = lang.Language{
	Code: "de", Name: "Deutsch", Locale: "de_DE",
	Months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni",
		"Juli", "August", "September", "Oktober", "November", "Dezember"},
	Group: ".", Decimal: ",", MinGrouping: 1,
	Quotes: [4]string{"„", "“", "‚", "‘"},
}

// A language is one entry in the language list, its stories and its
// strings: nothing else in Go. This test adds German that way, only in a
// test file system (each story and strings file copied from English and
// marked, every text of the data given a German copy) and finds it on its
// pages, in the other pages' hreflang alternates, in the sitemap and in
// the language switch.
func TestAThirdLanguageIsDataAndOneEntry(t *testing.T) {
	lang.List = append(lang.List, german)
	t.Cleanup(func() { lang.List = lang.List[:len(lang.List)-1] })

	site, widgetsFS := withGerman(t)
	s, err := New(Config{BaseURL: "https://atlas.example", Content: site, Web: web.FS, Widgets: widgetsFS})
	if err != nil {
		t.Fatal(err)
	}

	story := get(t, s, "/de/where-training-moves")
	if story.Code != 200 {
		t.Fatalf("/de/where-training-moves: %d", story.Code)
	}
	body := story.Body.String()
	for _, want := range []string{
		`<html lang="de">`,
		`<meta property="og:locale" content="de_DE">`,
		`<link rel="alternate" hreflang="de" href="https://atlas.example/de/where-training-moves">`,
		`<link rel="alternate" hreflang="en" href="https://atlas.example/en/where-training-moves">`,
		`Compute Atlas DE`,                // the site's German strings
		`Veröffentlicht 29 November 2026`, // the byline, in German words and months
	} {
		if !strings.Contains(body, want) {
			t.Errorf("German story lacks %s", want)
		}
	}
	if !strings.Contains(body, `>DE: Chinese AI firms moved training`) {
		t.Error("the map's title is not from its German strings")
	}

	en := get(t, s, "/en/where-training-moves").Body.String()
	if !strings.Contains(en, `<link rel="alternate" hreflang="de" href="https://atlas.example/de/where-training-moves">`) {
		t.Error("the English story's head has no German alternate")
	}
	if !regexp.MustCompile(`<a[^>]*href="/de/where-training-moves"[^>]*>\s*Deutsch\s*</a>`).MatchString(en) {
		t.Error("the English story's language switch has no link to the German one")
	}
	if !regexp.MustCompile(`<a[^>]*href="/pl/dokad-przenosi-sie-trening"[^>]*>\s*Polski\s*</a>`).MatchString(en) {
		t.Error("the language switch lost Polish")
	}

	if home := get(t, s, "/de/"); home.Code != 200 || !strings.Contains(home.Body.String(), `href="/de/where-training-moves"`) {
		t.Errorf("/de/: %d, or it does not list the German stories", home.Code)
	}
	if glossary := get(t, s, "/de/glossary"); glossary.Code != 200 {
		t.Errorf("/de/glossary: %d", glossary.Code)
	}
	sitemap := get(t, s, "/sitemap.xml").Body.String()
	for _, want := range []string{
		"<loc>https://atlas.example/de/where-training-moves</loc>",
		"<loc>https://atlas.example/de/</loc>",
		`hreflang="de" href="https://atlas.example/de/export-controls-in-five-minutes"`,
	} {
		if !strings.Contains(sitemap, want) {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	if embed := get(t, s, "/embed/chip-gap?lang=de").Body.String(); !strings.Contains(embed, `<html lang="de">`) || strings.Contains(embed, "Ignored lang=de") {
		t.Error("an embed does not take lang=de")
	}
}

// withGerman copies the content and the widgets' strings, adding German:
// each English story as de/<slug>.md, each English strings file as de.yaml
// (marked "DE"), and a German copy of every {"en": …} text in the data.
func withGerman(t *testing.T) (fstest.MapFS, fstest.MapFS) {
	t.Helper()
	site, widgetsFS := copyFS(t, content.FS), copyFS(t, widget.Assets)
	for name, f := range site {
		switch {
		case strings.HasPrefix(name, "en/") && strings.HasSuffix(name, ".md"):
			src := strings.Replace(string(f.Data), "\nlang: en\n", "\nlang: de\n", 1)
			site["de/"+strings.TrimPrefix(name, "en/")] = &fstest.MapFile{Data: []byte(src)}
		case name == "i18n/en.yaml":
			src := strings.Replace(string(f.Data), "  name: Compute Atlas\n", "  name: Compute Atlas DE\n", 1)
			src = strings.Replace(src, "  published: Published\n", "  published: Veröffentlicht\n", 1)
			site["i18n/de.yaml"] = &fstest.MapFile{Data: []byte(src)}
		case strings.HasPrefix(name, "data/") && strings.HasSuffix(name, ".json"):
			f.Data = addGermanTexts(t, f.Data)
		}
	}
	for name, f := range widgetsFS {
		if strings.HasSuffix(name, "/i18n/en.yaml") {
			src := regexp.MustCompile(`(?m)^title: (.*)$`).ReplaceAllString(string(f.Data), `title: "DE: $1"`)
			widgetsFS[strings.TrimSuffix(name, "en.yaml")+"de.yaml"] = &fstest.MapFile{Data: []byte(src)}
		}
	}
	return site, widgetsFS
}

// addGermanTexts gives every object that is a text in the site's other
// languages ({"en": "…", "pl": "…"}) a German copy of its English.
func addGermanTexts(t *testing.T, raw []byte) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if en, ok := v["en"].(string); ok {
				if _, ok := v["pl"]; ok {
					v["de"] = en
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func copyFS(t *testing.T, fsys fs.FS) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	for _, name := range mustList(t, fsys) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = &fstest.MapFile{Data: b}
	}
	return out
}
