package server

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/url"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/content/compile"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Our server writes the whole document: go-app's Handler would hard-code
// og:type website and has no hreflang, article times or per-request data
// (docs/decisions.md), so we use go-app only to render the body and to
// serve its scripts. What the head says comes from the page's kind
// (ui.Head); this template only lays it out, with absolute addresses.
var documentTemplate = template.Must(template.New("doc").Funcs(template.FuncMap{
	"locale": func(code string) string { return lang.Or(code).Locale },
}).Parse(`<!doctype html>
<html lang="{{.H.Lang}}"{{if .H.Theme}} data-theme="{{.H.Theme}}"{{end}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.H.Title}}</title>
<meta name="description" content="{{.H.Description}}">
{{if .H.Framed}}<meta name="robots" content="noindex">
{{end}}<link rel="canonical" href="{{.Abs .H.Canonical}}">
<link rel="alternate" type="application/atom+xml" href="{{.Abs .Feed}}" title="{{.Site}}">
{{if .OEmbed}}<link rel="alternate" type="application/json+oembed" href="{{.OEmbed}}" title="{{.H.Title}}">
{{end}}{{range .H.Alternates}}<link rel="alternate" hreflang="{{.Lang}}" href="{{$.Abs .Path}}">
{{end}}<meta property="og:site_name" content="{{.Site}}">
<meta property="og:type" content="{{.H.Type}}">
<meta property="og:title" content="{{.H.Title}}">
<meta property="og:description" content="{{.H.Description}}">
<meta property="og:url" content="{{.Abs .H.Canonical}}">
{{if .H.Image}}<meta property="og:image" content="{{.Abs .H.Image}}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="{{.ImageAlt}}">
<meta name="twitter:image:alt" content="{{.ImageAlt}}">
{{end}}<meta property="og:locale" content="{{locale .H.Lang}}">
{{if .H.Published}}<meta property="article:published_time" content="{{.H.Published}}">
{{end}}{{if .H.Updated}}<meta property="article:modified_time" content="{{.H.Updated}}">
{{end}}<meta name="twitter:card" content="{{if .H.Image}}summary_large_image{{else}}summary{{end}}">
<meta name="twitter:title" content="{{.H.Title}}">
<meta name="twitter:description" content="{{.H.Description}}">
<meta name="theme-color" content="#1f2a44">
<link rel="icon" href="/web/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" href="{{.Stylesheet}}">
{{range .Fonts}}<link rel="preload" href="{{.}}" as="font" type="font/woff2" crossorigin>
{{end}}{{if not .H.Framed}}<script src="{{.Theme}}"></script>
{{end}}{{if .JSONLD}}<script type="application/ld+json">{{.JSONLD}}</script>
{{end}}
<script defer src="{{.Boot}}"{{if .Live}} data-wasm="{{.Wasm}}" data-exec="{{.Exec}}" data-goapp-env="{{.GoAppEnv}}"{{end}}{{if .H.Framed}} data-embed{{else}} data-version="{{.Version}}" data-worker="/app-worker.js"{{end}}{{if .Static}} data-static{{end}}{{if .LangPages}} data-lang-pages="{{.LangPages}}"{{end}}></script>
</head>
<body>
{{.Body}}
{{if not .H.Framed}}<div class="update-notice" id="update-notice" role="status"><div class="update-notice-box" hidden><p>{{.Notice.Updated}}</p><button type="button" class="update-reload">{{.Notice.Reload}}</button><button type="button" class="update-dismiss" aria-label="{{.Notice.Dismiss}}">×</button></div></div>
{{end}}{{if .Live}}<script id="` + ui.DataElementID + `" type="application/json">{{.Data}}</script>
{{end}}
</body>
</html>
`))

// documentData is what the template lays out.
type documentData struct {
	H    ui.Head
	Site string
	Body template.HTML
	// Data is JSON from encoding/json, which escapes <, > and &, so it
	// cannot close the script element.
	Data template.JS
	// Stylesheet, Boot, Wasm and Exec (Go's wasm_exec.js) are
	// fingerprinted: immutable, and new with their own bytes only.
	Stylesheet, Boot, Wasm, Exec string
	// Fonts are the stylesheet's font files (fingerprinted), preloaded.
	Fonts []string
	// Theme is web/theme.js, the one script that runs before the body
	// is drawn (our pages, not embeds).
	Theme string
	// JSONLD is the page's structured data (schema.org), JSON from
	// encoding/json, which escapes <, > and &.
	JSONLD template.JS
	// ImageAlt is the card image's text: the state's Describe.
	ImageAlt string
	// Feed is the page language's Atom feed (a path).
	Feed string
	// Live is whether the page has widgets, the only part of a page the
	// wasm makes live: boot.js needs the wasm's addresses only then.
	Live bool
	// OEmbed is the page's oEmbed discovery address, if it has a widget
	// to embed.
	OEmbed string
	// GoAppEnv is go-app's environment (JSON), which its app.js would
	// carry; boot.js hands it to the engine.
	GoAppEnv string
	// Version is the site's version (Server.version, the content hash),
	// which boot.js compares with /version.json's to tell the reader
	// that a newer one is out (our pages, not embeds).
	Version string
	// Notice is the words of that notice, which the template writes
	// outside div#atlas (go-app's takeover replaces div#atlas), hidden
	// until boot.js shows it: without JavaScript it never shows.
	Notice compile.DocumentWords
	// Static marks the export's pages, which a static host serves for
	// every query; LangPages are their other languages' addresses
	// (exportlang.go), for boot.js.
	Static    bool
	LangPages string
	base      string
}

// Abs makes a site path absolute with the public base URL.
func (d documentData) Abs(path string) string { return d.base + path }

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
	_, words := s.lib.Words(pl.Lang)
	head := ui.HeadOf(root)
	var alt string
	head.Image, alt = s.cardOf(pl, u, head.Description)
	var b bytes.Buffer
	doc := documentData{
		H:          head,
		ImageAlt:   alt,
		JSONLD:     template.JS(s.structuredData(pl, head, words.Name)),
		Site:       words.Name,
		Body:       template.HTML(bodyHTML(root)),
		Data:       template.JS(data),
		Stylesheet: s.static.url(stylesheet),
		Boot:       s.static.url("boot.js"),
		Theme:      s.static.url("theme.js"),
		Fonts:      s.fonts,
		Wasm:       s.static.url("app.wasm"),
		Exec:       s.static.url(wasmExec),
		GoAppEnv:   s.goappEnv,
		OEmbed:     s.oembedLink(pl, u),
		Live:       len(pl.Data) > 0,
		Feed:       feedPath(lang.Or(pl.Lang)),
		Static:     s.exporting,
		Version:    s.version,
		Notice:     s.lib.Document(pl.Lang),
		base:       s.baseURL,
	}
	if s.exporting {
		doc.LangPages = langPages(pl.Kind, u.Path)
	}
	err = documentTemplate.Execute(&b, doc)
	return b.Bytes(), err
}

// structuredData is a story's schema.org NewsArticle (JSON-LD): what
// search engines and newsroom tools read for its dates, publisher,
// language and licence. Other pages have none.
func (s *Server) structuredData(pl *ui.Payload, h ui.Head, publisher string) string {
	if items := ui.GalleryItems(pl); len(items) > 0 {
		return s.galleryData(pl, h, items, publisher)
	}
	if pl.Kind != ui.KindStory || pl.Doc == nil || pl.Doc.Meta.Kind != "" {
		return ""
	}
	m := pl.Doc.Meta
	org := map[string]any{"@type": "NewsMediaOrganization", "name": publisher, "url": s.abs("/")}
	article := map[string]any{
		"@context":            "https://schema.org",
		"@type":               "NewsArticle",
		"headline":            m.Title,
		"description":         m.Summary,
		"inLanguage":          lang.Or(m.Lang).Code,
		"url":                 s.abs(m.Path()),
		"mainEntityOfPage":    s.abs(m.Path()),
		"datePublished":       m.Published,
		"dateModified":        m.Newest(),
		"author":              org,
		"publisher":           org,
		"license":             licenceURL,
		"isAccessibleForFree": true,
	}
	if h.Image != "" {
		article["image"] = s.abs(h.Image)
	}
	b, err := json.Marshal(article)
	if err != nil {
		return ""
	}
	return string(b)
}

// galleryData describes each widget of the gallery as a schema.org
// Dataset: its finding, what it shows, its licence, the sources its data
// rests on, and its CSV download.
func (s *Server) galleryData(pl *ui.Payload, h ui.Head, items []ui.GalleryItem, publisher string) string {
	org := map[string]any{"@type": "NewsMediaOrganization", "name": publisher, "url": s.abs("/")}
	var sets []any
	for _, it := range items {
		var sources []string
		if spec, ok := widgets.Lookup(it.Name); ok && spec.Cites != nil {
			seen := map[string]bool{}
			for _, id := range spec.Cites(s.lib.site.Data[it.Name]) {
				if src, ok := s.lib.site.Sources[id]; ok && src.URL != "" && !seen[src.URL] {
					seen[src.URL] = true
					sources = append(sources, src.URL)
				}
			}
		}
		sets = append(sets, map[string]any{
			"@type":               "Dataset",
			"name":                it.Title,
			"description":         it.Summary,
			"url":                 s.abs(h.Canonical + "#" + it.Name),
			"inLanguage":          lang.Or(pl.Lang).Code,
			"license":             licenceURL,
			"isAccessibleForFree": true,
			"creator":             org,
			"citation":            sources,
			"distribution": []any{map[string]any{
				"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": s.abs(widget.DataPath(it.Name)),
			}},
		})
	}
	b, err := json.Marshal(map[string]any{"@context": "https://schema.org", "@graph": sets})
	if err != nil {
		return ""
	}
	return string(b)
}

// oembedLink is the oEmbed address of the page at u (its canonical
// query), or "" for a page without a widget to embed.
func (s *Server) oembedLink(pl *ui.Payload, u *url.URL) string {
	if _, ok := ui.LeadOf(pl, u.Query()); !ok {
		return ""
	}
	if s.exporting {
		return s.baseURL + oembedFile(u.Path)
	}
	page := s.baseURL + u.Path
	if q := ui.WithoutHostParams(u.Query()).Encode(); q != "" {
		page += "?" + q
	}
	return s.baseURL + "/oembed?" + url.Values{"url": {page}, "format": {"json"}}.Encode()
}

// oembedFile is where the static export keeps the oEmbed answer for the
// page at path (its default state): /oembed/en/where-training-moves.json,
// /oembed/index.json for "/".
func oembedFile(path string) string {
	p := strings.Trim(path, "/")
	if p == "" {
		p = "index"
	}
	return "/oembed/" + p + ".json"
}

// abs makes a site path absolute with the public base URL.
func (s *Server) abs(path string) string { return s.baseURL + path }

// bodyHTML is the page's body as go-app writes it, with one repair: go-app
// quotes attribute values with strconv.Quote, which writes a no-break
// space (Polish text keeps one-letter words with the next by one) as the
// six characters \u00a0, which HTML does not unescape: an aria-label
// would read "o\u00a0firmach". Quote writes nothing else that way for our
// text, and text nodes never contain it, so the sequence goes back to
// the character everywhere.
func bodyHTML(root app.UI) string {
	return strings.ReplaceAll(app.HTMLString(root), `\u00a0`, "\u00a0")
}
