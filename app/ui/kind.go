package ui

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The route table: every kind of page the site has, each in a file of its
// own (home.go, story.go, embed.go, notfound.go) that gives the paths it
// answers, the pages it lists, its body and its head. The server resolves
// requests with it (Resolve), the export and the sitemap list pages with
// it (Pages), the compiler checks internal links against it, and the
// wasm renders the kind the server resolved. A new kind of page is one
// file and one line in kinds (docs/architecture.md, "Adding a page").

// Kind is one kind of page.
type Kind struct {
	// Name is the kind's name, carried in the Payload and in
	// div#atlas's class (site--<name>).
	Name string
	// Status is the HTTP status its pages are served with (0 means 200).
	Status int
	// Load reports whether the kind serves r and builds its Payload from
	// lib. Kinds are tried in table order; the last matches anything.
	Load func(lib Library, r Request) (*Payload, bool)
	// Pages lists every page of the kind on a site.
	Pages func(ix *Index) []Page
	// Body renders the page: its whole root element, div#atlas.
	Body func(p *page) app.UI
	// Head is what the page's <head> says.
	Head func(p *page) Head
}

// kinds is the route table, tried in order.
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

// Request is what a kind may read of a request.
type Request struct {
	Path           string
	Query          url.Values
	AcceptLanguage string
}

// Library is what the pages ask of the site's content. The server
// implements it with the compiled content; the browser never needs one,
// since each page carries its Payload.
type Library interface {
	Index() *Index
	// Words are the site's strings in lang, as the page carries them.
	Words(lang string) (json.RawMessage, *Words)
	// AddWidgets gives pl the data, the strings in pl.Lang and the
	// sources of the named widgets.
	AddWidgets(pl *Payload, names []string)
}

// Index is what the route table needs to know of a site to list its
// pages: its documents (stories and generated pages, every language) and
// its widgets.
type Index struct {
	Docs    []*doc.Document
	Widgets []string
}

// Story returns the document in lang with slug.
func (ix *Index) Story(lang, slug string) (*doc.Document, bool) {
	for _, d := range ix.Docs {
		if d.Meta.Lang == lang && d.Meta.Slug == slug {
			return d, true
		}
	}
	return nil, false
}

// Stories lists the stories in lang that lists show (not the generated
// glossary), in the index's order.
func (ix *Index) Stories(lang string) []doc.Meta {
	var out []doc.Meta
	for _, d := range ix.Docs {
		if d.Meta.Lang == lang && d.Meta.Kind == "" {
			out = append(out, d.Meta)
		}
	}
	return out
}

// Alternates are m's page in every language it is written in (its twins
// share its translation key): m's own first, then the others in the
// index's order.
func (ix *Index) Alternates(m doc.Meta) []Alternate {
	out := []Alternate{{Lang: m.Lang, Path: m.Path()}}
	for _, d := range ix.Docs {
		if d.Meta.TranslationKey == m.TranslationKey && d.Meta.Lang != m.Lang {
			out = append(out, Alternate{Lang: d.Meta.Lang, Path: d.Meta.Path()})
		}
	}
	return out
}

// HasWidget reports whether name is one of the site's widgets.
func (ix *Index) HasWidget(name string) bool {
	for _, w := range ix.Widgets {
		if w == name {
			return true
		}
	}
	return false
}

// Alternate is a page in one language (hreflang); Lang "x-default" names
// the page for readers of none of the site's languages.
type Alternate struct {
	Lang string `json:"lang"`
	Path string `json:"path"`
}

// Page is one page of the site, as the export, the sitemap and the
// compiler's link checks list them.
type Page struct {
	Kind string
	Path string
	Lang string
	// Alternates are the page in each language, itself included.
	Alternates []Alternate
	// Modified is the day the page last changed (YYYY-MM-DD), if known.
	Modified string
	// Listed pages are in the sitemap.
	Listed bool
	// Status is the HTTP status the page is served with.
	Status int
}

// Pages lists every page of the site, kind by kind.
func Pages(ix *Index) []Page {
	var out []Page
	for _, k := range kinds {
		for _, p := range k.Pages(ix) {
			p.Kind = k.Name
			p.Status = k.status()
			out = append(out, p)
		}
	}
	return out
}

func (k Kind) status() int {
	if k.Status == 0 {
		return http.StatusOK
	}
	return k.Status
}

// Resolve finds the kind of page that serves r and builds its Payload;
// the status is the kind's (404 for the not-found page).
func Resolve(lib Library, r Request) (*Payload, int) {
	for _, k := range kinds {
		if pl, ok := k.Load(lib, r); ok {
			pl.Kind = k.Name
			if pl.Words == nil {
				pl.Words, pl.words = lib.Words(pl.Lang)
			}
			return pl, k.status()
		}
	}
	// notFoundKind matches every request.
	panic("ui: no kind of page matched " + r.Path)
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
