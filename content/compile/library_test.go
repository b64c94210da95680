package compile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// testLibrary is the sources and glossary the citation, marker, term and
// end matter cases compile against: one original source with a date, one
// relayed copy without one whose fields need escaping, one more.
var testLibrary = withSite(&library{
	sources: map[string]doc.Source{
		"S1":  {ID: "S1", Publisher: "BIS", Title: "Advanced computing rule", Date: "2023-10-17", URL: "https://www.bis.gov/rule", Lang: "en", Original: true},
		"S2":  {ID: "S2", Publisher: "Tom's Hardware", Title: `Chips <"moved"> & more`, URL: "https://www.tomshardware.com/x?a=1&b=2", Lang: "en"},
		"S22": {ID: "S22", Publisher: "Reuters", Title: "Exclusive", Date: "2025-11", URL: "https://reuters.com/world/x", Lang: "en", Original: true},
	},
	glossary: map[string]*glossaryEntry{
		"tpp": {
			ID:         "tpp",
			Term:       lang.Text{"en": "Total Processing Performance (TPP)", "pl": "Total Processing Performance (TPP)"},
			Definition: lang.Text{"en": "A chip's peak operations times their bit length.", "pl": "Szczytowa liczba operacji chipu razy ich długość w bitach."},
			Sources:    []string{"S1"},
		},
		"diffusion-rule": {
			ID:         "diffusion-rule",
			Term:       lang.Text{"en": "AI diffusion rule", "pl": "reguła dyfuzji AI"},
			Definition: lang.Text{"en": `The 2025 "tiers" rule & its caps.`, "pl": "Reguła z 2025 roku: trzy poziomy krajów."},
		},
	},
})

// withSite gives a test library the site's own strings and a markdown
// compiler for each language.
func withSite(lib *library) *library {
	std, err := standalone()
	if err != nil {
		panic(err)
	}
	site := newLibrary(lib.sources, std.strings)
	site.glossary = lib.glossary
	return site
}

// compileCase compiles a case's story against testLibrary; its output is
// each block's HTML (a widget as its directive and caption) or the errors.
func compileCase(t *testing.T, input string) string {
	t.Helper()
	s := compileStory("content/en/case.md", []byte(input), testLibrary)
	if err := s.errs.err(); err != nil {
		return "error:\n" + err.Error()
	}
	checkOneRoot(t, s.doc)
	return blocksText(s.doc)
}

func blocksText(d *doc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.IsWidget() {
			fmt.Fprintf(&b, "[widget %s %s]\n", bl.ID, describeWidget(bl))
			if bl.Caption != "" {
				b.WriteString(bl.Caption + "\n")
			}
			continue
		}
		b.WriteString(bl.HTML + "\n")
	}
	return b.String()
}
