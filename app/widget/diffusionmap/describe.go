package diffusionmap

import (
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/widget"
)

// Describe says in plain words what the map shows in the state: the live
// region, the no-JS caption and og:description.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil {
		return ""
	}
	w := wordsFor(in.Lang).describe
	parts := []string{fmt.Sprintf(w.intro, d.Rules[s.Rule].Label.Get(in.Lang))}
	rising := ""
	if s.H20 == "restricted" {
		rising = w.rising
	}
	switch s.Rule {
	case "rescinded":
		parts = append(parts, fmt.Sprintf(w.abroad, rising), w.gulf)
	case "in-force":
		parts = append(parts, w.blocked)
	default:
		parts = append(parts, fmt.Sprintf(w.open, rising))
	}
	parts = append(parts, w.home)
	if s.Data {
		parts = append(parts, w.data)
	}
	if s.Tiers {
		parts = append(parts, w.tiers)
	}
	return strings.Join(parts, " ")
}
