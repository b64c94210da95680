package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// home lists the stories in the reader's language.
func (p *page) home() app.UI {
	w := wordsFor(p.payload.Lang)
	return app.Div().Class("home").Body(
		app.H1().Text(w.site),
		app.P().Class("summary").Text(w.tagline),
		app.H2().Text(w.stories),
		storyList(p.payload.Stories),
	)
}

func storyList(stories []doc.Meta) app.UI {
	return app.Ul().Class("story-list").Body(
		app.Range(stories).Slice(func(i int) app.UI {
			m := stories[i]
			return app.Li().Body(
				app.A().Href(m.Path()).Text(m.Title),
				app.P().Text(m.Summary),
			)
		}),
	)
}
