package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/internal/card"
)

// Card images (og:image): /card/<page path>.png?<the page's query> is
// the card of that page in that state (/card/index.png for /, and
// /card/pl/index.png for /pl/): the lead widget's picture (ui.LeadOf) in
// the state the address carries, with the page's title, the state's
// label and the credit line. A static host, which ignores queries, serves
// each page's default card from the same path. The same card is also at
// /card/<page path>/<state>.png (ui.CardPath): the gallery's thumbnails
// use that form, and the export writes those files, so they show their
// states on a static host too. Drawn once per state and kept (bounded),
// like pages.

// maxCardBytes bounds the card images kept (tens of KB each).
const maxCardBytes = 16 << 20

// cardURL is the card image address of the page at path with query q,
// the query form (og:image).
func cardURL(path string, q url.Values) string {
	u := ui.CardPath(path, nil)
	if enc := q.Encode(); enc != "" {
		u += "?" + enc
	}
	return u
}

// drawing is a card or a picture file as kept: its bytes and ETag.
type drawing struct {
	body []byte
	etag string
}

// serveDrawing answers with the drawing kept under key, drawing it (draw)
// and keeping it first when it is not kept yet, with its ETag and a day's
// caching; a matching If-None-Match gets 304. The caller sets the
// media type and any header of its own.
func (s *Server) serveDrawing(w http.ResponseWriter, r *http.Request, key string, draw func() ([]byte, error)) {
	img, ok := s.cards.get(key)
	if !ok {
		b, err := draw()
		if err != nil {
			http.Error(w, "drawing: "+err.Error(), http.StatusInternalServerError)
			return
		}
		sum := sha256.Sum256(b)
		img = &drawing{body: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		s.cards.put(key, img)
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("ETag", img.etag)
	if r.Header.Get("If-None-Match") == img.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(img.body)
}

// stateDrawing is widget spec's picture of the state in in (Spec.Card)
// and its label, which for a dated widget says its date ("As of …"):
// what cards and picture files draw.
func stateDrawing(spec widget.Spec, in widget.Input, state url.Values) (widget.Picture, string) {
	pic, label := spec.Card(in)
	if t := widget.AsOfText(in, state.Get(widget.DateKey)); t != "" {
		label += " · " + t
	}
	return pic, label
}

func (s *Server) card(w http.ResponseWriter, r *http.Request) {
	path, state, ok := ui.PageOfCardPath(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	query := ui.WithoutHostParams(r.URL.Query())
	if state != nil {
		// The state in the path (ui.CardPath) is the whole state, as
		// on a static host, which ignores the query.
		query = state
	}
	pl, status := ui.Resolve(s.lib, ui.Request{Path: path, Query: query})
	if status != http.StatusOK {
		http.NotFound(w, r)
		return
	}
	if state != nil {
		if canon, ok := ui.Canonical(pl, state); !ok || ui.CardPath(path, canon) != r.URL.Path {
			http.NotFound(w, r) // one address per state
			return
		}
	}
	_, words := s.lib.Words(pl.Lang)
	host := strings.TrimPrefix(strings.TrimPrefix(s.baseURL, "https://"), "http://")
	c := card.Card{Site: words.Name, Credit: words.Name + " · " + words.Licence + " · " + host}
	key := path + "#" + pl.Lang
	switch {
	case pl.Kind == ui.KindStory && pl.Doc != nil:
		c.Title = pl.Doc.Meta.Title
	case pl.Kind == ui.KindEmbed:
		c.Title = s.lib.WidgetTitle(pl.Lang, pl.Widget)
		c.Dark = query.Get("theme") == "dark"
	default:
		c.Title, c.Label = words.Name, words.Tagline
		c.Site = host
	}
	if lead, ok := ui.LeadOf(pl, query); ok {
		spec, _ := widgets.Lookup(lead.Widget)
		if spec.Card != nil {
			in := lead.Input(pl, query)
			in.Dark = c.Dark
			pic, label := stateDrawing(spec, in, lead.State)
			c.Picture, c.Label = &pic, label
		}
		key += "?" + lead.Widget + "?" + lead.State.Encode()
	}
	if c.Dark {
		key += "#dark"
	}
	w.Header().Set("Content-Type", "image/png")
	s.serveDrawing(w, r, key, func() ([]byte, error) { return card.PNG(c) })
}

// cardOf is the card address and its alt text (the state's Describe, or
// the page's description) for the page pl at u.
func (s *Server) cardOf(pl *ui.Payload, u *url.URL, description string) (string, string) {
	q := ui.WithoutHostParams(u.Query())
	alt := description
	if lead, ok := ui.LeadOf(pl, q); ok {
		if spec, _ := widgets.Lookup(lead.Widget); spec.Describe != nil {
			alt = spec.Describe(lead.Input(pl, q))
		}
	}
	if s.exporting {
		// A static host ignores the query: the card names its state in
		// its path, and the export writes that file (a Polish embed's
		// card is Polish there too).
		canon, _ := ui.Canonical(pl, q)
		return ui.CardPath(u.Path, canon), alt
	}
	return cardURL(u.Path, q), alt
}
