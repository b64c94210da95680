package lang

import "sort"

// Text is one text in every language, as data files hold it:
// {"en": "…", "pl": "…"}. It is the one way the site keeps translated
// text outside the strings files (content/i18n, each widget's i18n/).
type Text map[string]string

// In is the text in code, or in the default language when it has none.
func (t Text) In(code string) string {
	if s, ok := t[code]; ok {
		return s
	}
	return t[Default().Code]
}

// Missing lists the codes of the site's languages the text lacks or
// leaves blank, in List order.
func (t Text) Missing() []string {
	var out []string
	for _, l := range List {
		if blank(t[l.Code]) {
			out = append(out, l.Code)
		}
	}
	return out
}

func blank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return true
}

// Unknown lists the codes the text has that are not the site's languages
// (a typo, or a language not yet added), sorted.
func (t Text) Unknown() []string {
	var out []string
	for code := range t {
		if !Valid(code) {
			out = append(out, code)
		}
	}
	sort.Strings(out)
	return out
}
