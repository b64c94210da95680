//go:build !js

package ui

import (
	"net/url"
	"testing"
)

func TestCardPathRoundTrips(t *testing.T) {
	for _, c := range []struct {
		path  string
		state url.Values
		want  string
	}{
		{"/", nil, "/card/index.png"},
		{"/pl/", nil, "/card/pl/index.png"},
		{"/en/where-training-moves", nil, "/card/en/where-training-moves.png"},
		{"/embed/diffusion-map", url.Values{"rule": {"in-force"}, "tiers": {"on"}}, "/card/embed/diffusion-map/rule=in-force,tiers=on.png"},
		{"/embed/timeline", url.Values{"date": {"2025-01-13"}, "lang": {"pl"}}, "/card/embed/timeline/date=2025-01-13,lang=pl.png"},
		{"/pl/", url.Values{"lang": {"pl"}}, "/card/pl/index/lang=pl.png"},
	} {
		got := CardPath(c.path, c.state)
		if got != c.want {
			t.Errorf("CardPath(%q, %v) = %q, want %q", c.path, c.state, got, c.want)
		}
		path, state, ok := PageOfCardPath(got)
		if !ok || path != c.path || state.Encode() != c.state.Encode() {
			t.Errorf("PageOfCardPath(%q) = %q %v %v, want %q %v", got, path, state, ok, c.path, c.state)
		}
	}
	for _, bad := range []string{"/card", "/card/x.jpg", "/cards/x.png", "/card.png", "/card/embed/x/rule=%zz.png", "x/card/a.png"} {
		if p, st, ok := PageOfCardPath(bad); ok {
			t.Errorf("PageOfCardPath(%q) = %q %v, want no card", bad, p, st)
		}
	}
}
