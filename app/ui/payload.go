// Package ui holds the pages: one root component that renders a story, the
// home page, an embed or the not-found page from a Payload and the URL.
// The server builds the Payload from the compiled content and renders it to
// HTML; the browser reads the same Payload back from that HTML when the
// wasm starts, so its first render matches the server's (go-app does not
// hydrate: it replaces the prerendered tree with its own).
package ui

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widgets"
)

// Kinds of page.
const (
	KindStory    = "story"
	KindHome     = "home"
	KindEmbed    = "embed"
	KindNotFound = "notfound"
)

// DataElementID is the id of the <script type="application/json"> that
// carries the Payload to the browser.
const DataElementID = "atlas-data"

// Payload is what a page needs beyond its URL.
type Payload struct {
	Kind string `json:"kind"`
	Lang string `json:"lang"`
	// Doc is the story (KindStory). Its prose blocks travel without their
	// HTML: the browser reads them back from the prerendered page.
	Doc *doc.Document `json:"doc,omitempty"`
	// Twin is the path of the same page in the other language, "" if none.
	Twin string `json:"twin,omitempty"`
	// Stories lists the stories in Lang (home and not-found pages).
	Stories []doc.Meta `json:"stories,omitempty"`
	// Widget names the widget of an embed; Story is a story showing it.
	Widget string `json:"widget,omitempty"`
	Story  string `json:"story,omitempty"`
	// Data holds the data of each widget on the page, by widget name, as
	// the page carries it (WireData).
	Data map[string]json.RawMessage `json:"data,omitempty"`
	// Sources resolves the source IDs that data cites.
	Sources map[string]doc.Source `json:"sources,omitempty"`

	decoded map[string]any
}

// SetDecoded hands the server's already decoded widget data to the page,
// so a request does not decode JSON again.
func (p *Payload) SetDecoded(d map[string]any) { p.decoded = d }

// decode parses each widget's data with its Spec.
func (p *Payload) decode() error {
	if p.decoded != nil {
		return nil
	}
	p.decoded = map[string]any{}
	for name, raw := range p.Data {
		spec, ok := widgets.Lookup(name)
		if !ok || spec.Decode == nil {
			return fmt.Errorf("payload: unknown widget %q", name)
		}
		v, err := spec.Decode(raw)
		if err != nil {
			return fmt.Errorf("payload: widget %s: %w", name, err)
		}
		p.decoded[name] = v
	}
	return nil
}

// WireData is a widget's data as the page carries it: without its map
// geometry, which the browser reads back from the prerendered SVG
// (readBackGeometry) instead of receiving it twice. The server computes it
// once per widget at start-up, not per request.
func WireData(name string, raw json.RawMessage) (json.RawMessage, error) {
	spec, _ := widgets.Lookup(name)
	if spec.GeoFile == "" {
		return raw, nil
	}
	var both struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(raw, &both); err != nil {
		return nil, fmt.Errorf("widget %s: %w", name, err)
	}
	return json.Marshal(both)
}

// Wire is the Payload as sent inside the page: prose HTML left out, since
// the browser reads it back from the prerendered DOM. Data is already in
// its wire form (WireData).
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
