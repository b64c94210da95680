package widget

import (
	"strconv"
	"strings"
)

// Number formats v for readers of lang: 15,832 and 3.35 in English;
// 15 832 and 3,35 in Polish (non-breaking space, decimal comma).
func Number(v float64, lang string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v >= 100 {
		s = strconv.FormatFloat(v, 'f', 0, 64)
	} else if v < 100 && strings.Contains(s, ".") {
		s = strconv.FormatFloat(v, 'f', 2, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	intPart, frac, _ := strings.Cut(s, ".")
	sep, dec := ",", "."
	if lang == "pl" {
		sep, dec = "\u00a0", ","
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 && !(lang == "pl" && len(intPart) == 4) {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(dec + frac)
	}
	return b.String()
}
