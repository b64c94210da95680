// Package doc is the compiled form of a story: what the UI renders on the
// server and in the browser. The markdown compiler (server-only, under
// content/) produces it; app.wasm never sees markdown, only this model.
package doc

// Meta is a story's front matter.
type Meta struct {
	Title          string `json:"title"`
	Summary        string `json:"summary"`
	Lang           string `json:"lang"`
	Slug           string `json:"slug"`
	TranslationKey string `json:"translation_key"`
	Published      string `json:"published"` // YYYY-MM-DD
	Updated        string `json:"updated,omitempty"`
	// FactsAsOf is the date of the newest fact the story's text states
	// (YYYY-MM-DD): a reader sees how current the prose is, apart from
	// its widgets' own "as of".
	FactsAsOf string `json:"facts_as_of,omitempty"`
	Image     string `json:"image,omitempty"`
	// Featured is the site's flagship story, listed first on its home
	// page in every language.
	Featured bool `json:"featured,omitempty"`
	// Minutes is the text's reading time, rounded up (the compiler
	// counts its words).
	Minutes int `json:"minutes,omitempty"`
	// Corrections are the story's corrections and updates, newest last.
	Corrections []Correction `json:"corrections,omitempty"`
	// Kind is "" for a story, KindPage for a page of the site written in
	// markdown (about, licence) and "glossary" for the generated glossary
	// page; lists and feeds show only stories.
	Kind string `json:"kind,omitempty"`
	// File is where the story came from, for error messages; never sent.
	File string `json:"-"`
}

// Newest is the story's latest date: published, updated or corrected
// (YYYY-MM-DD).
func (m Meta) Newest() string {
	d := max(m.Published, m.Updated)
	for _, c := range m.Corrections {
		d = max(d, c.Date)
	}
	return d
}

// KindPage is Meta.Kind of a page that is not a story: no byline, no
// end matter, no article metadata.
const KindPage = "page"

// Correction is one dated correction or update of a story.
type Correction struct {
	Date string `json:"date"` // YYYY-MM-DD
	Text string `json:"text"`
}

// Path is the story's site path, /<lang>/<slug>.
func (m Meta) Path() string { return "/" + m.Lang + "/" + m.Slug }

// Block is one part of a story: either prose (HTML, exactly one root
// element, so the browser can take it over as one node) or a widget.
type Block struct {
	// ID is the block's anchor. For a widget it is also its URL-state
	// prefix: the widget name, or name-2 for a second copy.
	ID string `json:"id"`
	// HTML is the compiled prose; empty for a widget.
	HTML string `json:"html,omitempty"`
	// Widget is the widget name; empty for prose.
	Widget string `json:"widget,omitempty"`
	// Params are the directive's key=value pairs: the starting state.
	Params map[string]string `json:"params,omitempty"`
	// Caption is the directive body compiled to HTML (one root element).
	Caption string `json:"caption,omitempty"`
	// Line is the source line where the block starts, for error messages.
	// Scrolly marks the blocks of the stretch a pinned widget
	// accompanies: from the widget (Pin) to the end of the story's last
	// dated section. The page lays them out together (docs/architecture.md,
	// "The explainer form").
	Scrolly bool `json:"scrolly,omitempty"`
	Pin     bool `json:"pin,omitempty"`
	// Still, on a still block, is the id of the pinned widget's block, to
	// be drawn as a still picture at Date (a dated section's date): what
	// readers without motion or script see in place of the moving widget.
	Still string `json:"still,omitempty"`
	// Top marks a widget that comes before the story's first section: its
	// title is then an h2, under the page's h1, not an h3 under a section.
	Top  bool   `json:"top,omitempty"`
	Date string `json:"date,omitempty"`
	Line int    `json:"-"`
}

// IsWidget reports whether the block is a widget rather than prose.
func (b Block) IsWidget() bool { return b.Widget != "" }

// Document is a compiled story.
type Document struct {
	Meta   Meta    `json:"meta"`
	Blocks []Block `json:"blocks"`
	// Sources are the ids of the story's source list in its order: the
	// sources its prose cites, numbered at their first citation, then
	// those only its widgets cite. A widget on the story numbers its
	// sources by this list (one numbering on the page).
	Sources []string `json:"sources,omitempty"`
}

// Widgets lists the widget blocks in order.
func (d *Document) Widgets() []Block {
	var out []Block
	for _, b := range d.Blocks {
		if b.IsWidget() {
			out = append(out, b)
		}
	}
	return out
}
