//go:build !js

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundKind answers every path no other kind serves, with status 404:
// what happened and where to go, in the language of the path ("/pl/…")
// or else the reader's.
var notFoundKind = Kind{
	Name: KindNotFound,
	Body: func(p *page) app.UI {
		w := p.words()
		return p.layout(app.Div().Class("not-found").Body(
			app.H1().Text(w.NotFound),
			app.P().Text(w.NotFoundText),
			storyList(p.payload.Stories),
		))
	},
}
