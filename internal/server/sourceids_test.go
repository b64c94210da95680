package server

import (
	"regexp"
	"testing"
)

// shownID matches a fact sheet's source id written as text ("S22 Alston &
// Bird", "S5, S7" in a table cell), not inside an attribute (src-S22).
var shownID = regexp.MustCompile(`[>\s(,\[]S\d+[\s<,)\]]`)

// Readers never meet a source id: a widget names its sources by the
// page's numbers (the story's list, or the embed's own), and a picture
// by publisher.
func TestNoPageShowsASourceID(t *testing.T) {
	eachPage(t, newTestServer(t), func(path, body string) {
		if m := shownID.FindStringIndex(body); m != nil {
			from, to := max(0, m[0]-80), min(len(body), m[1]+20)
			t.Errorf("%s shows a source id: …%s…", path, body[from:to])
		}
	})
}
