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
	w := wordsFor(in).Describe
	parts := []string{fmt.Sprintf(w.Intro, d.Rules[s.Rule].Label.In(in.Lang))}
	rising := ""
	if s.H20 == "restricted" {
		rising = w.Rising
	}
	switch s.Rule {
	case "rescinded":
		parts = append(parts, fmt.Sprintf(w.Abroad, rising), w.Gulf)
	case "in-force":
		parts = append(parts, w.Blocked)
	default:
		parts = append(parts, fmt.Sprintf(w.Open, rising))
	}
	// Flows a later source added, briefly: the narration and the table
	// say the rest (this text is also the map's visible caption).
	for _, f := range d.Flows {
		if f.Since != "" && flowStatus(f, s) != "none" {
			to, _ := d.Place(f.To)
			parts = append(parts, f.Who.In(in.Lang)+" → "+to.Label.In(in.Lang)+" ("+wordsFor(in).Status[flowStatus(f, s)]+").")
		}
	}
	parts = append(parts, w.Home)
	if s.Data {
		parts = append(parts, w.Data)
	}
	if s.Tiers {
		parts = append(parts, w.Tiers)
	}
	return strings.Join(parts, " ")
}
