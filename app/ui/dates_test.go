package ui

import "testing"

func TestDate(t *testing.T) {
	cases := map[[2]string]string{
		{"2025-05-13", "en"}: "13 May 2025",
		{"2025-05-13", "pl"}: "13 maja 2025",
		{"2026-11-29", "pl"}: "29 listopada 2026",
		{"2025-13-01", "en"}: "2025-13-01",
		{"soon", "en"}:       "soon",
	}
	for in, want := range cases {
		if got := date(in[0], in[1]); got != want {
			t.Errorf("date(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}
