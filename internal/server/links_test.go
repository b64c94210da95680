package server

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/ui"
)

var hrefRe = regexp.MustCompile(`(?:href|src)="(/[^"]*)"`)

// Every address a page of the site links or loads on our origin
// answers 200: the footer's about and licence pages, the gallery's
// states, the downloads, the cards, the embeds.
func TestEveryInternalLinkResolves(t *testing.T) {
	s := newTestServer(t)
	checked := map[string]bool{}
	var pages []string
	for _, p := range ui.Pages(s.lib.Index()) {
		if p.Status == http.StatusOK {
			pages = append(pages, p.Path)
		}
	}
	sort.Strings(pages)
	for _, page := range pages {
		body := get(t, s, page).Body.String()
		for _, m := range hrefRe.FindAllStringSubmatch(body, -1) {
			target := html.UnescapeString(m[1])
			if strings.HasPrefix(target, "//") {
				continue
			}
			u, err := url.Parse(target)
			if err != nil {
				t.Errorf("%s links %q: %v", page, target, err)
				continue
			}
			u.Fragment = ""
			key := u.String()
			if checked[key] {
				continue
			}
			checked[key] = true
			if rec := get(t, s, key); rec.Code != http.StatusOK {
				t.Errorf("%s links %s: %d", page, key, rec.Code)
			}
		}
	}
	if len(checked) < 50 {
		t.Errorf("only %d addresses linked: is the pattern still right?", len(checked))
	}
}
