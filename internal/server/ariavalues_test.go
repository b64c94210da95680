package server

import (
	"net/http"
	"regexp"
	"testing"

	"github.com/computeatlas/atlas/app/ui"
)

// bareAria matches an aria-* attribute written without a value. go-app
// writes the value "true" that way on the server (DESIGN.md, "go-app
// facts that bite"), and an empty aria-hidden or aria-expanded is read by
// screen readers as not set: the prerendered page, the one readers
// without the wasm get, would say the opposite of the live one.
var bareAria = regexp.MustCompile(`<[a-z][^<>]*\saria-[a-z]+[\s/>]`)

func TestNoPageWritesAnAriaAttributeWithoutAValue(t *testing.T) {
	s := newTestServer(t)
	pages := 0
	for _, p := range ui.Pages(s.lib.Index()) {
		if p.Status != http.StatusOK {
			continue
		}
		pages++
		body := get(t, s, p.Path).Body.String()
		if m := bareAria.FindString(body); m != "" {
			t.Errorf("%s writes an aria attribute without a value: %s", p.Path, m)
		}
	}
	if pages < 10 {
		t.Errorf("checked %d pages", pages)
	}
}
