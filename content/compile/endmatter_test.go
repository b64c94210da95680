package compile

import "testing"

func TestEndMatter(t *testing.T) {
	runCases(t, "testdata/endmatter.txt", compileCase)
}

func TestLongDate(t *testing.T) {
	for _, tc := range []struct{ lang, date, want string }{
		{"en", "2026-11-30", "30 November 2026"},
		{"pl", "2026-11-30", "30 listopada 2026"},
		{"pl", "2026-09-01", "1 września 2026"},
		{"en", "2026-02-30", "2026-02-30"},
	} {
		if got := testLibrary.words(tc.lang).longDate(tc.date); got != tc.want {
			t.Errorf("longDate(%s, %s) = %q, want %q", tc.lang, tc.date, got, tc.want)
		}
	}
}
