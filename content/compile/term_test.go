package compile

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
)

func TestTerms(t *testing.T) {
	runCases(t, "testdata/term.txt", compileCase)
}

// On its own the extension cannot explain a term: every use is a link.
func TestTermExtension(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(terms{testLibrary.words("pl")}))
	var buf bytes.Buffer
	if err := md.Convert([]byte("[TPP](glossary:tpp) [x](https://x.org)\n"), &buf); err != nil {
		t.Fatal(err)
	}
	want := `<p><a class="term-link" href="/pl/slowniczek#tpp">TPP</a> <a href="https://x.org">x</a></p>` + "\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
