package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every kind of page the site has is a file of its own (home.go,
// story.go, embed.go, notfound.go) that gives its body and its head, the
// same on the server and in the browser; which paths each kind answers
// and which pages it lists is the route table (routes.go, server-only).
// A new kind of page is its file, a line in kinds and a row in routes
// (docs/architecture.md, "Adding a page").

// Kind is one kind of page.
type Kind struct {
	// Name is the kind's name, carried in the Payload and in
	// div#atlas's class (site--<name>).
	Name string
	// Body renders the page: its whole root element, div#atlas.
	Body func(p *page) app.UI
	// Head is what the page's <head> says.
	Head func(p *page) Head
}

// kinds are the kinds of page.
var kinds = []Kind{homeKind, storyKind, embedKind, notFoundKind}

// Kinds of page, by name.
const (
	KindHome     = "home"
	KindStory    = "story"
	KindEmbed    = "embed"
	KindNotFound = "notfound"
)

func kindNamed(name string) Kind {
	for _, k := range kinds {
		if k.Name == name {
			return k
		}
	}
	return notFoundKind
}

// Alternate is a page in one language (hreflang); Lang "x-default" names
// the page for readers of none of the site's languages.
type Alternate struct {
	Lang string `json:"lang"`
	Path string `json:"path"`
}

// Head is what a page's <head> says; the server lays it out, making
// paths absolute with the site's public address.
type Head struct {
	Lang        string
	Title       string
	Description string
	// Type is og:type: "article" for stories, "website" otherwise.
	Type      string
	Canonical string // a path
	Image     string // a path, or ""
	// Published and Updated are a story's dates (YYYY-MM-DD).
	Published, Updated string
	Alternates         []Alternate
	// Theme is "light" or "dark" when the page fixes one (an embed's
	// theme parameter), else "".
	Theme string
	// Framed marks a page made to live in other sites' iframes (an
	// embed): it keeps nothing on the reader's machine, so no service
	// worker and no storage.
	Framed bool
}

// HeadOf is the head of a page made by NewServerPage.
func HeadOf(root app.UI) Head {
	p, ok := root.(*page)
	if !ok || p.payload == nil {
		return Head{}
	}
	h := kindNamed(p.payload.Kind).Head(p)
	h.Lang = p.payload.Lang
	if h.Type == "" {
		h.Type = "website"
	}
	return h
}
