package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
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
	img, ok := s.cards.get(key)
	if !ok {
		pic, label := spec.Card(in)
		if t := widget.AsOfText(in, lead.State.Get(widget.DateKey)); t != "" {
			label += " · " + t
		}
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
		var b []byte
		var err error
		if ext == ".svg" {
			b, err = f.SVG()
		} else {
			b, err = f.PNG()
		}
		if err != nil {
			http.Error(w, "picture: "+err.Error(), http.StatusInternalServerError)
			return
		}
		sum := sha256.Sum256(b)
		img = &cardImage{png: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		s.cards.put(key, img)
	}
	w.Header().Set("Content-Type", mediaType)
	if ext == ".svg" {
		// Opened on its own, an SVG is a document of our origin: it may
		// load and run nothing.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+"-"+stateSlug(lead.State)+ext+`"`)
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Header().Set("ETag", img.etag)
	if r.Header.Get("If-None-Match") == img.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(img.png)
}

// sourceLine is "Sources: S5 Reuters, S22 Alston & Bird", the sources the
// widget's data cites in their order on the page, as the widget lists
// them.
func sourceLine(spec widget.Spec, data any, pl *ui.Payload, label string) string {
	if spec.Cites == nil || data == nil {
		return ""
	}
	seen := map[string]bool{}
	var ids []string
	for _, id := range spec.Cites(data) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return sourceNumber(ids[i]) < sourceNumber(ids[j]) })
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = id
		if p := pl.Sources[id].Publisher; p != "" {
			parts[i] += " " + p
		}
	}
	if label == "" {
		label = "Sources"
	}
	return label + ": " + strings.Join(parts, "; ")
}

func sourceNumber(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "S"))
	return n
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
