package ui

import "github.com/computeatlas/atlas/app/widget"

// Words are the site's own interface strings in one language: the site
// section of content/i18n/<lang>.yaml. The server sends them with each
// page in its language; they are never compiled into app.wasm.
type Words struct {
	Name            string `json:"name"`
	Tagline         string `json:"tagline"`
	HomeDescription string `json:"homeDescription"`
	Skip            string `json:"skip"`
	Published       string `json:"published"`
	Updated         string `json:"updated"`
	FactsAsOf       string `json:"factsAsOf"`
	NotFound        string `json:"notFound"`
	NotFoundText    string `json:"notFoundText"`
	Stories         string `json:"stories"`
	Licence         string `json:"licence"`
	EmbedFrom       string `json:"embedFrom"`
	Glossary        string `json:"glossary"`
	GlossarySlug    string `json:"glossarySlug"`
	GlossarySummary string `json:"glossarySummary"`
	// About and LicencePage name the pages about the publication and
	// its licences, written in markdown (kind: page) with these slugs.
	About       string `json:"about"`
	AboutSlug   string `json:"aboutSlug"`
	LicencePage string `json:"licencePage"`
	LicenceSlug string `json:"licenceSlug"`
	More        string `json:"more"`
	Language    string `json:"language"`
	// MinutesRead is a story's reading time, "{n}" for the minutes.
	MinutesRead string        `json:"minutesRead"`
	Theme       ThemeWords    `json:"theme"`
	Gallery     GalleryWords  `json:"gallery"`
	Widget      widget.Chrome `json:"widget"`
}

// ThemeWords name the colour theme switch and its choices.
type ThemeWords struct {
	Label string `json:"label"`
	Auto  string `json:"auto"`
	Light string `json:"light"`
	Dark  string `json:"dark"`
}

// GalleryWords are the widget gallery's words.
type GalleryWords struct {
	Title   string `json:"title"`
	Summary string `json:"summary"`
	States  string `json:"states"`
	Story   string `json:"story"`
	Link    string `json:"link"`
}
