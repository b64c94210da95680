package compile

import (
	"fmt"
	"time"
)

// words are the few phrases the compiler itself writes into a page, in
// each language. Stories are written by people; these are the only
// sentences the build adds, so they live together and are translated
// together.
type words struct {
	// CopyNote follows a source that the site links as a relay or copy of
	// the original report.
	CopyNote string
	// Markers are the labels of the confidence markers, by name.
	Markers map[string]string
	// GlossarySlug and GlossaryTitle name the generated glossary page.
	GlossarySlug, GlossaryTitle, GlossarySummary string
	// The end matter.
	CorrectionsHeading, NoCorrections     string
	SourcesHeading, NoSources, AboutMarks string
	// Months are the month names as a date is written ("30 listopada").
	Months [12]string
}

// markerNames are the confidence markers, in the order the guide lists them.
var markerNames = []string{"reported", "estimate", "unverified"}

var vocabulary = map[string]*words{
	"en": {
		CopyNote: " · relayed copy",
		Markers: map[string]string{
			"reported":   "reported",
			"estimate":   "estimate",
			"unverified": "unverified",
		},
		GlossarySlug:       "glossary",
		GlossaryTitle:      "Glossary",
		GlossarySummary:    "Plain definitions of the chip and export-control terms our stories use.",
		CorrectionsHeading: "Corrections and updates",
		NoCorrections:      "No corrections so far.",
		SourcesHeading:     "Sources",
		NoSources:          "This story cites no sources.",
		AboutMarks: "Markers: “reported” means a claim rests on one original report, usually with unnamed sources; " +
			"“estimate” means analysts’ estimates or a range; “unverified” means the sources do not confirm it or disagree. " +
			"Numbers link to the sources below; widgets list their own.",
		Months: [12]string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
	},
	"pl": {
		CopyNote: " · kopia lub streszczenie",
		Markers: map[string]string{
			"reported":   "doniesienie",
			"estimate":   "szacunek",
			"unverified": "niepotwierdzone",
		},
		GlossarySlug:       "slowniczek",
		GlossaryTitle:      "Słowniczek",
		GlossarySummary:    "Proste objaśnienia pojęć z zakresu chipów i kontroli eksportu, których używamy w tekstach.",
		CorrectionsHeading: "Korekty i aktualizacje",
		NoCorrections:      "Na razie bez korekt.",
		SourcesHeading:     "Źródła",
		NoSources:          "Ten tekst nie cytuje źródeł.",
		AboutMarks: "Oznaczenia: „doniesienie” znaczy, że informacja opiera się na jednym pierwotnym doniesieniu, zwykle " +
			"z anonimowych źródeł; „szacunek” – że to szacunki analityków lub przedział; „niepotwierdzone” – że źródła " +
			"tego nie potwierdzają albo są ze sobą sprzeczne. Numery prowadzą do źródeł poniżej; widżety podają własne.",
		Months: [12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
			"lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
	},
}

// wordsFor returns lang's words; a story with a bad lang (already an
// error) is compiled in English.
func wordsFor(lang string) *words {
	if w, ok := vocabulary[lang]; ok {
		return w
	}
	return vocabulary["en"]
}

// longDate writes a YYYY-MM-DD date as readers write it: "30 November
// 2026", "30 listopada 2026". A date that does not parse is returned as is.
func (w *words) longDate(date string) string {
	t, err := time.Parse(dateLayout, date)
	if err != nil {
		return date
	}
	return fmt.Sprintf("%d %s %d", t.Day(), w.Months[t.Month()-1], t.Year())
}

// otherLang is the language of a story's twin.
func otherLang(lang string) string {
	if lang == "pl" {
		return "en"
	}
	return "pl"
}
