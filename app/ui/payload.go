// Package ui holds the pages: one root component that renders every kind
// of page (kind.go's route table) from a Payload and the URL. The server
// builds the Payload from the compiled content and renders it to HTML;
// the browser reads the same Payload back from that HTML when the wasm
// starts, so its first render matches the server's (go-app does not
// hydrate: it replaces the prerendered tree with its own). See
// docs/architecture.md, "The takeover".
package ui

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// DataElementID is the id of the <script type="application/json"> that
// carries the Payload to the browser.
const DataElementID = "atlas-data"

// Payload is what a page needs beyond its URL.
type Payload struct {
	Kind string `json:"kind"`
	Lang string `json:"lang"`
	// Origin is the site's public origin (embed codes).
	Origin string `json:"origin,omitempty"`
	// Doc is the story (KindStory). Its prose blocks travel without their
	// HTML: the browser reads them back from the prerendered page.
	Doc *doc.Document `json:"doc,omitempty"`
	// Alternates are the page in each language it exists in.
	Alternates []Alternate `json:"alternates,omitempty"`
	// Stories lists the stories in Lang (home and not-found pages).
	Stories []doc.Meta `json:"stories,omitempty"`
	// Widget names the widget of an embed; Story is a story showing it,
	// and Published the date its first story was published (its
	// citation's date).
	Widget    string `json:"widget,omitempty"`
	Story     string `json:"story,omitempty"`
	Published string `json:"published,omitempty"`
	// Dates are the shared date's events and as-of date, on pages with a
	// dated widget (widget.Spec.Dated).
	Dates widget.Dates `json:"dates,omitempty"`
	// Words are the site's strings in Lang (Words).
	Words json.RawMessage `json:"words,omitempty"`
	// Data holds the data files of each widget on the page, by widget
	// name, as the page carries them (Spec.Wire); WidgetWords each
	// widget's strings in Lang.
	Data        map[string]widget.Files    `json:"data,omitempty"`
	WidgetWords map[string]json.RawMessage `json:"widgetWords,omitempty"`
	// Sources resolves the source IDs that data cites.
	Sources map[string]doc.Source `json:"sources,omitempty"`

	// kindData is what a server-only kind of page keeps for its body
	// (the gallery's widget list): never sent, and of a type app.wasm
	// does not carry.
	//lint:ignore U1000 read and written by server-only kinds (gallery.go)
	kindData any

	numbers     map[string]int
	words       *Words
	decoded     map[string]any
	widgetWords map[string]any
}

// AddWidget gives the page one widget's data and strings, as the page
// carries them (files, wordsRaw) and already decoded (data, words), so a
// request on the server decodes nothing.
func (p *Payload) AddWidget(name string, files widget.Files, data any, wordsRaw json.RawMessage, words any) {
	if p.Data == nil {
		p.Data, p.WidgetWords = map[string]widget.Files{}, map[string]json.RawMessage{}
		p.decoded, p.widgetWords = map[string]any{}, map[string]any{}
	}
	p.Data[name], p.WidgetWords[name] = files, wordsRaw
	p.decoded[name], p.widgetWords[name] = data, words
}

// decode parses the site's words and each widget's data and words with
// its Spec, unless the server already gave them decoded.
func (p *Payload) decode() error {
	if p.words == nil {
		p.words = &Words{}
		if len(p.Words) > 0 {
			if err := json.Unmarshal(p.Words, p.words); err != nil {
				return fmt.Errorf("payload: words: %w", err)
			}
		}
	}
	if p.decoded != nil {
		return nil
	}
	p.decoded, p.widgetWords = map[string]any{}, map[string]any{}
	for name, files := range p.Data {
		spec, ok := widgets.Lookup(name)
		if !ok || spec.Decode == nil {
			return fmt.Errorf("payload: unknown widget %q", name)
		}
		v, err := spec.Decode(files)
		if err != nil {
			return fmt.Errorf("payload: widget %s: %w", name, err)
		}
		p.decoded[name] = v
		if spec.Words != nil {
			if p.widgetWords[name], err = spec.Words(p.WidgetWords[name]); err != nil {
				return fmt.Errorf("payload: widget %s words: %w", name, err)
			}
		}
	}
	return nil
}

// Wire is the Payload as sent inside the page: prose HTML left out, since
// the browser reads it back from the prerendered DOM. Data is already in
// its wire form (Spec.Wire).
func (p *Payload) Wire() ([]byte, error) {
	c := *p
	if p.Doc != nil {
		d := *p.Doc
		d.Blocks = make([]doc.Block, len(p.Doc.Blocks))
		for i, b := range p.Doc.Blocks {
			if !b.IsWidget() {
				b.HTML = ""
			}
			d.Blocks[i] = b
		}
		c.Doc = &d
	}
	return json.Marshal(c)
}

// Kinds of page, by name.
const (
	KindHome     = "home"
	KindStory    = "story"
	KindEmbed    = "embed"
	KindNotFound = "notfound"
)

// Alternate is a page in one language (hreflang); Lang "x-default" names
// the page for readers of none of the site's languages.
type Alternate struct {
	Lang string `json:"lang"`
	Path string `json:"path"`
}
