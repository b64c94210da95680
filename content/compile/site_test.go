package compile

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget/chipgap"
	"github.com/computeatlas/atlas/content"
)

const (
	testSources = `[
  {"id": "S1", "publisher": "BIS", "title": "Rule", "date": "2023-10-17", "url": "https://www.bis.gov/rule", "lang": "en", "original": true},
  {"id": "S2", "publisher": "NVIDIA", "title": "H100 datasheet", "url": "https://www.nvidia.com/h100", "lang": "en"}
]`
	testChipGap = `{
  "threshold": {"value": 4800, "basis": "vendor", "sources": ["S1"]},
  "chips": [
    {"id": "h100", "name": "H100", "maker": "NVIDIA",
     "figures": {"tpp": {"value": 15832, "basis": "derived", "sources": ["S2"]}}}
  ]
}`
)

// testDiffusionMap is the smallest valid diffusion-map data: one place,
// one flow, every rule and H20 state narrated, all citing S1.
// testTimeline is the smallest valid timeline.
const testTimeline = `{"asOf": "2025-06-01", "asOfLabel": {"en": "June 2025", "pl": "czerwiec 2025"},
"events": [
 {"date": "2025-01-13", "kind": "rule", "label": {"en": "Rule", "pl": "Reguła"}, "summary": {"en": "A rule.", "pl": "Reguła."}, "sources": ["S1"], "confidence": "S"},
 {"date": "2025-05-13", "kind": "rule", "label": {"en": "Rescinded", "pl": "Uchylona"}, "summary": {"en": "Gone.", "pl": "Nie ma."}, "sources": ["S1"], "confidence": "S"}
]}`

// testJobBorders is the smallest valid rule table.
const testJobBorders = `{"rules": [{"id": "r", "when": {"place": ["cn"]}, "answer": "licence",
 "title": {"en": "Rule", "pl": "Reguła"}, "text": {"en": "A rule.", "pl": "Reguła."}, "sources": ["S1"], "confidence": "S"}]}`

const testDiffusionMap = `{
  "places": [{"id": "a", "kind": "home", "lon": 120, "lat": 30, "anchor": "left", "label": {"en": "A", "pl": "A"}}],
  "flows": [{"id": "f", "kind": "home", "from": "a", "to": "a", "sources": ["S1"], "confidence": "S",
    "status": {"before": "home", "in-force": "home", "rescinded": "home"}}],
  "tiers": {"tier1": [], "tier2": [], "tier3": [], "sources": ["S1"], "cap": {"value": 1, "sources": ["S1"]}},
  "rules": {
    "before": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]},
    "in-force": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]},
    "rescinded": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]}
  },
  "h20": {
    "before-licence": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]},
    "restricted": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]},
    "allowed": {"narration": {"en": "x", "pl": "x"}, "sources": ["S1"]}
  }
}`

const testGlossary = `[
  {"id": "tpp", "term": {"en": "Total Processing Performance", "pl": "Total Processing Performance"},
   "definition": {"en": "Peak operations times bit length.", "pl": "Szczytowe operacje razy długość w bitach."}, "sources": ["S1"]},
  {"id": "chip", "term": {"en": "chip", "pl": "układ scalony"}, "definition": {"en": "A die.", "pl": "Kość."}}
]`

const testDiversionRoutes = `{
  "places": [{"id": "a", "lon": 120, "lat": 30, "anchor": "left", "label": {"en": "A", "pl": "A"}}],
  "modes": {"ship": {"label": {"en": "Ship", "pl": "Wywóz"}, "what": {"en": "Chips move.", "pl": "Chipy jadą."}},
            "rent": {"label": {"en": "Rent", "pl": "Najem"}, "what": {"en": "Work moves.", "pl": "Praca jedzie."}}},
  "argument": {"since": "2025-01-13", "text": {"en": "An argument.", "pl": "Argument."}, "sources": ["S1"], "confidence": "S"},
  "cases": [{"id": "c", "mode": "ship", "kind": "case", "date": "2025-01-13", "at": "a",
    "title": {"en": "Case", "pl": "Sprawa"}, "summary": {"en": "A case.", "pl": "Sprawa."}, "sources": ["S1"], "confidence": "S"}]
}`

const testGeo = `{"source": "test", "width": 1000, "height": 630, "countries": [{"id": "156", "name": "China", "d": "M0 0l10 0l0 10z"}]}`

func storySrc(lang, slug, key string, extra ...string) string {
	return "---\ntitle: T\nsummary: S\nlang: " + lang + "\nslug: " + slug + "\ntranslation_key: " + key +
		"\npublished: 2025-01-01\n---\n\nText.\n" + strings.Join(extra, "")
}

// testAboutLinks are links of every kind that name something that exists.
const testAboutLinks = "\n[a](/) [b](/en/where-training-moves#tiers) [c](/pl/dokad-przenosi-sie-trening?chip-gap.metric=tflops#chip-gap)" +
	" [d](/en/glossary#tpp) [e](/pl/slowniczek) [f](/embed/chip-gap?metric=tpp) [h](/pl/o-nas#sources)" +
	" [i](#sources) [j](/en/where-training-moves#src-S1) [TPP](glossary:tpp) [k](/en/where-training-moves#about-markers)\n"

// testFSWith is testFS with files replaced; a nil file is removed.
func testFSWith(change fstest.MapFS) fstest.MapFS {
	fsys := testFS()
	for name, f := range change {
		if f == nil {
			delete(fsys, name)
		} else {
			fsys[name] = f
		}
	}
	return fsys
}

func testFS() fstest.MapFS {
	fsys := fstest.MapFS{
		"data/sources.json":              {Data: []byte(testSources)},
		"data/chip-gap.json":             {Data: []byte(testChipGap)},
		"data/diffusion-map.json":        {Data: []byte(testDiffusionMap)},
		"data/diffusion-map-geo.json":    {Data: []byte(testGeo)},
		"data/glossary.json":             {Data: []byte(testGlossary)},
		"data/timeline.json":             {Data: []byte(testTimeline)},
		"data/job-borders.json":          {Data: []byte(testJobBorders)},
		"data/diversion-routes.json":     {Data: []byte(testDiversionRoutes)},
		"data/diversion-routes-geo.json": {Data: []byte(testGeo)},
		"en/b.md":                        {Data: []byte(storySrc("en", "where-training-moves", "where", "\n## Tiers {#tiers}\n\nA claim.[@S1]\n\n::: widget chip-gap\n:::\n"))},
		"en/a.md":                        {Data: []byte(storySrc("en", "about", "about", testAboutLinks))},
		"pl/c.md":                        {Data: []byte(storySrc("pl", "dokad-przenosi-sie-trening", "where", "\n## Progi {#tiers}\n\nTeza.[@S1]\n\n::: widget chip-gap\n:::\n"))},
		"pl/a.md":                        {Data: []byte(storySrc("pl", "o-nas", "about"))},
		"en/notes.txt":                   {Data: []byte("not a story")},
	}
	// The site's own strings: the tests check stories, not translations.
	names, _ := fs.Glob(content.FS, "i18n/*.yaml")
	for _, name := range names {
		b, _ := fs.ReadFile(content.FS, name)
		fsys[name] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestLoad(t *testing.T) {
	site, err := Load(testFS())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range site.Stories {
		got = append(got, d.Meta.Path())
	}
	if want := "/en/about /en/glossary /en/where-training-moves /pl/dokad-przenosi-sie-trening /pl/o-nas /pl/slowniczek"; strings.Join(got, " ") != want {
		t.Errorf("stories = %v, want %s", got, want)
	}
	if d, ok := lookup(site, "en", "where-training-moves"); !ok || d.Meta.File != "content/en/b.md" {
		t.Errorf("Story(en, where-training-moves) = %v, %v", d, ok)
	}
	if _, ok := lookup(site, "pl", "where-training-moves"); ok {
		t.Error("Story found an English slug under pl")
	}
	en, _ := lookup(site, "en", "where-training-moves")
	if tw, ok := twin(site, en, "pl"); !ok || tw.Meta.Slug != "dokad-przenosi-sie-trening" {
		t.Errorf("Twin(en) = %v, %v", tw, ok)
	}
	pl, _ := lookup(site, "pl", "dokad-przenosi-sie-trening")
	if tw, ok := twin(site, pl, "en"); !ok || tw != en {
		t.Errorf("Twin(pl) = %v, %v", tw, ok)
	}
	about, _ := lookup(site, "en", "about")
	if tw, ok := twin(site, about, "pl"); !ok || tw.Meta.Slug != "o-nas" {
		t.Errorf("Twin(about) = %v, %v", tw, ok)
	}
	if g, ok := lookup(site, "pl", "slowniczek"); !ok || g.Meta.Kind != "glossary" || g.Meta.Published != "2025-01-01" {
		t.Errorf("Story(pl, slowniczek) = %+v, %v", g, ok)
	}
	if len(site.Sources) != 2 || site.Sources["S1"].Publisher != "BIS" || !site.Sources["S1"].Original {
		t.Errorf("sources = %+v", site.Sources)
	}
	data, ok := site.Data[chipgap.Name].(*chipgap.Data)
	if !ok || len(data.Chips) != 1 || data.Threshold.Value != 4800 {
		t.Errorf("data = %#v", site.Data[chipgap.Name])
	}
	if raw := string(site.Files[chipgap.Name]["chip-gap.json"]); strings.ContainsAny(raw, " \n") || !strings.HasPrefix(raw, `{"threshold":`) {
		t.Errorf("raw data not compact: %s", raw)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change fstest.MapFS // files replaced (nil Data removes the file)
		want   []string
	}{
		{
			name:   "duplicate slug",
			change: fstest.MapFS{"en/d.md": {Data: []byte(storySrc("en", "about", "other"))}},
			want:   []string{`content/en/d.md:5: duplicate slug "about" (also content/en/a.md:5)`},
		},
		{
			name:   "duplicate translation key",
			change: fstest.MapFS{"pl/d.md": {Data: []byte(storySrc("pl", "inna", "where"))}},
			want:   []string{`content/pl/d.md:6: duplicate translation_key "where" (also content/pl/c.md:6)`},
		},
		{
			name:   "lang does not match the folder",
			change: fstest.MapFS{"pl/c.md": {Data: []byte(storySrc("en", "dokad", "where"))}},
			want:   []string{`content/pl/c.md:4: lang "en" does not match the folder pl/`},
		},
		{
			name:   "data cites an unknown source",
			change: fstest.MapFS{"data/chip-gap.json": {Data: []byte(strings.ReplaceAll(testChipGap, `"S2"`, `"S99"`))}},
			want:   []string{`content/data/chip-gap.json: cites unknown source "S99"`},
		},
		{
			name:   "data that does not decode",
			change: fstest.MapFS{"data/chip-gap.json": {Data: []byte(`{"chips": []}`)}},
			want:   []string{`content/data/chip-gap.json: no chips`},
		},
		{
			name:   "data that is not JSON",
			change: fstest.MapFS{"data/chip-gap.json": {Data: []byte("{\n\"chips\": [,]\n}")}},
			want:   []string{`content/data/chip-gap.json:2: invalid character ',' looking for beginning of value`},
		},
		{
			name:   "missing data file",
			change: fstest.MapFS{"data/chip-gap.json": nil},
			want:   []string{`content/data/chip-gap.json: widget chip-gap: file does not exist`},
		},
		{
			name:   "timeline events out of order",
			change: fstest.MapFS{"data/timeline.json": {Data: []byte(strings.Replace(testTimeline, `"2025-05-13"`, `"2025-01-01"`, 1))}},
			want:   []string{`content/data/timeline.json: events[1]: 2025-01-01 is not after 2025-01-13 (one event per date, in order)`},
		},
		{
			name:   "timeline event after the as-of date",
			change: fstest.MapFS{"data/timeline.json": {Data: []byte(strings.Replace(testTimeline, `"asOf": "2025-06-01"`, `"asOf": "2025-04-01"`, 1))}},
			want:   []string{`content/data/timeline.json: events[1]: 2025-05-13 is after asOf 2025-04-01`},
		},
		{
			name:   "timeline event without a confidence or a Polish summary",
			change: fstest.MapFS{"data/timeline.json": {Data: []byte(strings.Replace(strings.Replace(testTimeline, `"confidence": "S"`, `"confidence": "maybe"`, 1), `"pl": "Nie ma."`, `"pl": ""`, 1))}},
			want: []string{"content/data/timeline.json: events[0] (2025-01-13): confidence \"maybe\" is not C, S or U\n" +
				"events[1] (2025-05-13): no summary in \"pl\""},
		},
		{
			name:   "a badge claiming several sources beside one",
			change: fstest.MapFS{"data/timeline.json": {Data: []byte(strings.Replace(testTimeline, `"confidence": "S"`, `"confidence": "C"`, 1))}},
			want:   []string{`content/data/timeline.json: events[0] (2025-01-13): confidence C (confirmed by several sources) with 1 source`},
		},
		{
			name:   "a diversion case citing an unknown source",
			change: fstest.MapFS{"data/diversion-routes.json": {Data: []byte(strings.Replace(testDiversionRoutes, `"Sprawa."}, "sources": ["S1"], "confidence": "S"`, `"Sprawa."}, "sources": ["S77"], "confidence": "S"`, 1))}},
			want:   []string{`content/data/diversion-routes.json: cites unknown source "S77"`},
		},
		{
			name:   "a diversion case without a confidence",
			change: fstest.MapFS{"data/diversion-routes.json": {Data: []byte(strings.Replace(testDiversionRoutes, `"Sprawa."}, "sources": ["S1"], "confidence": "S"`, `"Sprawa."}, "sources": ["S1"], "confidence": ""`, 1))}},
			want:   []string{`content/data/diversion-routes.json: cases[0] (c): confidence "" is not C, S or U`},
		},
		{
			name:   "missing map geometry",
			change: fstest.MapFS{"data/diffusion-map-geo.json": nil},
			want:   []string{`content/data/diffusion-map-geo.json: widget diffusion-map: file does not exist`},
		},
		{
			name:   "missing sources",
			change: fstest.MapFS{"data/sources.json": nil},
			want: []string{
				`content/data/chip-gap.json: cites unknown source "S1"`,
				`content/data/chip-gap.json: cites unknown source "S2"`,
				`content/data/diffusion-map.json: cites unknown source "S1"`,
				`content/data/sources.json: file does not exist`,
			},
		},
		{
			name: "bad sources",
			change: fstest.MapFS{"data/sources.json": {Data: []byte(`[
  {"id": "S1", "publisher": "BIS", "title": "Rule", "url": "https://www.bis.gov/rule", "lang": "en"},
  {"id": "S2", "title": "H100", "url": "http://www.nvidia.com/h100", "lang": "en"},
  {"id": "S1", "publisher": "BIS", "title": "Rule", "url": "https://www.bis.gov/rule", "lang": "en"},
  {"publisher": "X"},
  {"id": "S3", "publisher": "X", "title": "Y", "url": "https://x.org", "lang": "en", "colour": "red"}
]`)}},
			want: []string{
				`content/data/sources.json:3: source "S2": missing "publisher"`,
				`content/data/sources.json:3: source "S2": url "http://www.nvidia.com/h100" must be an absolute https:// URL`,
				`content/data/sources.json:4: duplicate source id "S1" (first on line 2)`,
				`content/data/sources.json:5: source without an id`,
				`content/data/sources.json:6: json: unknown field "colour"`,
			},
		},
		{
			name: "errors of stories are all reported, sorted by file",
			change: fstest.MapFS{
				"pl/c.md": {Data: []byte(storySrc("pl", "dokad", "where", "\n::: widget chip-gapp\n:::\n"))},
				"en/a.md": {Data: []byte("---\ntitel: T\n---\n")},
			},
			want: []string{
				`content/en/a.md:2: front matter: unknown field "titel"`,
				`content/en/a.md:1: front matter: missing "title"`,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := testFSWith(tc.change)
			site, err := Load(fsys)
			if err == nil {
				t.Fatalf("no error; site has %d stories", len(site.Stories))
			}
			got := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("error lacks %q; got:\n%s", w, got)
				}
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error is not an *Error: %T", err)
			}
		})
	}
}

func TestLoadErrorsSorted(t *testing.T) {
	fsys := testFS()
	fsys["pl/c.md"] = &fstest.MapFile{Data: []byte(storySrc("pl", "dokad", "where", "\n::: widget chip-gapp\n:::\n"))}
	fsys["en/a.md"] = &fstest.MapFile{Data: []byte("---\ntitel: T\n---\n")}
	fsys["data/chip-gap.json"] = &fstest.MapFile{Data: []byte(`{"chips": []}`)}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	want := []string{
		`content/data/chip-gap.json: no chips`,
		`content/en/a.md:1: front matter: missing "title"`,
		`content/en/a.md:1: front matter: missing "summary"`,
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, lines[i], w)
		}
	}
	if last := lines[len(lines)-1]; last != `content/pl/c.md:12: unknown widget "chip-gapp"` {
		t.Errorf("last line = %q", last)
	}
}

// lookup and twin find documents of a compiled site as the pages do (ui.Index).
func lookup(site *Site, lang, slug string) (*doc.Document, bool) {
	return (&ui.Index{Docs: site.Stories}).Story(lang, slug)
}

func twin(site *Site, d *doc.Document, code string) (*doc.Document, bool) {
	ix := &ui.Index{Docs: site.Stories}
	for _, a := range ix.Alternates(d.Meta) {
		if a.Lang == code && a.Lang != d.Meta.Lang {
			return ix.Story(a.Lang, strings.TrimPrefix(a.Path, "/"+a.Lang+"/"))
		}
	}
	return nil, false
}
