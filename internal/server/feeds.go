package server

import (
	"encoding/xml"
	"fmt"
	"net/http"
)

func (s *Server) robots(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "User-agent: *\nAllow: /\nDisallow: /embed/\nSitemap: %s/sitemap.xml\n", s.baseURL)
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

// sitemap lists the home page and every story, each with its translation.
func (s *Server) sitemap(w http.ResponseWriter) {
	home := []sitemapLink{{"alternate", "en", s.abs("/")}, {"alternate", "pl", s.abs("/pl/")}}
	urls := []sitemapURL{{Loc: s.abs("/"), Links: home}, {Loc: s.abs("/pl/"), Links: home}}
	for _, d := range s.site.Stories {
		u := sitemapURL{Loc: s.abs(d.Meta.Path()), LastMod: d.Meta.Updated}
		if u.LastMod == "" {
			u.LastMod = d.Meta.Published
		}
		u.Links = append(u.Links, sitemapLink{"alternate", d.Meta.Lang, u.Loc})
		if t, ok := s.site.Twin(d); ok {
			u.Links = append(u.Links, sitemapLink{"alternate", t.Meta.Lang, s.abs(t.Meta.Path())})
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
