//go:build !js

package ui

import (
	"strconv"
	"strings"

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
			storyCards(p.payload.Stories, lang.Or(p.payload.Lang), w),
			app.P().Class("home-gallery").Body(
				app.A().Href(lang.Or(p.payload.Lang).Path(gallerySlug)).Text(w.Gallery.Link),
			),
		))
	},
}

// storyCards are the home page's stories, the flagship first (Index.Stories):
// each a card with its picture (its card image, the lead widget's default
// state), its newest date, its reading time and its summary. The first
// picture is the page's largest paint: fetched early, never lazily.
func storyCards(stories []doc.Meta, l lang.Language, w *Words) app.UI {
	return app.Ul().Class("story-list", "story-cards").Body(
		app.Range(stories).Slice(func(i int) app.UI {
			m := stories[i]
			img := app.Img().Class("story-card-img").Src(CardPath(m.Path(), nil)).Attr("role", "presentation").
				Attr("width", "1200").Attr("height", "630")
			if i == 0 {
				img = img.Attr("fetchpriority", "high")
			} else {
				img = img.Attr("loading", "lazy")
			}
			return app.Li().Class("story-card").Body(
				app.A().Href(m.Path()).Body(img, app.H3().Text(m.Title)),
				app.P().Class("story-card-meta").Body(
					app.Time().DateTime(m.Newest()).Text(l.Date(m.Newest())),
					app.Text(" · "+strings.ReplaceAll(w.MinutesRead, "{n}", strconv.Itoa(m.Minutes))),
				),
				app.P().Class("story-card-summary").Text(m.Summary),
			)
		}),
	)
}

// storyList is a plain list of stories (the not-found page's).
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
