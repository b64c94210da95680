package compile

import (
	"testing"

	"github.com/computeatlas/atlas/app/doc"
)

// FuzzFrontMatter: any front matter is read or refused with errors that
// name the file, never a panic; a header it returns has a body.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"", "---\n---\n", fuzzHeader, "---\ntitle: [\n---\n", "---\npublished: 2025-02-30\nupdated: 2024-01-01\n---\nx",
		"---\ncorrections:\n  - date: x\n    text: 5\n---\n", "\ufeff---\r\nlang: pl\r\n---\r\n", "---\nkind: page\nslug: ../x\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var errs errorList
		h := parseHeader("content/en/f.md", src, &errs)
		for _, e := range errs {
			if e.File != "content/en/f.md" {
				t.Errorf("error without its file: %v", e)
			}
		}
		if h == nil && len(errs) == 0 {
			t.Errorf("%q: no header and no error", src)
		}
	})
}

// FuzzGlossary: any glossary file is read or refused with errors naming
// it, never a panic; every entry it keeps has an id.
func FuzzGlossary(f *testing.F) {
	for _, s := range []string{
		"", "[]", "{}", `[{"id": "tpp", "term": {"en": "TPP", "pl": "TPP"}, "definition": {"en": "A 4,800 line.", "pl": "Próg."}, "sources": ["S1"]}]`,
		`[{"id": "Bad Id"}, {"id": "tpp"}, {"id": "tpp"}]`, `[{"id": "x", "term": {"xx": "?"}, "sources": ["S99"]}]`, "[1, null, \"x\"]",
	} {
		f.Add([]byte(s))
	}
	sources := map[string]doc.Source{"S1": {ID: "S1", Publisher: "BIS", URL: "https://www.bis.gov/"}}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var errs errorList
		for id, e := range parseGlossary("content/data/glossary.json", raw, sources, &errs) {
			if id == "" || e.ID != id {
				t.Errorf("entry %q kept under %q", e.ID, id)
			}
		}
		for _, e := range errs {
			if e.File != "content/data/glossary.json" {
				t.Errorf("error without its file: %v", e)
			}
		}
	})
}
