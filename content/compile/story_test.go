package compile

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/doc"
)

// golden is the JSON the story golden file compares: the Document with
// the fields it keeps out of its own JSON (the file and each block's
// line) put back, since getting them right is part of the contract.
type golden struct {
	File   string        `json:"file"`
	Meta   doc.Meta      `json:"meta"`
	Blocks []goldenBlock `json:"blocks"`
}

type goldenBlock struct {
	Line int `json:"line"`
	doc.Block
}

// plainEndMatter stands for the end matter of a story without
// corrections and citations in the story golden file, whose cases are
// about the body; testdata/endmatter.txt shows it in full.
const plainEndMatter = "(end matter: no corrections, no sources)"

func goldenJSON(t *testing.T, d *doc.Document) string {
	t.Helper()
	g := golden{File: d.Meta.File, Meta: d.Meta, Blocks: []goldenBlock{}}
	for i, b := range d.Blocks {
		if i == len(d.Blocks)-1 && b.HTML == endMatter(b.ID, doc.Meta{Lang: d.Meta.Lang}, nil, testLibrary.words(d.Meta.Lang)).HTML {
			b.HTML = plainEndMatter
		}
		g.Blocks = append(g.Blocks, goldenBlock{b.Line, b})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// storyErrors is the output of the error case files: the errors, one per
// line, exactly as an author sees them.
func storyErrors(t *testing.T, input string) string {
	_, err := Story("content/en/x.md", []byte(input))
	if err == nil {
		return "no error"
	}
	return err.Error()
}

func TestStory(t *testing.T) {
	runCases(t, "testdata/story.txt", func(t *testing.T, input string) string {
		d, err := Story("content/en/case.md", []byte(input))
		if err != nil {
			return "error:\n" + err.Error()
		}
		checkOneRoot(t, d)
		return goldenJSON(t, d)
	})
}

// Every prose block and caption is exactly one element: the browser
// takes each over as one node. A still is drawn by the page, not here.
func checkOneRoot(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, b := range d.Blocks {
		if b.IsWidget() {
			if b.Caption != "" && (!strings.HasPrefix(b.Caption, `<div class="widget-caption">`) || !strings.HasSuffix(b.Caption, "</div>")) {
				t.Errorf("block %s: caption is not one element: %q", b.ID, b.Caption)
			}
			continue
		}
		if b.Still != "" {
			if b.HTML != "" || b.Date == "" {
				t.Errorf("block %s: a still with HTML %q, date %q", b.ID, b.HTML, b.Date)
			}
			continue
		}
		if !strings.HasPrefix(b.HTML, `<div class="prose" data-block="`+b.ID+`">`) || !strings.HasSuffix(b.HTML, "</div>") {
			t.Errorf("block %s: not one element: %q", b.ID, b.HTML)
		}
	}
}

const fuzzHeader = "---\ntitle: T\nsummary: S\nlang: en\nslug: s\ntranslation_key: k\npublished: 2025-01-01\n---\n"

func FuzzStory(f *testing.F) {
	for _, s := range []string{
		"",
		"---\n---\n",
		fuzzHeader,
		fuzzHeader + "# Łódź {#x}\n\nText \"q\" <b>x</b>[^1]\n\n[^1]: n\n",
		fuzzHeader + "::: widget chip-gap metric=tpp\ncap\n:::\n",
		fuzzHeader + "::: widget chip-gap\n- a\n\n  ::: widget chip-gap\n  :::\n:::\n",
		fuzzHeader + "> ::: widget chip-gap\n> :::\n",
		fuzzHeader + ":::\n::: note\n",
		fuzzHeader + "| a |\n|---|\n| <i>x</i> |\n",
		"---\ntitle: [\n---\n",
		"---\ntitle: a: b\n---\n",
		"---\r\ntitle: T\r\n---\r\nx\r\n",
		"\ufeff---\nlang: pl\n---\n\"x\"\n",
		fuzzHeader + "A[@S1] b[@S22; @S2] c[@S1,S2] d[@S1; @S1] [x [@S1]](https://x.org)\n\n[^1]: [@S2]\n",
		fuzzHeader + "[!reported] [!estimate] [!unverified] [!nope] [! x] [!]\n",
		fuzzHeader + "[TPP](glossary:tpp) [*TPP*](glossary:tpp) [x](glossary:) [r][t]\n\n[t]: glossary:diffusion-rule\n",
		fuzzHeader + "## Sources\n\n## T {#sources}\n\n[a](#sources) [b](/en/x#y) [c](http://x) ![](y.png) <http://z> www.x.org\n",
		"---\ntitle: T\nsummary: S\nlang: pl\nslug: s\ntranslation_key: k\npublished: 2025-01-01\ncorrections:\n  - date: 2025-02-01\n    text: <b>x</b>\n---\n[@S2]\n",
		"---\ncorrections: [1, {date: x}]\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Story("content/en/fuzz.md", src)
		if err != nil {
			for _, e := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(e, "content/en/fuzz.md:") {
					t.Fatalf("error without file:line: %q", e)
				}
			}
		} else {
			checkOneRoot(t, d)
		}
		// And with sources and a glossary, as Load compiles.
		s := compileStory("content/en/fuzz.md", src, testLibrary)
		if err := s.errs.err(); err != nil {
			for _, e := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(e, "content/en/fuzz.md:") {
					t.Fatalf("error without file:line: %q", e)
				}
			}
			return
		}
		checkOneRoot(t, s.doc)
		last := s.doc.Blocks[len(s.doc.Blocks)-1]
		if !strings.Contains(last.HTML, `<section class="sources" id="sources">`) {
			t.Fatalf("no end matter: %q", last.HTML)
		}
	})
}
