package compile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/computeatlas/atlas/app/lang"
)

// nobreak is one language's rules for where a line must not break
// (lang.Language): after a one-letter word, and before an abbreviation
// that follows a number.
type nobreak struct {
	letters string   // the one-letter words joined to the next word
	after   []string // the abbreviations joined to the number before them
}

// nobreakOf is the rules of a language.
func nobreakOf(l lang.Language) nobreak {
	return nobreak{letters: l.Unbreakable, after: l.AfterNumbers}
}

// none is true for a language without rules (English).
func (n nobreak) none() bool { return n.letters == "" && len(n.after) == 0 }

// glue joins each one-letter word of the language (lang.Language.
// Unbreakable) to the word after it with a no-break space, in the text of
// html, and each abbreviation after a number (AfterNumbers) to that
// number: so a Polish line never ends with "w" or "z", nor starts with
// "r." or "tys.", as Polish typesetting asks. A word is one letter with
// no letter or digit before it; only a plain space is replaced. Tags,
// their attributes and the text of code, pre, script and style are left
// as they are.
func glue(html string, words nobreak) string {
	if words.none() {
		return html
	}
	var b strings.Builder
	skip := "" // the closing tag of an element whose text is left alone
	for i := 0; i < len(html); {
		if html[i] != '<' {
			end := strings.IndexByte(html[i:], '<')
			if end < 0 {
				end = len(html) - i
			}
			if text := html[i : i+end]; skip == "" {
				b.WriteString(glueText(text, words))
			} else {
				b.WriteString(text)
			}
			i += end
			continue
		}
		end := strings.IndexByte(html[i:], '>')
		if end < 0 {
			b.WriteString(html[i:])
			break
		}
		tag := html[i : i+end+1]
		b.WriteString(tag)
		i += end + 1
		closing, name := tagName(tag)
		switch {
		case skip != "" && closing && name == skip:
			skip = ""
		case skip == "" && !closing && (name == "code" || name == "pre" || name == "script" || name == "style"):
			skip = name
		}
	}
	return b.String()
}

// glueText is glue for plain text: each one-letter word, with no letter
// or digit before it, is joined to the next word, and each abbreviation
// after a number to the number, with a no-break space in place of a
// plain one. Stories' HTML goes through it between tags (glue); widgets'
// data and strings, which the widgets write as text, go through it whole
// (glueJSON).
func glueText(s string, words nobreak) string {
	if words.none() {
		return s
	}
	var b strings.Builder
	prev := ' '
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += size
		oneLetterWord := strings.ContainsRune(words.letters, r) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev)
		if i < len(s) && s[i] == ' ' && (oneLetterWord || unicode.IsDigit(r) && words.abbreviationAt(s[i+1:])) {
			b.WriteRune('\u00a0')
			i++
			prev = '\u00a0'
			continue
		}
		prev = r
	}
	return b.String()
}

// tagName is a tag's element name, lower-cased, and whether it closes.
func tagName(tag string) (closing bool, name string) {
	t := strings.TrimPrefix(tag, "<")
	closing = strings.HasPrefix(t, "/")
	t = strings.TrimPrefix(t, "/")
	if i := strings.IndexAny(t, " \t\n/>"); i >= 0 {
		t = t[:i]
	}
	return closing, strings.ToLower(t)
}

// abbreviationAt is true when s starts with one of the abbreviations,
// as a whole word: "r." in "r., gdy", "mln" in "mln TPP", not "rynek".
func (n nobreak) abbreviationAt(s string) bool {
	for _, a := range n.after {
		if rest, ok := strings.CutPrefix(s, a); ok {
			next, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !unicode.IsLetter(next) && !unicode.IsDigit(next) {
				return true
			}
		}
	}
	return false
}
