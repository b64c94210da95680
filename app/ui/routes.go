//go:build !js

package ui

import (
	"cmp"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// The route table: which paths each kind of page answers, how its
// Payload is built from the site's content, and which pages it lists. The
// server resolves requests with it (Resolve), the export and the sitemap
// list pages with it (Pages), and the compiler checks internal links
// against it. It is server-only (the build tag): the wasm renders the
// kind the server resolved, from the Payload the page carries, and never
// needs to match a path (docs/architecture.md, rule 1).

// route is one row of the table.
type route struct {
	kind string
	// status is the HTTP status of its pages.
	status int
	// load reports whether the kind serves r and builds its Payload from
	// lib. Rows are tried in order; the last matches anything.
	load func(lib Library, r Request) (*Payload, bool)
	// pages lists every page of the kind on a site.
	pages func(ix *Index) []Page
}

var routes = []route{
	{KindHome, http.StatusOK, loadHome, pagesHome},
	{KindStory, http.StatusOK, loadStory, pagesStory},
	{KindEmbed, http.StatusOK, loadEmbed, pagesEmbed},
	{KindGallery, http.StatusOK, loadGallery, pagesGallery},
	{KindNotFound, http.StatusNotFound, loadNotFound, pagesNotFound},
}

// embedPrefix starts every embed's path: /embed/<widget>.
const embedPrefix = "/embed/"

// Resolve finds the kind of page that serves r and builds its Payload;
// the status is the kind's (404 for the not-found page).
func Resolve(lib Library, r Request) (*Payload, int) {
	for _, rt := range routes {
		if pl, ok := rt.load(lib, r); ok {
			pl.Kind = rt.kind
			if pl.Words == nil {
				pl.Words, pl.words = lib.Words(pl.Lang)
			}
			return pl, rt.status
		}
	}
	// The not-found row matches every request.
	panic("ui: no kind of page matched " + r.Path)
}

// Pages lists every page of the site, kind by kind.
func Pages(ix *Index) []Page {
	var out []Page
	for _, rt := range routes {
		for _, p := range rt.pages(ix) {
			p.Kind, p.Status = rt.kind, rt.status
			out = append(out, p)
		}
	}
	return out
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
	// The same order in every language: the flagship first, then the
	// newest, then by translation key (the same in every language).
	slices.SortStableFunc(out, func(a, b doc.Meta) int {
		if a.Featured != b.Featured {
			if a.Featured {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.Newest(), a.Newest()); c != 0 {
			return c
		}
		return cmp.Compare(a.TranslationKey, b.TranslationKey)
	})
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

func loadHome(lib Library, r Request) (*Payload, bool) {
	var l lang.Language
	switch other, ok := lang.FromPath(r.Path); {
	case r.Path == "/":
		var named bool
		if l, named = lang.Get(r.Query.Get("lang")); !named {
			l = lang.Preferred(r.AcceptLanguage)
		}
	case ok && !other.IsDefault() && (r.Path == other.Home() || r.Path+"/" == other.Home()):
		l = other
	default:
		return nil, false
	}
	return &Payload{Lang: l.Code, Stories: lib.Index().Stories(l.Code), Alternates: homes()}, true
}

func pagesHome(ix *Index) []Page {
	var out []Page
	for _, l := range lang.List {
		out = append(out, Page{Path: l.Home(), Lang: l.Code, Alternates: homes(), Listed: true})
	}
	return out
}

func loadStory(lib Library, r Request) (*Payload, bool) {
	l, ok := lang.FromPath(r.Path)
	if !ok {
		return nil, false
	}
	ix := lib.Index()
	slug, ok := strings.CutPrefix(r.Path, l.Path(""))
	if !ok {
		return nil, false
	}
	d, ok := ix.Story(l.Code, slug)
	if !ok {
		return nil, false
	}
	pl := &Payload{Lang: d.Meta.Lang, Doc: d, Alternates: ix.Alternates(d.Meta)}
	var names []string
	for _, b := range d.Widgets() {
		names = append(names, b.Widget)
	}
	lib.AddWidgets(pl, names)
	return pl, true
}

func pagesStory(ix *Index) []Page {
	var out []Page
	for _, d := range ix.Docs {
		m := d.Meta
		out = append(out, Page{Path: m.Path(), Lang: m.Lang, Alternates: ix.Alternates(m),
			Modified: max(m.Published, m.Updated), Listed: true})
	}
	return out
}

func loadEmbed(lib Library, r Request) (*Payload, bool) {
	name, ok := strings.CutPrefix(r.Path, embedPrefix)
	ix := lib.Index()
	if !ok || !ix.HasWidget(name) {
		return nil, false
	}
	l := lang.Or(last(r.Query["lang"]))
	pl := &Payload{Lang: l.Code, Widget: name}
	for _, d := range ix.Docs {
		if d.Meta.Lang != l.Code {
			continue
		}
		for _, b := range d.Widgets() {
			if b.Widget == name && pl.Story == "" {
				pl.Story = d.Meta.Path() + "#" + b.ID
			}
		}
	}
	pl.Published = firstPublished(ix, name)
	lib.AddWidgets(pl, []string{name})
	return pl, true
}

func pagesEmbed(ix *Index) []Page {
	var out []Page
	for _, name := range ix.Widgets {
		out = append(out, Page{Path: embedPrefix + name, Lang: lang.Default().Code})
	}
	return out
}

func loadNotFound(lib Library, r Request) (*Payload, bool) {
	l, ok := lang.FromPath(r.Path)
	if !ok {
		l = lang.Preferred(r.AcceptLanguage)
	}
	return &Payload{Lang: l.Code, Stories: lib.Index().Stories(l.Code)}, true
}

// The one page a static host serves for any missing path (404.html).
func pagesNotFound(ix *Index) []Page {
	return []Page{{Path: "/404", Lang: lang.Default().Code}}
}

// firstPublished is the date the first story showing widget name was
// published, in any language: the date its citation gives.
func firstPublished(ix *Index, name string) string {
	first := ""
	for _, d := range ix.Docs {
		for _, b := range d.Widgets() {
			if b.Widget == name && (first == "" || d.Meta.Published < first) {
				first = d.Meta.Published
			}
		}
	}
	return first
}
