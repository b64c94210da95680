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
// each page's default card from the same path. Drawn once per state and
// kept (bounded), like pages.

// maxCardBytes bounds the card images kept (tens of KB each).
const maxCardBytes = 16 << 20

// cardURL is the card image address of the page at path with query q.
func cardURL(path string, q url.Values) string {
	if strings.HasSuffix(path, "/") {
		path += "index"
	}
	u := "/card" + path + ".png"
	if enc := q.Encode(); enc != "" {
		u += "?" + enc
	}
	return u
}

// pageOfCard is the page path a card address names.
func pageOfCard(p string) (string, bool) {
	p, ok := strings.CutPrefix(p, "/card")
	if !ok || !strings.HasSuffix(p, ".png") {
		return "", false
	}
	p = strings.TrimSuffix(p, ".png")
	if strings.HasSuffix(p, "/index") {
		p = strings.TrimSuffix(p, "index")
	}
	return p, strings.HasPrefix(p, "/")
}

type cardImage struct {
	png  []byte
	etag string
}

func (s *Server) card(w http.ResponseWriter, r *http.Request) {
	path, ok := pageOfCard(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	query := ui.WithoutHostParams(r.URL.Query())
	pl, status := ui.Resolve(s.lib, ui.Request{Path: path, Query: query})
	if status != http.StatusOK {
		http.NotFound(w, r)
		return
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
			pic, label := spec.Card(in)
			if t := widget.AsOfText(in, lead.State.Get(widget.DateKey)); t != "" {
				label += " · " + t
			}
			c.Picture, c.Label = &pic, label
		}
		key += "?" + lead.Widget + "?" + lead.State.Encode()
	}
	if c.Dark {
		key += "#dark"
	}
	img, ok := s.cards.get(key)
	if !ok {
		b, err := card.PNG(c)
		if err != nil {
			http.Error(w, "card: "+err.Error(), http.StatusInternalServerError)
			return
		}
		sum := sha256.Sum256(b)
		img = &cardImage{png: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		s.cards.put(key, img)
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("ETag", img.etag)
	if r.Header.Get("If-None-Match") == img.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(img.png)
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
	return cardURL(u.Path, q), alt
}
