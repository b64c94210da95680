// Package lang is the one place that knows the site's languages: their
// codes, names, locales, home paths, how each writes a date and a number,
// and which one a reader's browser prefers. The server, the compiler and
// the wasm all ask it; no other Go file names a language (a test checks).
// It imports nothing of the site, so every layer can use it.
//
// Adding a language is one entry in List, its stories in content/<code>/,
// its strings in content/i18n/<code>.yaml and each widget's
// i18n/<code>.yaml (docs/architecture.md, "Adding a language").
package lang

import (
	"strconv"
	"strings"
	"time"
)

// Language is one language of the site.
type Language struct {
	// Code is the ISO 639-1 code: the first path segment of its pages,
	// the content folder, html lang, hreflang.
	Code string
	// Name is the language's name in itself, for the language switch.
	Name string
	// Locale is the OpenGraph locale (og:locale).
	Locale string
	// Months are the month names as a date is written ("13 maja 2025").
	Months [12]string
	// Group and Decimal separate thousands and the fraction of a number.
	Group, Decimal string
	// MinGrouping is the fewest digits before the first group separator
	// is written (CLDR's minimumGroupingDigits): 2 in Polish, where 4800
	// has none and 15 832 has one.
	MinGrouping int
	// Quotes are the typographic quotation marks: double open and close,
	// single open and close (Polish opens low: „…”, ‚…’).
	Quotes [4]string
	// Unbreakable are the one-letter words a line must not end with (in
	// Polish: a, i, o, u, w, z): the story compiler joins each to the
	// next word with a no-break space.
	Unbreakable string
	// AfterNumbers are the abbreviations a line must not start with after
	// a number (in Polish: "2026 r.", "36 tys.", "790 mln"): the compiler
	// joins each to the number before it with a no-break space.
	AfterNumbers []string
}

// List holds the site's languages; the first is the default, whose home
// page is "/" and which a reader gets when the browser names none of them.
var List = []Language{
	{
		Code:   "en",
		Name:   "English",
		Locale: "en_GB",
		Months: [12]string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
		Group: ",", Decimal: ".", MinGrouping: 1,
		Quotes: [4]string{"“", "”", "‘", "’"},
	},
	{
		Code:   "pl",
		Name:   "Polski",
		Locale: "pl_PL",
		Months: [12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
			"lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		Group: "\u00a0", Decimal: ",", MinGrouping: 2,
		Quotes:       [4]string{"„", "”", "‚", "’"},
		Unbreakable:  "aiouwzAIOUWZ",
		AfterNumbers: []string{"r.", "tys.", "mln", "mld", "dol."},
	},
}

// Default is the default language.
func Default() Language { return List[0] }

// Codes lists the language codes in order.
func Codes() []string {
	out := make([]string, len(List))
	for i, l := range List {
		out[i] = l.Code
	}
	return out
}

// Get returns the language with code.
func Get(code string) (Language, bool) {
	for _, l := range List {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// Or returns the language with code, or the default.
func Or(code string) Language {
	if l, ok := Get(code); ok {
		return l
	}
	return Default()
}

// Valid reports whether code is one of the site's languages.
func Valid(code string) bool {
	_, ok := Get(code)
	return ok
}

// Others lists every language but code, in order.
func Others(code string) []Language {
	var out []Language
	for _, l := range List {
		if l.Code != code {
			out = append(out, l)
		}
	}
	return out
}

// IsDefault reports whether l is the default language.
func (l Language) IsDefault() bool { return l.Code == Default().Code }

// Home is the path of l's home page: "/" for the default language, so a
// bare address works, and "/<code>/" for the others, so a static host,
// which ignores queries and headers, can serve each.
func (l Language) Home() string {
	if l.IsDefault() {
		return "/"
	}
	return "/" + l.Code + "/"
}

// Path is a page of l's: "/<code>/<slug>".
func (l Language) Path(slug string) string { return "/" + l.Code + "/" + slug }

// FromPath is the language whose pages path lies under ("/pl/…", "/pl").
func FromPath(path string) (Language, bool) {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return Get(first)
}

// Date writes an ISO date (YYYY-MM-DD) as l's readers write it: "13 May
// 2025", "13 maja 2025". Anything else is returned as it is.
func (l Language) Date(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return strconv.Itoa(t.Day()) + " " + l.Months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Number writes v for l's readers: 15,832 and 3.35 in English, 15 832 and
// 3,35 in Polish. Values of 100 and more are whole; smaller ones keep at
// most two decimals, without trailing zeros.
func (l Language) Number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v >= 100 {
		s = strconv.FormatFloat(v, 'f', 0, 64)
	} else if strings.Contains(s, ".") {
		s = strconv.FormatFloat(v, 'f', 2, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	intPart, frac, _ := strings.Cut(s, ".")
	sign := ""
	if strings.HasPrefix(intPart, "-") {
		sign, intPart = "-", intPart[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	group := len(intPart) > 3+l.MinGrouping-1
	for i, r := range intPart {
		if group && i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(l.Group)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(l.Decimal + frac)
	}
	return b.String()
}

// Preferred picks the site language a reader's Accept-Language header
// ranks highest; the default when it names none of them.
func Preferred(acceptLanguage string) Language {
	best, bestQ := Default(), 0.0
	for i, part := range strings.Split(acceptLanguage, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(name)), "-")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		q -= float64(i) * 1e-6 // keep the header's order among equal q
		if l, ok := Get(base); ok && q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}
