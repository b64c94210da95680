package server

import (
	"net/http"
	"testing"

	"github.com/computeatlas/atlas/app/ui"
)

// eachPage calls check with the path and HTML of every page the site
// lists as 200 OK, and fails if there are too few for a check to mean
// anything.
func eachPage(t *testing.T, s *Server, check func(path, body string)) {
	t.Helper()
	pages := 0
	for _, p := range ui.Pages(s.lib.Index()) {
		if p.Status != http.StatusOK {
			continue
		}
		pages++
		check(p.Path, get(t, s, p.Path).Body.String())
	}
	if pages < 10 {
		t.Errorf("checked %d pages", pages)
	}
}
