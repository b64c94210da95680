package server

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widgets"
)

// langs are the site's languages, the first being the default.
var langs = []string{"en", "pl"}

// homePath is the home page of a language.
func homePath(lang string) string {
	if lang == "pl" {
		return "/pl/"
	}
	return "/"
}

func validLang(l string) bool { return l == "en" || l == "pl" }

func otherLang(l string) string {
	if l == "pl" {
		return "en"
	}
	return "pl"
}

// pageFor resolves a request path to the page to render and its status.
func (s *Server) pageFor(r *http.Request) (*ui.Payload, int) {
	p := r.URL.Path
	switch {
	case p == "/" || p == "/pl/" || p == "/pl":
		// The Polish home has a path of its own, so a static host (which
		// ignores queries and headers) can serve it; "/" follows ?lang=,
		// then Accept-Language.
		lang := "pl"
		if p == "/" {
			lang = r.URL.Query().Get("lang")
			if !validLang(lang) {
				lang = preferredLang(r.Header.Get("Accept-Language"))
			}
		}
		return &ui.Payload{Kind: ui.KindHome, Lang: lang, Stories: s.metas(lang),
			Twin: homePath(otherLang(lang))}, http.StatusOK
	case strings.HasPrefix(p, "/embed/"):
		if pl, ok := s.embedPayload(strings.TrimPrefix(p, "/embed/"), r.URL.Query().Get("lang")); ok {
			return pl, http.StatusOK
		}
	default:
		parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
		if len(parts) == 2 && validLang(parts[0]) {
			if d, ok := s.site.Story(parts[0], parts[1]); ok {
				return s.storyPayload(d), http.StatusOK
			}
		}
	}
	lang := preferredLang(r.Header.Get("Accept-Language"))
	if strings.HasPrefix(p, "/pl/") {
		lang = "pl"
	} else if strings.HasPrefix(p, "/en/") {
		lang = "en"
	}
	return &ui.Payload{Kind: ui.KindNotFound, Lang: lang, Stories: s.metas(lang)}, http.StatusNotFound
}

func (s *Server) storyPayload(d *doc.Document) *ui.Payload {
	pl := &ui.Payload{Kind: ui.KindStory, Lang: d.Meta.Lang, Doc: d}
	if t, ok := s.site.Twin(d); ok {
		pl.Twin = t.Meta.Path()
	}
	var names []string
	for _, b := range d.Widgets() {
		names = append(names, b.Widget)
	}
	s.attachData(pl, names)
	return pl
}

func (s *Server) embedPayload(name, lang string) (*ui.Payload, bool) {
	if _, ok := widgets.Lookup(name); !ok {
		return nil, false
	}
	if !validLang(lang) {
		lang = "en"
	}
	pl := &ui.Payload{Kind: ui.KindEmbed, Lang: lang, Widget: name}
	for _, d := range s.site.Stories {
		if d.Meta.Lang != lang {
			continue
		}
		for _, b := range d.Widgets() {
			if b.Widget == name && pl.Story == "" {
				pl.Story = d.Meta.Path() + "#" + b.ID
			}
		}
	}
	s.attachData(pl, []string{name})
	return pl, true
}

// attachData adds the data of the named widgets, and the sources it
// cites, to the payload.
func (s *Server) attachData(pl *ui.Payload, names []string) {
	decoded := map[string]any{}
	for _, n := range names {
		raw, ok := s.wireData[n]
		if !ok {
			continue
		}
		if pl.Data == nil {
			pl.Data = map[string]json.RawMessage{}
			pl.Sources = map[string]doc.Source{}
		}
		pl.Data[n] = raw
		decoded[n] = s.site.Data[n]
		spec, _ := widgets.Lookup(n)
		for _, id := range spec.Cites(s.site.Data[n]) {
			pl.Sources[id] = s.site.Sources[id]
		}
	}
	pl.SetDecoded(decoded)
}

func (s *Server) metas(lang string) []doc.Meta {
	var out []doc.Meta
	for _, d := range s.site.Stories {
		if d.Meta.Lang == lang && d.Meta.Kind == "" {
			out = append(out, d.Meta)
		}
	}
	return out
}

// preferredLang picks en or pl from an Accept-Language header by quality;
// English when neither is named.
func preferredLang(header string) string {
	type tag struct {
		lang string
		q    float64
	}
	var tags []tag
	for i, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(name)), "-")
		q := 1.0 - float64(i)*1e-6 // keep header order among equal q
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f - float64(i)*1e-6
			}
		}
		if validLang(base) {
			tags = append(tags, tag{base, q})
		}
	}
	sort.SliceStable(tags, func(i, j int) bool { return tags[i].q > tags[j].q })
	if len(tags) > 0 && tags[0].q > 0 {
		return tags[0].lang
	}
	return langs[0]
}
