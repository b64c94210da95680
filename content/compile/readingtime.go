package compile

import (
	"strings"
	"unicode"
)

// wordsPerMinute is an adult's silent reading speed for non-fiction,
// about 238 words a minute in English (Brysbaert, 2019, a meta-analysis
// of 190 studies); we round down to 220 for a text full of figures and
// names, in both languages.
const wordsPerMinute = 220

// readingMinutes is the reading time of text, in whole minutes rounded
// up, at least one: what the home page's story cards say.
func readingMinutes(text string) int {
	words := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			words++
		}
	}
	return max(1, (words+wordsPerMinute-1)/wordsPerMinute)
}
