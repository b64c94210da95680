package server

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"net/http"
	"slices"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// An Atom feed (RFC 4287) per language, of its stories: /feed.xml for the
// default language, /<code>/feed.xml for the others (beside each home
// page, so a static host can serve them). An entry's updated is its
// newest date (published, updated, or a correction's), so a reader's feed
// shows a correction as news.

// licenceURL is the licence of our text, data and pictures.
const licenceURL = "https://creativecommons.org/licenses/by/4.0/"

func feedPath(l lang.Language) string { return l.Home() + "feed.xml" }

// feedLanguages are the languages that have stories, and so a feed.
func (s *Server) feedLanguages() []lang.Language {
	var out []lang.Language
	for _, l := range lang.List {
		if len(s.lib.Index().Stories(l.Code)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// feedLanguage is the language whose feed path p is.
func feedLanguage(p string) (lang.Language, bool) {
	for _, l := range lang.List {
		if p == feedPath(l) {
			return l, true
		}
	}
	return lang.Language{}, false
}

type atomLink struct {
	Rel      string `xml:"rel,attr,omitempty"`
	Type     string `xml:"type,attr,omitempty"`
	Hreflang string `xml:"hreflang,attr,omitempty"`
	Href     string `xml:"href,attr"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   string     `xml:"summary"`
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  string      `xml:"author>name"`
	Rights  string      `xml:"rights"`
	Entries []atomEntry `xml:"entry"`
}

// stamp makes a YYYY-MM-DD date an Atom timestamp.
func stamp(day string) string { return day + "T00:00:00Z" }

func (s *Server) feed(w http.ResponseWriter, l lang.Language) {
	_, words := s.lib.Words(l.Code)
	f := atomFeed{
		Lang:   l.Code,
		Title:  words.Name + " · " + words.Tagline,
		ID:     s.abs(feedPath(l)),
		Author: words.Name,
		Rights: words.Licence + " " + licenceURL,
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: s.abs(feedPath(l))},
			{Rel: "alternate", Type: "text/html", Href: s.abs(l.Home())},
		},
	}
	stories := s.lib.Index().Stories(l.Code)
	if len(stories) == 0 {
		http.NotFound(w, nil)
		return
	}
	slices.SortFunc(stories, func(a, b doc.Meta) int { return cmp.Compare(b.Newest(), a.Newest()) })
	for _, m := range stories {
		e := atomEntry{
			Title:     m.Title,
			ID:        s.abs(m.Path()),
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: s.abs(m.Path())}},
			Published: stamp(m.Published),
			Updated:   stamp(m.Newest()),
			Summary:   m.Summary,
		}
		f.Entries = append(f.Entries, e)
		f.Updated = max(f.Updated, e.Updated)
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	fmt.Fprint(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	enc.Encode(f)
}
