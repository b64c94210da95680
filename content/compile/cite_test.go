package compile

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/yuin/goldmark"
)

func TestCitations(t *testing.T) {
	runCases(t, "testdata/cite.txt", compileCase)
}

func TestParseCitation(t *testing.T) {
	for _, tc := range []struct {
		inner   string
		ids     []string
		problem string
	}{
		{"@S22", []string{"S22"}, ""},
		{"@S22; @S23", []string{"S22", "S23"}, ""},
		{" @S22 ;@S23 ; @chip_gap-2 ", []string{"S22", "S23", "chip_gap-2"}, ""},
		{"@S22, @S23", nil, `malformed citation "[@S22, @S23]" (want [@S1] or [@S1; @S2])`},
		{"@S22;", nil, `malformed citation "[@S22;]" (want [@S1] or [@S1; @S2])`},
		{"@", nil, `malformed citation "[@]" (want [@S1] or [@S1; @S2])`},
		{"@S1; @S1", []string{"S1"}, `source "S1" cited twice in one citation`},
	} {
		n := parseCitation(tc.inner)
		var ids []string
		for _, r := range n.Refs {
			ids = append(ids, r.ID)
		}
		if !reflect.DeepEqual(ids, tc.ids) || n.Problem != tc.problem {
			t.Errorf("parseCitation(%q) = %v %q; want %v %q", tc.inner, ids, n.Problem, tc.ids, tc.problem)
		}
	}
}

// The extension works on its own, in any goldmark: numbers without
// tooltips, since only the compiler knows the sources; each document
// numbers from 1.
func TestCitationExtension(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(citations{testLibrary.words("en")}))
	src := []byte("A[@S5] b[@S6; @S5] [@x](https://x.org) [@S5, S6] \\[@S5] c[@S9; @S7; @S8; @S5]\n")
	// In number order; three or more in a row read as a range, one link.
	want := `<p>A<sup class="cites"><span class="cite"><a class="cite-ref" href="#src-S5">1</a></span></sup>` +
		` b<sup class="cites"><span class="cite"><a class="cite-ref" href="#src-S5">1</a></span><span class="cite"><a class="cite-ref" href="#src-S6">2</a></span></sup>` +
		` <a href="https://x.org">@x</a> [@S5, S6] [@S5]` +
		` c<sup class="cites"><span class="cite"><a class="cite-ref" href="#src-S5">1</a></span><span class="cite"><a class="cite-ref" href="#src-S9">3–5</a></span></sup></p>` + "\n"
	for range 2 {
		var buf bytes.Buffer
		if err := md.Convert(src, &buf); err != nil {
			t.Fatal(err)
		}
		if buf.String() != want {
			t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
		}
	}
}
