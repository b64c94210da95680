package compile

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// The glossary is content/data/glossary.json: a JSON array of terms, each
// named and defined in every language,
//
//	{"id": "tpp", "term": {"<lang>": "…", …}, "definition": {"<lang>": "…", …}, "sources": ["S6"]}
//
// with a term and a definition in every language of package lang.
//
// Stories link terms as [text](glossary:tpp) (term.go). The build also
// makes the glossary page of each language from it (glossaryDocs).

// glossaryFile is the glossary's path in the content tree.
const glossaryFile = "data/glossary.json"

// glossaryKind is doc.Meta.Kind of a generated glossary page.
const glossaryKind = "glossary"

// glossaryDate dates the glossary pages of a site without stories.
const glossaryDate = "2026-11-29"

// glossaryEntry is one term of the glossary.
type glossaryEntry struct {
	ID         string    `json:"id"`
	Term       lang.Text `json:"term"`
	Definition lang.Text `json:"definition"`
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
		for _, code := range e.Term.Missing() {
			errs.add(file, line, "glossary entry %q: missing %q", e.ID, "term."+code)
		}
		for _, code := range e.Definition.Missing() {
			errs.add(file, line, "glossary entry %q: missing %q", e.ID, "definition."+code)
		}
		for _, code := range append(e.Term.Unknown(), e.Definition.Unknown()...) {
			errs.add(file, line, "glossary entry %q: %q is not a language of the site", e.ID, code)
		}
		for _, id := range e.Sources {
			if _, ok := sources[id]; !ok {
				errs.add(file, line, "glossary entry %q: unknown source %q", e.ID, id)
			}
		}
		checkGlossarySourced(file, line, e, errs)
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
func glossaryDocs(lib *library, published string) []*doc.Document {
	entries := lib.glossary
	var out []*doc.Document
	for _, l := range lang.List {
		code := l.Code
		w := lib.words(code)
		list := make([]*glossaryEntry, 0, len(entries))
		for _, e := range entries {
			list = append(list, e)
		}
		slices.SortFunc(list, func(a, b *glossaryEntry) int {
			return cmp.Or(collate(a.Term.In(code), b.Term.In(code)), cmp.Compare(a.ID, b.ID))
		})
		var buf bytes.Buffer
		buf.WriteString(`<div class="prose" data-block="p1"><dl class="glossary">`)
		for _, e := range list {
			buf.WriteString(`<dt id="`)
			buf.Write(escapeHTML(e.ID))
			buf.WriteString(`">`)
			buf.Write(escapeHTML(e.Term.In(code)))
			buf.WriteString(`</dt><dd>`)
			buf.Write(escapeHTML(e.Definition.In(code)))
			writeGlossarySources(&buf, e.Sources, lib.sources, w.SourcesHeading)
			buf.WriteString(`</dd>`)
		}
		buf.WriteString(`</dl></div>`)
		out = append(out, &doc.Document{
			Meta: doc.Meta{
				Title:          w.site.Glossary,
				Summary:        w.site.GlossarySummary,
				Lang:           code,
				Slug:           w.site.GlossarySlug,
				TranslationKey: glossaryKind,
				Published:      published,
				Kind:           glossaryKind,
				File:           root + "/" + glossaryFile,
			},
			Blocks: []doc.Block{{ID: "p1", HTML: glue(buf.String(), nobreakOf(lang.Or(code)))}},
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

// writeGlossarySources ends a definition on the glossary page with its
// sources, each named by its publisher and linked: the page has no
// numbered list of its own.
func writeGlossarySources(buf *bytes.Buffer, ids []string, sources map[string]doc.Source, label string) {
	if len(ids) == 0 {
		return
	}
	buf.WriteString(` <span class="term-src">`)
	buf.Write(escapeHTML(label))
	buf.WriteString(`: `)
	for i, id := range ids {
		src, ok := sources[id]
		if !ok {
			continue
		}
		if i > 0 {
			buf.WriteString(`; `)
		}
		buf.WriteString(`<a href="`)
		buf.Write(escapeHTML(src.URL))
		buf.WriteString(`" rel="noopener">`)
		buf.Write(escapeHTML(src.Publisher))
		buf.WriteString(`</a>`)
	}
	buf.WriteString(`</span>`)
}
