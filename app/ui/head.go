//go:build !js

package ui

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// heads are what each kind of page's <head> says, by kind name. The
// server lays them out (internal/server/document.go); the browser never
// renders a head, so none of this is in app.wasm.
var heads = map[string]func(p *page) Head{
	KindHome:     homeHead,
	KindStory:    storyHead,
	KindEmbed:    embedHead,
	KindNotFound: notFoundHead,
}

func homeHead(p *page) Head {
	w := p.words()
	return Head{
		Title:       w.Name,
		Description: w.HomeDescription,
		Canonical:   lang.Or(p.payload.Lang).Home(),
		Alternates:  append(homes(), Alternate{Lang: "x-default", Path: lang.Default().Home()}),
	}
}

// homes are the home pages of every language.
func homes() []Alternate {
	var out []Alternate
	for _, l := range lang.List {
		out = append(out, Alternate{Lang: l.Code, Path: l.Home()})
	}
	return out
}

func storyHead(p *page) Head {
	m := p.payload.Doc.Meta
	h := Head{
		Title:       m.Title + " · " + p.words().Name,
		Description: m.Summary,
		Type:        "article",
		Canonical:   m.Path(),
		Image:       m.Image,
		Published:   m.Published,
		Updated:     m.Updated,
		Alternates:  p.payload.Alternates,
	}
	if m.Kind != "" {
		// The glossary, about and licence pages are not articles.
		h.Type, h.Published, h.Updated = "", "", ""
	}
	return h
}

func embedHead(p *page) Head {
	spec, _ := widgets.Lookup(p.payload.Widget)
	in := p.widgetInput(doc.Block{ID: p.payload.Widget, Widget: p.payload.Widget}, false)
	h := Head{
		Title:       widget.Title(in.Words) + " · " + p.words().Name,
		Description: spec.Describe(in),
		Canonical:   p.path,
		Framed:      true,
	}
	if t := last(p.query["theme"]); t == "light" || t == "dark" {
		h.Theme = t
	}
	return h
}

func notFoundHead(p *page) Head {
	w := p.words()
	return Head{Title: w.NotFound + " · " + w.Name, Description: w.NotFound, Canonical: p.path}
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
	head, ok := heads[p.payload.Kind]
	if !ok {
		head = heads[KindNotFound]
	}
	h := head(p)
	h.Lang = p.payload.Lang
	if h.Type == "" {
		h.Type = "website"
	}
	return h
}
