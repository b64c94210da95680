package compile

import (
	"testing"
)

func TestFrontMatterErrors(t *testing.T) {
	runCases(t, "testdata/frontmatter.txt", storyErrors)
}

func TestSplitFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, src, yml, body string
		line                 int
	}{
		{"plain", "---\na: 1\n---\nbody\n", "a: 1\n", "body\n", 4},
		{"crlf", "---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\r\n", "body\r\n", 4},
		{"bom", "\ufeff---\n---\n", "", "", 3},
		{"trailing spaces on fences", "--- \na: 1\n---\t\n", "a: 1\n", "", 4},
		{"no newline at the end", "---\na: 1\n---", "a: 1\n", "", 4},
		{"a later --- is body", "---\n---\nx\n---\n", "", "x\n---\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			yml, body, line, err := splitFrontMatter([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if string(yml) != tc.yml || string(body) != tc.body || line != tc.line {
				t.Errorf("got %q, %q, line %d; want %q, %q, line %d", yml, body, line, tc.yml, tc.body, tc.line)
			}
		})
	}
}

// Polish content is UTF-8 throughout; front matter values keep their
// letters and lose surrounding space.
func TestFrontMatterValues(t *testing.T) {
	src := "---\ntitle: \"  Dokąd przenosi się trening  \"\nsummary: Żółw.\nlang: pl\nslug: dokad\ntranslation_key: where\npublished: 2025-03-01\n---\n"
	d, err := Story("content/pl/dokad.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Title != "Dokąd przenosi się trening" || d.Meta.Summary != "Żółw." || d.Meta.File != "content/pl/dokad.md" {
		t.Errorf("meta = %+v", d.Meta)
	}
}
