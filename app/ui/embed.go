package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embed renders /embed/<widget>: the widget alone, with plain URL keys,
// and a line back to the story and the licence.
func (p *page) embed() app.UI {
	w := wordsFor(p.payload.Lang)
	b := doc.Block{ID: p.payload.Widget, Widget: p.payload.Widget}
	return app.Div().ID("atlas").Class("site", "site--embed").Body(
		app.Main().ID("main").Body(p.renderWidget(b, false)),
		app.Footer().Class("embed-footer").Body(
			app.A().Href(p.storyLink()).Attr("target", "_blank").Text(w.embedFrom+" Compute Atlas"),
			app.Span().Text(w.licence),
		),
	)
}

func (p *page) storyLink() string {
	if p.payload.Story != "" {
		return p.payload.Story
	}
	return "/"
}
