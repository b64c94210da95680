package compile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// glue joins each one-letter word of words (lang.Language.Unbreakable)
// to the word after it with a no-break space, in the text of html: so a
// Polish line never ends with "w" or "z", as Polish typesetting asks. A
// word is one letter with no letter or digit before it; only a plain
// space after it is replaced. Tags, their attributes and the text of
// code, pre, script and style are left as they are.
func glue(html, words string) string {
	if words == "" {
		return html
	}
	var b strings.Builder
	skip := "" // the closing tag of an element whose text is left alone
	prev := ' '
	for i := 0; i < len(html); {
		if html[i] == '<' {
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
			prev = ' '
			continue
		}
		r, size := utf8.DecodeRuneInString(html[i:])
		b.WriteRune(r)
		i += size
		if skip == "" && strings.ContainsRune(words, r) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && i < len(html) && html[i] == ' ' {
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
