package lang

import "testing"

// FuzzPreferred: any Accept-Language header gives one of the site's
// languages, and a header that names none of them gives the default.
func FuzzPreferred(f *testing.F) {
	for _, h := range []string{"", "pl", "pl-PL,pl;q=0.9,en;q=0.8", "en;q=0, pl;q=0.1", "*", "de, fr;q=abc", ";;;,,,q=", "PL;Q=1.0"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, header string) {
		got := Preferred(header)
		if !Valid(got.Code) {
			t.Fatalf("Preferred(%q) = %q, not a language of the site", header, got.Code)
		}
	})
}
