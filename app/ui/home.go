//go:build !js

package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// homeKind is each language's home page, listing its stories. "/" is the
// default language's, chosen by ?lang= and then Accept-Language on
// bin/atlas; every other language has its own path ("/pl/"), so a static
// host, which ignores queries and headers, can serve each.
var homeKind = Kind{
	Name: KindHome,
	Body: func(p *page) app.UI {
		w := p.words()
		return p.layout(app.Div().Class("home").Body(
			app.H1().Text(w.Name),
			app.P().Class("summary").Text(w.Tagline),
			app.H2().Text(w.Stories),
			storyList(p.payload.Stories),
			app.P().Class("home-gallery").Body(
				app.A().Href(lang.Or(p.payload.Lang).Path(gallerySlug)).Text(w.Gallery.Link),
			),
		))
	},
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
