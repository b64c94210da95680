package server

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strconv"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// oEmbed (https://oembed.com): a CMS given one of our addresses asks
// /oembed?url=… and gets the code to embed it. An embed address gives
// that widget in that state; a story address gives the story's lead
// widget (ui.LeadOf: the first widget whose state the address carries,
// else the first in the story) in that state, titled and credited; a
// page without widgets has nothing to embed. Discovery links on each
// story and embed page point here (docs/decisions.md, "oEmbed").

// oembedWidth is the width we answer when the consumer sets no
// maxwidth: the embeds' own column. oembedMaxWidth caps a huge one.
const (
	oembedWidth    = 720
	oembedMaxWidth = 1280
	oembedCacheAge = 86400
)

type oembedAnswer struct {
	Type         string `json:"type"`
	Version      string `json:"version"`
	Title        string `json:"title"`
	AuthorName   string `json:"author_name"`
	AuthorURL    string `json:"author_url"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	CacheAge     int    `json:"cache_age"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

func (s *Server) oembed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	fail := func(status int, msg string) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		w.Write([]byte(msg + "\n"))
	}
	if f := q.Get("format"); f != "" && f != "json" {
		fail(http.StatusNotImplemented, "oEmbed: only format=json is served")
		return
	}
	raw := q.Get("url")
	if raw == "" {
		fail(http.StatusBadRequest, "oEmbed: the url parameter is required")
		return
	}
	maxW, okW := dimension(q.Get("maxwidth"))
	maxH, okH := dimension(q.Get("maxheight"))
	if !okW || !okH {
		fail(http.StatusBadRequest, "oEmbed: maxwidth and maxheight must be positive whole numbers of pixels")
		return
	}
	target, err := url.Parse(raw)
	if err != nil || !s.ours(target) {
		fail(http.StatusNotFound, "oEmbed: not an address of this site")
		return
	}
	pl, status := ui.Resolve(s.lib, ui.Request{Path: target.Path, Query: target.Query()})
	if status != http.StatusOK {
		fail(http.StatusNotFound, "oEmbed: no page at this address")
		return
	}
	lead, ok := ui.LeadOf(pl, target.Query())
	if !ok {
		fail(http.StatusNotFound, "oEmbed: this page has no widget to embed")
		return
	}
	spec, _ := widgets.Lookup(lead.Widget)
	_, words := s.lib.Words(pl.Lang)
	state := widget.EmbedQuery(lead.State, lang.Or(pl.Lang))
	if t := target.Query().Get("theme"); pl.Kind == ui.KindEmbed && (t == "light" || t == "dark") {
		state.Set("theme", t)
	}
	width := oembedWidth
	if maxW > 0 {
		width = min(maxW, oembedMaxWidth)
	}
	height := spec.EmbedHeight
	if maxH > 0 && maxH < height {
		height = maxH
	}
	code := widget.EmbedCode{Origin: s.baseURL, Widget: lead.Widget, State: state, Title: s.lib.WidgetTitle(pl.Lang, lead.Widget), Height: height}
	answer := oembedAnswer{
		Type:         "rich",
		Version:      "1.0",
		Title:        code.Title,
		AuthorName:   words.Name,
		AuthorURL:    s.baseURL + "/",
		ProviderName: words.Name,
		ProviderURL:  s.baseURL + "/",
		CacheAge:     oembedCacheAge,
		HTML:         code.WithScript(),
		Width:        width,
		Height:       height,
	}
	body, err := json.Marshal(answer)
	if err != nil {
		fail(http.StatusInternalServerError, "oEmbed: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(oembedCacheAge))
	w.Write(body)
}

// ours reports whether u is an address of this site: our host, over
// http or https (a reader may paste either).
func (s *Server) ours(u *url.URL) bool {
	base, err := url.Parse(s.baseURL)
	if err != nil {
		return false
	}
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host == base.Host
}

// dimension reads an oEmbed maxwidth or maxheight: "" is none (0); a
// value must be a positive whole number. A huge one is as large as any
// (the caller caps it), not refused.
func dimension(v string) (int, bool) {
	if v == "" {
		return 0, true
	}
	n, err := strconv.ParseInt(v, 10, 32)
	switch {
	case errors.Is(err, strconv.ErrRange) && n > 0:
		return math.MaxInt32, true
	case err != nil || n <= 0:
		return 0, false
	}
	return int(n), true
}
