//go:build !js

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every kind of page the site has is a file of its own (home.go,
// story.go, embed.go, notfound.go) that gives its body. They are the
// server's alone: in the browser the page mirrors the prerendered DOM
// and renders only its widgets (mirror.go, docs/architecture.md, "The
// takeover, in the browser"). What a page's <head> says is head.go's,
// server-only too; which paths each kind answers and which pages it
// lists is the route table (routes.go, server-only).
// A new kind of page is its file, a line in kinds and a row in routes
// (docs/architecture.md, "Adding a page").

// Kind is one kind of page.
type Kind struct {
	// Name is the kind's name, carried in the Payload and in
	// div#atlas's class (site--<name>).
	Name string
	// Body renders the page: its whole root element, div#atlas.
	Body func(p *page) app.UI
}

// kinds are the kinds of page.
var kinds = []Kind{homeKind, storyKind, embedKind, notFoundKind}

func kindNamed(name string) Kind {
	for _, k := range kinds {
		if k.Name == name {
			return k
		}
	}
	return notFoundKind
}

// gallerySlug is the widget gallery's slug in every language
// (/<lang>/widgets); the gallery itself is the server's (gallery.go).
const gallerySlug = "widgets"
