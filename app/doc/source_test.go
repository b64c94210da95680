package doc

import "testing"

func TestLinkHost(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.reuters.com/a":   "reuters.com",
		"https://WWW.BIS.gov:443/x":   "bis.gov",
		"https://cyfrowa.rp.pl/a?b=c": "cyfrowa.rp.pl",
		"https://www2.x.org":          "www2.x.org",
		"not a url":                   "not a url",
	} {
		if got := (Source{URL: in}).LinkHost(); got != want {
			t.Errorf("LinkHost of %q = %q, want %q", in, got, want)
		}
	}
}
