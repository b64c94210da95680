package compile

import (
	"strings"
	"testing"
)

func TestGlueJSON(t *testing.T) {
	for _, c := range []struct {
		words    nobreak
		in, want string
	}{
		// Data: only the texts under a language with one-letter words.
		{nobreak{}, `{"id":"w a","v":1.50,"text":{"en":"a b","pl":"w Chinach i z USA"},"list":[{"pl":"o tym"}]}`,
			`{"id":"w a","v":1.50,"text":{"en":"a b","pl":"w\u00a0Chinach i\u00a0z\u00a0USA"},"list":[{"pl":"o\u00a0tym"}]}`},
		// Strings: every text of the file; no tags in plain text.
		{nobreak{letters: "aiouwz"}, `{"title":"TPP < 4800 a więcej", "list": ["u nas", "\"x\" w domu"]}`, `{"title":"TPP < 4800 a\u00a0więcej","list":["u\u00a0nas","\"x\" w\u00a0domu"]}`},
	} {
		got, err := glueJSON([]byte(c.in), c.words)
		if err != nil {
			t.Fatal(err)
		}
		if want := unquoteNBSP(c.want); string(got) != want {
			t.Errorf("glueJSON(%s)\n got %s\nwant %s", c.in, got, want)
		}
	}
}

// unquoteNBSP writes the no-break spaces of a test's expectation as the
// encoder does: as the character itself.
func unquoteNBSP(s string) string { return strings.ReplaceAll(s, `\u00a0`, "\u00a0") }
