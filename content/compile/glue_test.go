package compile

import (
	"regexp"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/content"
)

func TestGlueJoinsOneLetterWords(t *testing.T) {
	pl := nobreak{letters: "aiouwzAIOUWZ"}
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
	if got := glue("<p>a b</p>", nobreak{}); got != "<p>a b</p>" {
		t.Errorf("a language without the rule changed: %q", got)
	}
}

var preOrCode = regexp.MustCompile(`(?s)<(pre|code)[ >].*?</(pre|code)>`)

// numberThenAbbreviation is a number and a Polish abbreviation with a
// plain space between them.
var numberThenAbbreviation = regexp.MustCompile(`[0-9] (r\.|tys\.|mln|mld|dol\.)([^\pL\pN]|$)`)

// An abbreviation after a number never starts a line: "2026 r.",
// "36 tys.", "790 mln"; a word that only begins like one is left alone.
func TestGlueJoinsAbbreviationsToTheirNumber(t *testing.T) {
	pl := nobreakOf(lang.Or("pl"))
	for _, c := range []struct{ in, want string }{
		{"<p>w 2026 r. i w 2025 r., gdy</p>", "<p>w\u00a02026\u00a0r. i\u00a0w\u00a02025\u00a0r., gdy</p>"},
		{"<p>ok. 36 tys. chipów, 790 mln TPP, 2,5 mld dol.</p>", "<p>ok. 36\u00a0tys. chipów, 790\u00a0mln TPP, 2,5\u00a0mld dol.</p>"},
		{"<p>5 rynków, 3 mlnów, r. 2026</p>", "<p>5 rynków, 3 mlnów, r. 2026</p>"},
	} {
		if got := glue(c.in, pl); got != c.want {
			t.Errorf("glue(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	if got := glue("<p>in 2026 r. 5</p>", nobreakOf(lang.Or("en"))); got != "<p>in 2026 r. 5</p>" {
		t.Errorf("English changed: %q", got)
	}
}

// The real Polish stories: no line can end with a one-letter word, nor
// start with an abbreviation that belongs to the number before it.
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
			if m := numberThenAbbreviation.FindString(text); m != "" {
				t.Errorf("%s: block %s has %q with a breakable space", d.Meta.Slug, b.ID, m)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no Polish blocks")
	}
}
