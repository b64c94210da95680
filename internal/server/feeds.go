package server

import (
	"encoding/xml"
	"fmt"
	"net/http"

	"github.com/computeatlas/atlas/app/ui"
)

// robots allows everything: embed pages say noindex in their own head,
// and a crawler must be allowed to fetch them to read that, as card and
// oEmbed bots must to read their tags.
func (s *Server) robots(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "User-agent: *\nAllow: /\nSitemap: %s/sitemap.xml\n", s.baseURL)
}

type sitemapURL struct {
	Loc     string        `xml:"loc"`
	LastMod string        `xml:"lastmod,omitempty"`
	Links   []sitemapLink `xml:"xhtml:link"`
}

type sitemapLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// sitemap lists every listed page of the route table, each with its
// translations.
func (s *Server) sitemap(w http.ResponseWriter) {
	var urls []sitemapURL
	for _, p := range ui.Pages(s.lib.Index()) {
		if !p.Listed {
			continue
		}
		u := sitemapURL{Loc: s.abs(p.Path), LastMod: p.Modified}
		for _, a := range p.Alternates {
			u.Links = append(u.Links, sitemapLink{"alternate", a.Lang, s.abs(a.Path)})
		}
		urls = append(urls, u)
	}
	// The feeds, each with its twins in the other languages.
	feeds := s.feedLanguages()
	for _, l := range feeds {
		u := sitemapURL{Loc: s.abs(feedPath(l))}
		for _, o := range feeds {
			u.Links = append(u.Links, sitemapLink{"alternate", o.Code, s.abs(feedPath(o))})
		}
		urls = append(urls, u)
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	fmt.Fprint(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	enc.Encode(struct {
		XMLName xml.Name     `xml:"urlset"`
		NS      string       `xml:"xmlns,attr"`
		XHTML   string       `xml:"xmlns:xhtml,attr"`
		URLs    []sitemapURL `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml", URLs: urls})
}
