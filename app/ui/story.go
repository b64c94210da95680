//go:build !js

package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storyKind is /<lang>/<slug>: a story, or a page the compiler generates
// (the glossary): title, dates, then each block in order.
var storyKind = Kind{
	Name: KindStory,
	Body: func(p *page) app.UI {
		d := p.payload.Doc
		w := p.words()
		m := d.Meta
		l := lang.Or(m.Lang)
		byline := w.Published + " " + l.Date(m.Published)
		if m.Updated != "" && m.Updated != m.Published {
			byline += ", " + w.Updated + " " + l.Date(m.Updated)
		}
		if m.FactsAsOf != "" {
			byline += " · " + w.FactsAsOf + " " + l.Date(m.FactsAsOf)
		}
		blocks := p.storyBlocks(d.Blocks)
		return p.layout(app.Article().Class("story").Body(
			app.Header().Class("story-head").Body(
				app.H1().Text(m.Title),
				app.P().Class("summary").Text(m.Summary),
				app.P().Class("byline").Text(byline),
			),
			app.Range(blocks).Slice(func(i int) app.UI { return blocks[i] }),
		))
	},
}

func (p *page) block(b doc.Block) app.UI {
	switch {
	case b.IsWidget():
		return p.renderWidget(b, true)
	case b.Still != "":
		return p.still(b)
	}
	return app.Raw(b.HTML)
}

// storyBlocks lays the blocks out: each in turn, except the stretch a
// pinned widget accompanies (doc.Block.Scrolly), which becomes one
// container: the widget, then the text beside it. web/site.css pins the
// widget beside the text on wide screens for readers who allow motion
// and run scripts; web/boot.js then moves the page's date with the
// reader's section. Everyone else reads the stretch in order, with a
// still picture under each dated heading (docs/architecture.md, "The
// explainer form").
func (p *page) storyBlocks(blocks []doc.Block) []app.UI {
	var out []app.UI
	for i := 0; i < len(blocks); {
		if !blocks[i].Scrolly {
			out = append(out, p.block(blocks[i]))
			i++
			continue
		}
		var pin app.UI
		var text []app.UI
		for ; i < len(blocks) && blocks[i].Scrolly; i++ {
			if blocks[i].Pin {
				pin = p.block(blocks[i])
			} else {
				text = append(text, p.block(blocks[i]))
			}
		}
		out = append(out, app.Div().Class("scrolly").Body(
			app.Div().Class("scrolly-pin").Body(pin),
			app.Div().Class("scrolly-text").Body(text...),
		))
	}
	return out
}

// still is a dated section's still picture: its story's pinned widget at
// the section's date, in its directive's other defaults.
func (p *page) still(b doc.Block) app.UI {
	for _, wb := range p.payload.Doc.Widgets() {
		if wb.ID != b.Still {
			continue
		}
		spec, ok := widgets.Lookup(wb.Widget)
		if !ok || spec.Still == nil {
			break
		}
		in := p.widgetInput(wb, true)
		in.Params = nil
		in.Query = url.Values{widget.DateKey: {b.Date}}
		return spec.Still(in)
	}
	return app.Div().Class("still-missing")
}
