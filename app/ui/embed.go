//go:build !js

package ui

import (
	"github.com/computeatlas/atlas/app/lang"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedKind is /embed/<widget>: the widget alone, with plain URL keys, a
// line back to the story and the licence, for other sites' iframes.
// ?lang= picks its language and ?theme= its colours.
var embedKind = Kind{
	Name: KindEmbed,
	Body: func(p *page) app.UI {
		w := p.words()
		story := p.payload.Story
		if story == "" {
			story = lang.Or(p.payload.Lang).Home()
		}
		return app.Div().ID("atlas").Class("site", "site--embed").Body(
			app.Main().ID("main").Body(p.embedWidget()),
			app.Footer().Class("embed-footer").Body(
				app.A().Href(story).Attr("target", "_blank").Text(w.EmbedFrom+" "+w.Name),
				app.Span().Text(w.Licence),
			),
		)
	},
}
