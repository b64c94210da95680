package server

import (
	"bytes"
	"html/template"
	"net/url"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// head is everything <head> says about one page. Our server writes the
// whole document: go-app's Handler would hard-code og:type website and
// has no hreflang, article times or per-request data (DESIGN.md), so we
// use go-app only to render the body and to serve its scripts.
type head struct {
	Lang, Title, Description, Canonical, Image string
	Type, Published, Updated, Theme            string
	Alternates                                 []alternate
	Version                                    string
}

type alternate struct{ Lang, Href string }

var documentTemplate = template.Must(template.New("doc").Parse(`<!doctype html>
<html lang="{{.H.Lang}}"{{if .H.Theme}} data-theme="{{.H.Theme}}"{{end}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.H.Title}}</title>
<meta name="description" content="{{.H.Description}}">
<link rel="canonical" href="{{.H.Canonical}}">
{{range .H.Alternates}}<link rel="alternate" hreflang="{{.Lang}}" href="{{.Href}}">
{{end}}<meta property="og:site_name" content="Compute Atlas">
<meta property="og:type" content="{{.H.Type}}">
<meta property="og:title" content="{{.H.Title}}">
<meta property="og:description" content="{{.H.Description}}">
<meta property="og:url" content="{{.H.Canonical}}">
{{if .H.Image}}<meta property="og:image" content="{{.H.Image}}">
{{end}}<meta property="og:locale" content="{{if eq .H.Lang "pl"}}pl_PL{{else}}en_GB{{end}}">
{{if .H.Published}}<meta property="article:published_time" content="{{.H.Published}}">
{{end}}{{if .H.Updated}}<meta property="article:modified_time" content="{{.H.Updated}}">
{{end}}<meta name="twitter:card" content="{{if .H.Image}}summary_large_image{{else}}summary{{end}}">
<meta name="twitter:title" content="{{.H.Title}}">
<meta name="twitter:description" content="{{.H.Description}}">
<meta name="theme-color" content="#1f2a44">
<link rel="icon" href="/web/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="/web/site.css?v={{.H.Version}}">
<script defer src="/web/boot.js?v={{.H.Version}}"></script>
</head>
<body>
{{.Body}}
<script id="` + ui.DataElementID + `" type="application/json">{{.Data}}</script>
<aside id="app-wasm-loader" class="goapp-app-info" aria-hidden="true"><img id="app-wasm-loader-icon" alt="" src="/web/icon.svg" width="1" height="1"><p id="app-wasm-loader-label"></p></aside>
</body>
</html>
`))

// renderDocument renders the page for payload at u into a full HTML
// document.
func (s *Server) renderDocument(pl *ui.Payload, u *url.URL) ([]byte, error) {
	root, err := ui.NewServerPage(pl, u)
	if err != nil {
		return nil, err
	}
	data, err := pl.Wire()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = documentTemplate.Execute(&b, struct {
		H    head
		Body template.HTML
		// Data is JSON from encoding/json, which escapes <, > and &, so
		// it cannot close the script element.
		Data template.JS
	}{s.headFor(pl, u), template.HTML(app.HTMLString(root)), template.JS(data)})
	return b.Bytes(), err
}

func (s *Server) headFor(pl *ui.Payload, u *url.URL) head {
	h := head{Lang: pl.Lang, Type: "website", Version: s.version}
	switch pl.Kind {
	case ui.KindStory:
		m := pl.Doc.Meta
		h.Title = m.Title + " · Compute Atlas"
		h.Description = m.Summary
		h.Canonical = s.abs(m.Path())
		h.Type = "article"
		h.Published, h.Updated = m.Published, m.Updated
		if m.Image != "" {
			h.Image = s.abs(m.Image)
		}
		h.Alternates = append(h.Alternates, alternate{m.Lang, h.Canonical})
		if pl.Twin != "" {
			h.Alternates = append(h.Alternates, alternate{otherLang(m.Lang), s.abs(pl.Twin)})
		}
	case ui.KindHome:
		h.Title = "Compute Atlas"
		h.Description = homeDescription[pl.Lang]
		h.Canonical = s.abs(homePath(pl.Lang))
		h.Alternates = []alternate{{"en", s.abs("/")}, {"pl", s.abs("/pl/")}, {"x-default", s.abs("/")}}
	case ui.KindEmbed:
		spec, _ := widgets.Lookup(pl.Widget)
		h.Title = spec.Title[pl.Lang] + " · Compute Atlas"
		h.Description = spec.Describe(widget.Input{ID: pl.Widget, Lang: pl.Lang, Query: u.Query(), Data: s.site.Data[pl.Widget]})
		h.Canonical = s.abs(u.Path)
		if t := u.Query().Get("theme"); t == "light" || t == "dark" {
			h.Theme = t
		}
	default:
		h.Title = notFoundTitle[pl.Lang] + " · Compute Atlas"
		h.Description = notFoundTitle[pl.Lang]
		h.Canonical = s.abs(u.Path)
	}
	return h
}

var homeDescription = map[string]string{
	"en": "Interactive explainers on US export controls on AI chips, and where AI training moves because of them.",
	"pl": "Interaktywne objaśnienia amerykańskich kontroli eksportu chipów AI i tego, dokąd przez nie przenosi się trening AI.",
}

var notFoundTitle = map[string]string{"en": "Page not found", "pl": "Nie ma takiej strony"}

// abs makes a site path absolute with the public base URL.
func (s *Server) abs(path string) string { return s.baseURL + path }
