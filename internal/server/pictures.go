package server

import (
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/internal/card"
)

// Picture downloads: /picture/<widget>.svg and .png, with the state in
// the embed's plain keys plus lang and theme (what the widget's download
// links carry), are the widget's picture in that state as a file that
// stands alone: title, state, key, notes, sources, licence and the view's
// address drawn in (internal/card's Figure). Drawn once per state and
// kept with the cards. A static host serves each widget's default state.

// pictureFormats are the file types offered, and their media types.
var pictureFormats = map[string]string{".svg": "image/svg+xml", ".png": "image/png"}

func (s *Server) picture(w http.ResponseWriter, r *http.Request) {
	file := strings.TrimPrefix(r.URL.Path, "/picture/")
	ext := path.Ext(file)
	name := strings.TrimSuffix(file, ext)
	mediaType, okExt := pictureFormats[ext]
	spec, known := widgets.Lookup(name)
	if !okExt || !known || spec.Card == nil || strings.Contains(name, "/") {
		http.NotFound(w, r)
		return
	}
	query := ui.WithoutHostParams(r.URL.Query())
	pl, status := ui.Resolve(s.lib, ui.Request{Path: "/embed/" + name, Query: query})
	lead, ok := ui.LeadOf(pl, query)
	if status != http.StatusOK || !ok {
		http.NotFound(w, r)
		return
	}
	in := lead.Input(pl, query)
	dark := query.Get("theme") == "dark"
	in.Dark = dark
	key := "picture:" + name + ext + "#" + pl.Lang + "?" + lead.State.Encode()
	if dark {
		key += "#dark"
	}
	w.Header().Set("Content-Type", mediaType)
	if ext == ".svg" {
		// Opened on its own, an SVG is a document of our origin: it may
		// load and run nothing.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+"-"+stateSlug(lead.State)+ext+`"`)
	s.serveDrawing(w, r, key, func() ([]byte, error) {
		pic, label := stateDrawing(spec, in, lead.State)
		_, words := s.lib.Words(pl.Lang)
		view := s.baseURL + widget.EmbedCode{Widget: name, State: widget.EmbedQuery(lead.State, in.Language())}.URL()
		f := card.Figure{
			Site:     words.Name,
			Title:    s.lib.WidgetTitle(pl.Lang, name),
			Label:    label,
			Picture:  &pic,
			Sources:  sourceLine(spec, s.lib.site.Data[name], pl, in.Chrome.Sources),
			Credit:   words.Name + " · " + words.Licence + " · " + view,
			Describe: spec.Describe(in),
			Dark:     dark,
		}
		if ext == ".svg" {
			return f.SVG()
		}
		return f.PNG()
	})
}

// sourceLine is "Sources: Reuters; Alston & Bird", the publishers of the
// sources the widget's data cites, each once: a picture file stands
// alone, with no list for numbers to point to (its address, which it
// prints, leads to the full list).
func sourceLine(spec widget.Spec, data any, pl *ui.Payload, label string) string {
	if spec.Cites == nil || data == nil {
		return ""
	}
	ids := widget.SourceIDs(spec.Cites(data))
	var parts []string
	for _, id := range ids {
		if name := widget.SourceLabel(0, pl.Sources[id]); !slices.Contains(parts, name) {
			parts = append(parts, name)
		}
	}
	if label == "" {
		label = "Sources"
	}
	return label + ": " + strings.Join(parts, "; ")
}

// stateSlug names a state in a file name: its values, joined
// ("in-force-on-on").
func stateSlug(state url.Values) string {
	keys := make([]string, 0, len(state))
	for k := range state {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range state[k] {
			parts = append(parts, k+"-"+v)
		}
	}
	slug := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, strings.ToLower(strings.Join(parts, "-")))
	return slug
}
