package compile

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// polish maps Polish letters to the ASCII letters readers expect in a URL:
// "## Łańcuch dostaw" gets #lancuch-dostaw, where goldmark's own ids drop
// every non-ASCII letter (#acuch-dostaw).
var polish = strings.NewReplacer(
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"Ą", "a", "Ć", "c", "Ę", "e", "Ł", "l", "Ń", "n", "Ó", "o", "Ś", "s", "Ź", "z", "Ż", "z",
)

// headingIDs generates heading ids for one document. It implements
// parser.IDs; a new one is made per parse, as goldmark's own is.
type headingIDs struct {
	used map[string]bool
	// reserved reports ids that belong to something else on the page (the
	// widgets' anchors), so a heading "Chip gap" does not take #chip-gap.
	reserved func(id string) bool
}

var _ parser.IDs = (*headingIDs)(nil)

func newHeadingIDs(reserved func(string) bool) *headingIDs {
	if reserved == nil {
		reserved = func(string) bool { return false }
	}
	return &headingIDs{used: map[string]bool{}, reserved: reserved}
}

// slugify turns heading text into a readable ASCII id: Polish letters
// transliterated, lower case, runs of anything else one "-".
func slugify(s string) string {
	s = polish.Replace(s)
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r <= unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			// "Poland's" is "polands", not "poland-s"; letters with no
			// ASCII spelling here drop out without splitting the word.
		default:
			dash = true
		}
	}
	return b.String()
}

// Generate implements parser.IDs.
func (s *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slugify(string(value))
	if base == "" {
		base = "id"
		if kind == ast.KindHeading {
			base = "heading"
		}
	}
	id := base
	for i := 1; s.used[id] || s.reserved(id); i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.used[id] = true
	return []byte(id)
}

// Put implements parser.IDs.
func (s *headingIDs) Put(value []byte) { s.used[string(value)] = true }
