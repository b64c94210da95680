package compile

import (
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
)

// words are the few phrases the compiler itself writes into a page, in
// one language: the compiler section of content/i18n/<lang>.yaml, with
// the site's own strings (the glossary's name and slug). Stories are
// written by people; these are the only sentences the build adds.
type words struct {
	// CopyNote follows a source that the site links as a relay or copy of
	// the original report.
	CopyNote string `json:"copyNote"`
	// Markers are the labels of the confidence markers, by name.
	Markers map[string]string `json:"markers"`
	// The end matter.
	CorrectionsHeading string `json:"correctionsHeading"`
	NoCorrections      string `json:"noCorrections"`
	SourcesHeading     string `json:"sourcesHeading"`
	NoSources          string `json:"noSources"`
	AboutMarks         string `json:"aboutMarks"`
	// SectionLink names the link at the end of each section heading.
	SectionLink string `json:"sectionLink"`
	// Contents heads the list of a story's sections (sections.go).
	Contents string `json:"contents"`

	lang lang.Language
	site *ui.Words
}

// stringsFile is content/i18n/<lang>.yaml.
type stringsFile struct {
	Site     ui.Words      `json:"site"`
	Compiler words         `json:"compiler"`
	Document DocumentWords `json:"document"`
}

// DocumentWords are the strings the server writes around a page's body
// (internal/server/document.go), outside what go-app renders: the notice
// boot.js shows when a new version of the site is out. Pages do not carry
// them in their payload, as neither the page components nor the wasm use
// them.
type DocumentWords struct {
	Updated string `json:"updated"`
	Reload  string `json:"reload"`
	Dismiss string `json:"dismiss"`
}

// markerNames are the confidence markers, in the order the guide lists them.
var markerNames = []string{"reported", "estimate", "unverified"}

// longDate writes a YYYY-MM-DD date as the language's readers write it:
// "30 November 2026", "30 listopada 2026".
func (w *words) longDate(date string) string { return w.lang.Date(date) }

// glossaryPath is the language's glossary page.
func (w *words) glossaryPath() string { return w.lang.Path(w.site.GlossarySlug) }
