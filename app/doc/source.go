package doc

import (
	"net/url"
	"strings"
)

// Source is one entry of content/data/sources.json: what a figure or a
// claim rests on. Widgets and citations refer to sources by ID.
type Source struct {
	ID        string `json:"id"`
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Lang      string `json:"lang"`
	// Original is false when the site links a copy or relay of the
	// original report (the fact sheet says which).
	Original bool `json:"original"`
}

// LinkHost is how a link to the source reads in a source list: its host
// without "www." (the story's end matter and an embed's own list).
func (s Source) LinkHost() string {
	u, err := url.Parse(s.URL)
	if err != nil || u.Hostname() == "" {
		return s.URL
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
