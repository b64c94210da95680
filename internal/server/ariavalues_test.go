package server

import (
	"regexp"
	"testing"
)

// bareAria matches an aria-* attribute written without a value. go-app
// writes the value "true" that way on the server (DESIGN.md, "go-app
// facts that bite"), and an empty aria-hidden or aria-expanded is read by
// screen readers as not set: the prerendered page, the one readers
// without the wasm get, would say the opposite of the live one.
var bareAria = regexp.MustCompile(`<[a-z][^<>]*\saria-[a-z]+[\s/>]`)

func TestNoPageWritesAnAriaAttributeWithoutAValue(t *testing.T) {
	eachPage(t, newTestServer(t), func(path, body string) {
		if m := bareAria.FindString(body); m != "" {
			t.Errorf("%s writes an aria attribute without a value: %s", path, m)
		}
	})
}
