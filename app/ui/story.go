//go:build !js

package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
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
		return p.layout(app.Article().Class("story").Body(
			app.Header().Class("story-head").Body(
				app.H1().Text(m.Title),
				app.P().Class("summary").Text(m.Summary),
				app.P().Class("byline").Text(byline),
			),
			app.Range(d.Blocks).Slice(func(i int) app.UI {
				return p.block(d.Blocks[i])
			}),
		))
	},
}

func (p *page) block(b doc.Block) app.UI {
	if b.IsWidget() {
		return p.renderWidget(b, true)
	}
	return app.Raw(b.HTML)
}
