package compile

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"testing/fstest"
)

// The glossary case file's input is a glossary.json; its output the two
// generated pages.
func TestGlossaryDocs(t *testing.T) {
	runCases(t, "testdata/glossary.txt", func(t *testing.T, input string) string {
		var errs errorList
		entries := parseGlossary("content/data/glossary.json", []byte(input), testLibrary.sources, &errs)
		if err := errs.err(); err != nil {
			return "error:\n" + err.Error()
		}
		lib := *testLibrary
		lib.glossary = entries
		docs := glossaryDocs(&lib, "2026-11-29")
		var out bytes.Buffer
		for _, d := range docs {
			checkOneRoot(t, d)
			out.WriteString(goldenJSON(t, d))
		}
		return out.String()
	})
}

func TestCollate(t *testing.T) {
	words := []string{"żubr", "Łódź", "zebra", "łata", "lato", "ćma", "cyna", "Ala", "ąkla", "as", "2 nm", "TPP", "tpp", "ósmy", "oś", "źle", "Ńa", "ńb", "nn", "ex"}
	slices.SortFunc(words, collate)
	want := []string{"2 nm", "Ala", "as", "ąkla", "cyna", "ćma", "ex", "lato", "łata", "Łódź", "nn", "Ńa", "ńb", "oś", "ósmy", "TPP", "tpp", "zebra", "źle", "żubr"}
	if !slices.Equal(words, want) {
		t.Errorf("sorted:\n%q\nwant\n%q", words, want)
	}
}

// Without stories the glossary still has a date; with stories it has the
// newest story's.
func TestGlossaryPublished(t *testing.T) {
	fsys := testFS()
	for name := range fsys {
		if name[:3] == "en/" || name[:3] == "pl/" {
			delete(fsys, name)
		}
	}
	site, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(site.Stories) != 2 || site.Stories[0].Meta.Published != glossaryDate {
		t.Fatalf("stories = %+v", site.Stories)
	}

	fsys = testFS()
	fsys["en/a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: T\nsummary: S\nlang: en\nslug: about\ntranslation_key: about\npublished: 2026-12-01\n---\n")}
	if site, err = Load(fsys); err != nil {
		t.Fatal(err)
	}
	g, _ := lookup(site, "en", "glossary")
	if g.Meta.Published != "2026-12-01" || g.Meta.File != "content/data/glossary.json" || g.Meta.TranslationKey != "glossary" {
		t.Errorf("glossary meta = %+v", g.Meta)
	}
	if tw, ok := twin(site, g, "pl"); !ok || tw.Meta.Path() != "/pl/slowniczek" {
		t.Errorf("Twin(glossary) = %v, %v", tw, ok)
	}
	// The page travels to the browser like any story.
	if _, err := json.Marshal(g); err != nil {
		t.Fatal(err)
	}
}

// Without glossary.json there are no glossary pages, and no error while
// no story links a term.
func TestNoGlossary(t *testing.T) {
	fsys := testFS()
	delete(fsys, "data/glossary.json")
	fsys["en/a.md"] = &fstest.MapFile{Data: []byte(storySrc("en", "about", "about"))}
	site, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range site.Stories {
		if d.Meta.Kind != "" {
			t.Errorf("page %s of kind %q", d.Meta.Path(), d.Meta.Kind)
		}
	}
	if _, ok := lookup(site, "en", "glossary"); ok {
		t.Error("a glossary page without a glossary")
	}
}
