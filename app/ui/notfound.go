package ui

import (
	"net/http"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundKind answers every path no other kind serves, with status 404:
// what happened and where to go, in the language of the path ("/pl/…")
// or else the reader's.
var notFoundKind = Kind{
	Name:   KindNotFound,
	Status: http.StatusNotFound,
	Load: func(lib Library, r Request) (*Payload, bool) {
		l, ok := lang.FromPath(r.Path)
		if !ok {
			l = lang.Preferred(r.AcceptLanguage)
		}
		return &Payload{Lang: l.Code, Stories: lib.Index().Stories(l.Code)}, true
	},
	// The one page a static host serves for any missing path (404.html).
	Pages: func(ix *Index) []Page {
		return []Page{{Path: "/404", Lang: lang.Default().Code}}
	},
	Body: func(p *page) app.UI {
		w := p.words()
		return p.layout(app.Div().Class("not-found").Body(
			app.H1().Text(w.NotFound),
			app.P().Text(w.NotFoundText),
			storyList(p.payload.Stories),
		))
	},
	Head: func(p *page) Head {
		w := p.words()
		return Head{Title: w.NotFound + " · " + w.Name, Description: w.NotFound, Canonical: p.path}
	},
}
