package compile

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/computeatlas/atlas/app/doc"
)

// The glossary is content/data/glossary.json: a JSON array of terms, each
// named and defined in both languages,
//
//	{"id": "tpp", "term": {"en": "…", "pl": "…"}, "definition": {"en": "…", "pl": "…"}, "sources": ["S6"]}
//
// Stories link terms as [text](glossary:tpp) (term.go). The build also
// makes the glossary page of each language from it (glossaryDocs).

// glossaryFile is the glossary's path in the content tree.
const glossaryFile = "data/glossary.json"

// glossaryKind is doc.Meta.Kind of a generated glossary page.
const glossaryKind = "glossary"

// glossaryDate dates the glossary pages of a site without stories.
const glossaryDate = "2026-11-29"

// bilingual is a text in both languages.
type bilingual struct {
	EN string `json:"en"`
	PL string `json:"pl"`
}

// in returns the text in lang.
func (b bilingual) in(lang string) string {
	if lang == "pl" {
		return b.PL
	}
	return b.EN
}

// glossaryEntry is one term of the glossary.
type glossaryEntry struct {
	ID         string    `json:"id"`
	Term       bilingual `json:"term"`
	Definition bilingual `json:"definition"`
	// Sources back the definition; optional.
	Sources []string `json:"sources,omitempty"`
}

// parseGlossary reads the glossary and checks each entry where it stands:
// an id fit for a URL fragment, both terms and definitions, known sources.
func parseGlossary(file string, raw []byte, sources map[string]doc.Source, errs *errorList) map[string]*glossaryEntry {
	out := map[string]*glossaryEntry{}
	firstLine := map[string]int{}
	decodeArray(file, raw, "glossary entries", errs, func(line int, e glossaryEntry) {
		if e.ID == "" {
			errs.add(file, line, "glossary entry without an id")
			return
		}
		if !slugRe.MatchString(e.ID) {
			errs.add(file, line, "glossary id %q must be lower-case letters, digits and -", e.ID)
		}
		for _, f := range []struct{ name, value string }{
			{"term.en", e.Term.EN}, {"term.pl", e.Term.PL},
			{"definition.en", e.Definition.EN}, {"definition.pl", e.Definition.PL},
		} {
			if strings.TrimSpace(f.value) == "" {
				errs.add(file, line, "glossary entry %q: missing %q", e.ID, f.name)
			}
		}
		for _, id := range e.Sources {
			if _, ok := sources[id]; !ok {
				errs.add(file, line, "glossary entry %q: unknown source %q", e.ID, id)
			}
		}
		if l, dup := firstLine[e.ID]; dup {
			errs.add(file, line, "duplicate glossary id %q (first on line %d)", e.ID, l)
			return
		}
		firstLine[e.ID] = line
		out[e.ID] = &e
	})
	return out
}

// glossaryDocs makes the glossary page of each language: every term, in
// that language's alphabetical order, as a definition list whose entries
// are the anchors terms in stories link to. published dates the pages.
func glossaryDocs(entries map[string]*glossaryEntry, published string) []*doc.Document {
	var out []*doc.Document
	for _, lang := range langs {
		w := wordsFor(lang)
		list := make([]*glossaryEntry, 0, len(entries))
		for _, e := range entries {
			list = append(list, e)
		}
		slices.SortFunc(list, func(a, b *glossaryEntry) int {
			return cmp.Or(collate(a.Term.in(lang), b.Term.in(lang)), cmp.Compare(a.ID, b.ID))
		})
		var buf bytes.Buffer
		buf.WriteString(`<div class="prose" data-block="p1"><dl class="glossary">`)
		for _, e := range list {
			buf.WriteString(`<dt id="`)
			buf.Write(escapeHTML(e.ID))
			buf.WriteString(`">`)
			buf.Write(escapeHTML(e.Term.in(lang)))
			buf.WriteString(`</dt><dd>`)
			buf.Write(escapeHTML(e.Definition.in(lang)))
			buf.WriteString(`</dd>`)
		}
		buf.WriteString(`</dl></div>`)
		out = append(out, &doc.Document{
			Meta: doc.Meta{
				Title:          w.GlossaryTitle,
				Summary:        w.GlossarySummary,
				Lang:           lang,
				Slug:           w.GlossarySlug,
				TranslationKey: glossaryKind,
				Published:      published,
				Kind:           glossaryKind,
				File:           root + "/" + glossaryFile,
			},
			Blocks: []doc.Block{{ID: "p1", HTML: buf.String()}},
		})
	}
	return out
}

// alphabet is the Polish alphabet with q, v and x, which loanwords use:
// each letter with a diacritic sorts right after its base letter.
const alphabet = "aąbcćdeęfghijklłmnńoóprqsśtuvwxyzźż"

// collate compares a and b in the order of a dictionary: letters
// case-insensitively in alphabet order (ł after l), anything else by its
// code point, before the letters if it is ASCII (digits, spaces) and after
// them if not.
func collate(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if c := cmp.Compare(collationWeight(ra[i]), collationWeight(rb[i])); c != 0 {
			return c
		}
	}
	return cmp.Or(cmp.Compare(len(ra), len(rb)), strings.Compare(a, b))
}

func collationWeight(r rune) int {
	r = unicode.ToLower(r)
	if i := strings.IndexRune(alphabet, r); i >= 0 {
		// Index by runes, not bytes: count the runes before it.
		return 0x100 + len([]rune(alphabet[:i]))
	}
	if r < 0x80 {
		return int(r)
	}
	return 0x200 + int(r)
}
