//go:build !js

package ui

import (
	"net/url"
	"testing"

	"github.com/computeatlas/atlas/app/doc"
)

func TestCanonical(t *testing.T) {
	story := &Payload{Kind: KindStory, Doc: &doc.Document{Blocks: []doc.Block{
		{ID: "chip-gap", Widget: "chip-gap", Params: map[string]string{"metric": "tpp"}},
		{ID: "p1", HTML: "<p></p>"},
	}}}
	embed := &Payload{Kind: KindEmbed, Widget: "chip-gap"}
	cases := []struct {
		name  string
		pl    *Payload
		query string
		want  string
		ok    bool
	}{
		{"story default", story, "", "", true},
		{"story state", story, "chip-gap.metric=memory&utm_source=x&fbclid=1", "chip-gap.metric=memory", true},
		{"last value", story, "chip-gap.metric=tflops&chip-gap.metric=memory", "chip-gap.metric=memory", true},
		{"another widget's key", story, "diffusion-map.rule=before&metric=memory", "", true},
		{"bad value", story, "chip-gap.metric=foo", "chip-gap.metric=foo", false},
		{"embed", embed, "metric=memory&lang=pl&theme=dark&initialWidth=300&childId=x", "lang=pl&metric=memory&theme=dark", true},
		{"embed bad lang", embed, "lang=xx", "lang=xx", false},
		{"embed prefixed key", embed, "chip-gap.metric=memory", "", true},
	}
	for _, c := range cases {
		q, _ := url.ParseQuery(c.query)
		got, ok := Canonical(c.pl, q)
		if got.Encode() != c.want || ok != c.ok {
			t.Errorf("%s: Canonical(%q) = %q, %v; want %q, %v", c.name, c.query, got.Encode(), ok, c.want, c.ok)
		}
	}
}
