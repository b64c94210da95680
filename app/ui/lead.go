//go:build !js

package ui

import (
	"net/url"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// Lead is the widget a shared page stands for, in the state its URL
// carries: what oEmbed embeds and what the page's card image shows.
type Lead struct {
	Widget string
	// Block is the widget's block (its id and directive parameters);
	// Prefixed is true on a story, where the keys carry the block id.
	Block    doc.Block
	Prefixed bool
	// State is the widget's full state in plain (embed) keys, defaults
	// included, so an embed of it shows the same picture even where the
	// story's directive set other defaults.
	State url.Values
	// Problems are the values the URL held that the widget ignored.
	Problems []widget.Problem
}

// LeadOf finds the lead widget of page pl requested with query: an
// embed's own widget; on a story, the first widget whose keys the query
// carries, else the story's first widget. ok is false on a page without
// widgets.
func LeadOf(pl *Payload, query url.Values) (Lead, bool) {
	switch {
	case pl.Kind == KindEmbed:
		spec, ok := widgets.Lookup(pl.Widget)
		if !ok || spec.State == nil {
			return Lead{}, false
		}
		st, problems := spec.State(widget.Input{ID: pl.Widget, Query: query, Dates: datesOf(spec, pl)})
		return Lead{Widget: pl.Widget, Block: doc.Block{ID: pl.Widget, Widget: pl.Widget}, State: st, Problems: problems}, true
	case pl.Doc != nil:
		blocks := pl.Doc.Widgets()
		if len(blocks) == 0 {
			return Lead{}, false
		}
		lead := blocks[0]
	find:
		for _, b := range blocks {
			for k := range query {
				if strings.HasPrefix(k, b.ID+".") {
					lead = b
					break find
				}
			}
		}
		spec, ok := widgets.Lookup(lead.Widget)
		if !ok || spec.State == nil {
			return Lead{}, false
		}
		st, problems := spec.State(widget.Input{ID: lead.ID, Prefixed: true, Params: lead.Params, Query: query, Dates: datesOf(spec, pl)})
		return Lead{Widget: lead.Widget, Block: lead, Prefixed: true, State: st, Problems: problems}, true
	}
	return Lead{}, false
}

// Input is the lead widget's input on page pl requested with query,
// with its data and words (which the server's library gave the payload
// already decoded), for its Describe and Card.
func (l Lead) Input(pl *Payload, query url.Values) widget.Input {
	p := &page{payload: pl, query: WithoutHostParams(query), path: "", server: true}
	return p.widgetInput(l.Block, l.Prefixed)
}
