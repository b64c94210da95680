package compile

import (
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Łańcuch dostaw":                 "lancuch-dostaw",
		"ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż":            "acelnoszz-acelnoszz",
		"Zasięg  ćwiczeń -- 2025":        "zasieg-cwiczen-2025",
		"  Poland's rules  ":             "polands-rules",
		"Poland’s rules":                 "polands-rules",
		"Chips & rules (2023)":           "chips-rules-2023",
		"日本語 only":                       "only",
		"__snake_case__":                 "snake-case",
		"":                               "",
		"Ünïcödé is dropped, not Polish": "ncd-is-dropped-not-polish",
	} {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeadingIDs(t *testing.T) {
	ids := newHeadingIDs(func(id string) bool { return id == "chip-gap" })
	ids.Put([]byte("tiers"))
	var got []string
	for _, v := range []string{"Tiers", "Zasięg", "Zasięg", "Zasięg", "Chip gap", "!!!"} {
		got = append(got, string(ids.Generate([]byte(v), ast.KindHeading)))
	}
	got = append(got, string(ids.Generate(nil, ast.KindParagraph)))
	want := []string{"tiers-1", "zasieg", "zasieg-1", "zasieg-2", "chip-gap-1", "heading", "id"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("id %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestIsWidgetID(t *testing.T) {
	for id, want := range map[string]bool{
		"chip-gap": true, "chip-gap-2": true, "chip-gap-10": true,
		"chip-gap-1": false, "chip-gap-x": false, "chip": false, "tiers": false,
	} {
		if got := isWidgetID(id); got != want {
			t.Errorf("isWidgetID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestHeadingIDErrors(t *testing.T) {
	runCases(t, "testdata/ids.txt", storyErrors)
}
