package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is the body of the 404 page: what happened and where to go.
func (p *page) notFound() app.UI {
	w := wordsFor(p.payload.Lang)
	return app.Div().Class("not-found").Body(
		app.H1().Text(w.notFound),
		app.P().Text(w.notFoundText),
		storyList(p.payload.Stories),
	)
}
