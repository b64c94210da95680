package server

import (
	"strings"
	"testing"
)

// No page writes a no-break space as the text \u00a0: go-app's attribute
// quoting does, and bodyHTML repairs it (Polish labels carry them).
func TestNoPageWritesAnEscapedNoBreakSpace(t *testing.T) {
	s := newTestServer(t)
	polish := 0
	eachPage(t, s, func(path, body string) {
		if strings.HasPrefix(path, "/pl/") {
			polish += strings.Count(body, "\u00a0")
		}
		if i := strings.Index(body, `\u00a0`); i >= 0 {
			t.Errorf("%s: an escaped no-break space: …%s…", path, body[max(0, i-60):min(len(body), i+20)])
		}
	})
	if polish == 0 {
		t.Error("no no-break space on any Polish page: nothing was checked")
	}
}
