//go:build !js

package ui

import (
	"net/http"
	"net/url"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The widget gallery, /<lang>/widgets: every widget with what it shows
// and what a reader can do with it, its card image, its notable states as
// links to its embed, a link to the story that shows it, and its Embed
// control, so a teacher finds and embeds one without reading a story.
// It has no live widget, so the browser never loads the wasm on it, and
// its kind is the server's alone (this file is built without js).

// KindGallery is the gallery's kind.
const KindGallery = "gallery"

var galleryKind = Kind{Name: KindGallery, Body: galleryBody}

func init() {
	kinds = append(kinds, galleryKind)
	heads[KindGallery] = galleryHead
}

func galleryPaths() []Alternate {
	var out []Alternate
	for _, l := range lang.List {
		out = append(out, Alternate{Lang: l.Code, Path: l.Path(gallerySlug)})
	}
	return out
}

func loadGallery(lib Library, r Request) (*Payload, bool) {
	l, ok := lang.FromPath(r.Path)
	if !ok || r.Path != l.Path(gallerySlug) {
		return nil, false
	}
	ix := lib.Index()
	pl := &Payload{Lang: l.Code, Alternates: galleryPaths()}
	var items []GalleryItem
	for _, name := range ix.Widgets {
		spec, ok := widgets.Lookup(name)
		if !ok || !ix.HasWidget(name) || spec.State == nil {
			continue
		}
		// The widget's decoded data and words, for its title and its
		// states' labels; the page then drops them (no widget on it).
		lib.AddWidgets(pl, []string{name})
		in := widget.Input{ID: name, Lang: l.Code, Data: pl.decoded[name], Words: pl.widgetWords[name], Dates: datesOf(spec, pl)}
		def, _ := spec.State(in)
		item := GalleryItem{Name: name, Title: widget.Title(in.Words), Default: def, Height: spec.EmbedHeight, Published: firstPublished(ix, name)}
		if t, ok := in.Words.(interface{ WidgetSummary() string }); ok {
			item.Summary = t.WidgetSummary()
		}
		for _, d := range ix.Docs {
			for _, b := range d.Widgets() {
				if d.Meta.Lang == l.Code && b.Widget == name && item.Story == "" {
					item.Story = d.Meta.Path() + "#" + b.ID
				}
			}
		}
		for _, q := range spec.Notable {
			in.Query = q
			st, _ := spec.State(in)
			label := st.Encode()
			if spec.Card != nil {
				_, label = spec.Card(in)
			}
			item.States = append(item.States, GalleryState{Label: label, Query: st})
		}
		items = append(items, item)
	}
	pl.kindData = items
	pl.Data, pl.WidgetWords, pl.Sources = nil, nil, nil
	return pl, true
}

// GalleryItems are the widgets the gallery page pl lists (nil on any
// other page).
func GalleryItems(pl *Payload) []GalleryItem {
	items, _ := pl.kindData.([]GalleryItem)
	return items
}

func pagesGallery(ix *Index) []Page {
	var out []Page
	for _, a := range galleryPaths() {
		out = append(out, Page{Path: a.Path, Lang: a.Lang, Alternates: galleryPaths(), Listed: true, Status: http.StatusOK})
	}
	return out
}

func galleryHead(p *page) Head {
	w := p.words()
	return Head{
		Title:       w.Gallery.Title + " · " + w.Name,
		Description: w.Gallery.Summary,
		Canonical:   lang.Or(p.payload.Lang).Path(gallerySlug),
		Alternates:  galleryPaths(),
	}
}

func galleryBody(p *page) app.UI {
	w := p.words()
	l := lang.Or(p.payload.Lang)
	items, _ := p.payload.kindData.([]GalleryItem)
	embedQuery := func(q url.Values) url.Values { return widget.EmbedQuery(q, l) }
	return p.layout(app.Div().Class("gallery").Body(
		app.H1().Text(w.Gallery.Title),
		app.P().Class("summary").Text(w.Gallery.Summary),
		app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			def := embedQuery(it.Default)
			// Thumbnails name their state in the path (CardPath), so a
			// static host shows each state, and Polish ones in Polish.
			thumb := CardPath("/embed/"+it.Name, def)
			return app.Section().Class("gallery-item").ID(it.Name).Body(
				app.H2().Text(it.Title),
				app.P().Text(it.Summary),
				app.A().Href("/embed/"+it.Name+"?"+def.Encode()).Body(
					app.Img().Class("gallery-thumb").Src(thumb).Alt(it.Title).
						Attr("width", "1200").Attr("height", "630").Attr("loading", "lazy"),
				),
				app.P().Text(w.Gallery.States),
				app.Ul().Class("gallery-states").Body(
					app.Range(it.States).Slice(func(j int) app.UI {
						st := it.States[j]
						q := embedQuery(st.Query)
						return app.Li().Body(app.A().Href("/embed/"+it.Name+"?"+q.Encode()).Body(
							// Decorative: the label beside it names the state
							// (go-app drops an empty alt, so a role says so).
							app.Img().Class("gallery-state-thumb").Src(CardPath("/embed/"+it.Name, q)).Attr("role", "presentation").
								Attr("width", "1200").Attr("height", "630").Attr("loading", "lazy"),
							app.Span().Text(st.Label),
						))
					}),
				),
				app.If(it.Story != "", func() app.UI {
					return app.P().Body(app.A().Href(it.Story).Text(w.Gallery.Story))
				}),
				widget.Share(widget.Input{ID: it.Name, Lang: l.Code, Chrome: w.Widget, Origin: p.payload.Origin, EmbedHeight: it.Height, Site: w.Name, Published: it.Published}, it.Name, it.Default, it.Title),
			)
		}),
	))
}

// GalleryItem is one widget on the gallery page: what it shows, its
// card image, its notable states (labelled) and its embed code's parts.
type GalleryItem struct {
	Name, Title, Summary string
	// Story is the story that shows it (a path with #block), or "".
	Story  string
	States []GalleryState
	// Default is its default state, for the embed code.
	Default url.Values
	Height  int
	// Published is its citation's date (firstPublished).
	Published string
}

// GalleryState is one notable state: its label and its embed query.
type GalleryState struct {
	Label string
	Query url.Values
}
