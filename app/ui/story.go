package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// story renders /<lang>/<slug>: title, dates, then each block in order.
func (p *page) story() app.UI {
	d := p.payload.Doc
	w := wordsFor(p.payload.Lang)
	m := d.Meta
	byline := w.published + " " + date(m.Published, m.Lang)
	if m.Updated != "" && m.Updated != m.Published {
		byline += ", " + w.updated + " " + date(m.Updated, m.Lang)
	}
	return app.Article().Class("story").Body(
		app.Header().Class("story-head").Body(
			app.H1().Text(m.Title),
			app.P().Class("summary").Text(m.Summary),
			app.P().Class("byline").Text(byline),
		),
		app.Range(d.Blocks).Slice(func(i int) app.UI {
			return p.block(d.Blocks[i])
		}),
	)
}

func (p *page) block(b doc.Block) app.UI {
	if b.IsWidget() {
		return p.renderWidget(b, true)
	}
	return app.Raw(b.HTML)
}
