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

// glueText is glue for plain text: each one-letter word of words, with no
// letter or digit before it, is joined to the next word with a no-break
// space in place of a plain one. Stories' HTML goes through it between
// tags (glue); widgets' data and strings, which the widgets write as
// text, go through it whole (glueJSON).
func glueText(s, words string) string {
	if words == "" {
		return s
	}
	var b strings.Builder
	prev := ' '
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += size
		if strings.ContainsRune(words, r) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && i < len(s) && s[i] == ' ' {
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
