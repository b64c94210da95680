package widget

import (
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
)

var testCiteWords = CiteWords{Story: "Cite this story", View: "Cite this view", Graphic: "Interactive graphic", Retrieved: "Retrieved", From: "from", Accessed: "Accessed", AccessDate: "[date of access]"}

func TestCiteHTMLStyles(t *testing.T) {
	en, _ := lang.Get("en")
	got := CiteHTML(Citation{Publisher: "Compute Atlas", Title: `Chips & "rules"`, Medium: "Interactive graphic", Date: "2026-11-29", Key: "chip-gap", URL: "https://atlas.example/embed/chip-gap?metric=tpp&threshold=on"}, testCiteWords, en)
	for _, want := range []string{
		`Compute Atlas. (2026, November 29). <i>Chips &amp; &#34;rules&#34;</i> [Interactive graphic]. Retrieved <span class="access-date">[date of access]</span>, from https://atlas.example/embed/chip-gap?metric=tpp&amp;threshold=on</p>`,
		`<i>Compute Atlas</i>, 29 November 2026, https://atlas.example/embed/chip-gap?metric=tpp&amp;threshold=on. Accessed <span class="access-date">`,
		"@online{computeatlas-chip-gap,\n  author  = {{Compute Atlas}},\n  title   = {Chips \\&amp; &#34;rules&#34;},\n  date    = {2026-11-29},\n  url     = {https://atlas.example/embed/chip-gap?metric=tpp&amp;threshold=on},\n  urldate = {<span class=\"access-date-iso\">[date of access]</span>}\n}</pre>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks\n%s\nin\n%s", want, got)
		}
	}
	if strings.Contains(got, "{pub}") || strings.Contains(got, "{title}") {
		t.Errorf("a placeholder is left: %s", got)
	}
}

// In Polish the day comes first; without a URL the path is shown for
// web/boot.js to complete.
func TestCiteHTMLPolishAndPath(t *testing.T) {
	pl, _ := lang.Get("pl")
	got := CiteHTML(Citation{Publisher: "Compute Atlas", Title: "Dokąd", Date: "2026-11-29", Key: "dokad", Path: "/pl/dokad"}, testCiteWords, pl)
	for _, want := range []string{
		`Compute Atlas. (2026, 29 listopada). <i>Dokąd</i>. Retrieved`,
		`<span class="cite-url" data-path="/pl/dokad">/pl/dokad</span>`,
		"„Dokąd.”",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q in\n%s", want, got)
		}
	}
}
