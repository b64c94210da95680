package compile

import (
	"regexp"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/content"
)

func TestGlueJoinsOneLetterWords(t *testing.T) {
	const pl = "aiouwzAIOUWZ"
	for _, c := range []struct{ in, want string }{
		{"<p>Trening w Malezji i w Singapurze</p>", "<p>Trening w\u00a0Malezji i\u00a0w\u00a0Singapurze</p>"},
		// Sentence start, after an opening quote or bracket.
		{"<p>W maju „z Chin” (o ile)</p>", "<p>W\u00a0maju „z\u00a0Chin” (o\u00a0ile)</p>"},
		// Not inside words, not before punctuation, not in tags or code.
		{`<p>Dubaj i, <a title="w domu" href="/a">kraj</a> 5 z</p>`, `<p>Dubaj i, <a title="w domu" href="/a">kraj</a> 5 z</p>`},
		{"<p><code>a b</code> a b</p>", "<p><code>a b</code> a\u00a0b</p>"},
		{"<p>lata 2025 i 2026</p>", "<p>lata 2025 i\u00a02026</p>"},
	} {
		if got := glue(c.in, pl); got != c.want {
			t.Errorf("glue(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	if got := glue("<p>a b</p>", ""); got != "<p>a b</p>" {
		t.Errorf("a language without the rule changed: %q", got)
	}
}

var preOrCode = regexp.MustCompile(`(?s)<(pre|code)[ >].*?</(pre|code)>`)

// The real Polish stories: no line can end with a one-letter word.
func TestPolishStoriesGlueOneLetterWords(t *testing.T) {
	site, err := Load(content.FS)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range site.Stories {
		if d.Meta.Lang != "pl" {
			continue
		}
		for _, b := range d.Blocks {
			// Code and preformatted text (a BibTeX entry) keep their spaces.
			text := preOrCode.ReplaceAllString(b.HTML+b.Caption, "")
			for _, w := range []string{" w ", " z ", " i ", " o ", " a ", " u "} {
				if strings.Contains(text, w) {
					t.Errorf("%s: block %s has %q followed by a breakable space", d.Meta.Slug, b.ID, strings.TrimSpace(w))
				}
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no Polish blocks")
	}
}
