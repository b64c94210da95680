//go:build !js

package diffusionmap

import (
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/widget"
)

// Card draws the map for the card image as the widget draws it in the
// state: the countries (by tier when tiers are on), each flow in its
// state's colour and weight (blocked routes grey and crossed out), the
// places and their names. Its label names the rule's state.
func Card(in widget.Input) (widget.Picture, string) {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil || d.Geo.Width == 0 {
		return widget.Picture{}, ""
	}
	// The colours of style.css, light and dark.
	sea, land, border := "#eef2f9", "#dfe3ea", "#ffffff"
	flowC, cloud, grey := "#c2410c", "#6d28d9", "#6b7280"
	home, data, fg := "#b3261e", "#0f766e", "#1a1d24"
	tiers := map[string]string{"dm-tier1": "#7aa2e3", "dm-tier2": "#f2c14e", "dm-tier3": "#e07a6a"}
	if in.Dark {
		sea, land, border = "#1c2230", "#2a3140", "#12151c"
		flowC, cloud, grey = "#fb923c", "#c4b5fd", "#9ca3af"
		home, data, fg = "#ff8a80", "#5eead4", "#e8ebf1"
		tiers = map[string]string{"dm-tier1": "#3b5b94", "dm-tier2": "#8a6d1f", "dm-tier3": "#8f3b31"}
	}
	w := wordsFor(in)
	pic := widget.Picture{W: d.Geo.Width, H: d.Geo.Height, Note: w.Credit}
	// used collects the key's entries in the order the flows first use them.
	used := map[string]bool{}
	use := func(id, label, colour string, shape widget.KeyShape) {
		if !used[id] {
			used[id] = true
			pic.Key = append(pic.Key, widget.KeyItem{Label: label, Colour: colour, Shape: shape})
		}
	}
	pic.Marks = append(pic.Marks, widget.Mark{X: 0, Y: 0, W: d.Geo.Width, H: d.Geo.Height, Fill: sea})
	for _, c := range d.Geo.Countries {
		fill := land
		if t, ok := tiers[d.tierOf[c.ID]]; ok && s.Tiers {
			fill = t
		}
		pic.Marks = append(pic.Marks, widget.Mark{Path: c.D, Fill: fill, Stroke: border, StrokeWidth: 0.8})
	}
	for _, f := range d.Flows {
		st := flowStatus(f, s)
		if st == "none" || st == "" {
			continue
		}
		from, _ := d.Place(f.From)
		to, _ := d.Place(f.To)
		x1, y1 := from.XY()
		width := 3.0
		if (st == "open" || st == "reported") && s.H20 == "restricted" {
			width = 6
		}
		colour := flowC
		switch {
		case st == "blocked":
			colour = grey
			use("blocked", w.Key.Blocked, grey, widget.KeyBlocked)
		case f.Kind == "cloud" || st == "expansion":
			colour = cloud
			use("cloud", w.Key.Cloud, cloud, widget.KeyLine)
		case f.Kind == "home":
			colour = home
			use("home", w.Key.Home, home, widget.KeyRing)
		case f.Kind == "data":
			colour = data
			use("data", w.Key.Data, data, widget.KeyRing)
		default:
			use("abroad", w.Key.Abroad, flowC, widget.KeyLine)
		}
		if f.Kind == "home" || f.Kind == "data" {
			r := 14.0
			if f.Kind == "data" {
				r = 24
			}
			pic.Marks = append(pic.Marks, widget.Mark{Path: widget.Circle(x1, y1, r), Stroke: colour, StrokeWidth: 3})
			continue
		}
		x2, y2 := to.XY()
		path, mx, my := f.arc(x1, y1, x2, y2)
		pic.Marks = append(pic.Marks, widget.Mark{Path: path, Stroke: colour, StrokeWidth: width})
		if st == "blocked" {
			pic.Marks = append(pic.Marks, widget.Mark{
				Path:   fmt.Sprintf("M%s %sl16 16m0 -16l-16 16", num(mx-8), num(my-8)),
				Stroke: grey, StrokeWidth: 4,
			})
		}
	}
	for _, p := range d.Places {
		x, y := p.XY()
		dot := fg
		if p.Kind == "home" {
			dot = home
		}
		pic.Marks = append(pic.Marks, widget.Mark{Path: widget.Circle(x, y, 4), Fill: dot})
		end := p.Anchor == "left"
		dx := 10.0
		if end {
			dx = -10
		}
		pic.Marks = append(pic.Marks, widget.Mark{Text: p.Label.In(in.Lang), X: x + dx, Y: y + 6, Size: 18, Bold: true, Fill: fg, End: end})
	}
	if s.Tiers {
		for i, tier := range []string{"dm-tier1", "dm-tier2", "dm-tier3"} {
			pic.Key = append(pic.Key, widget.KeyItem{Label: tierName(w.TierLegend[i]), Colour: tiers[tier], Shape: widget.KeyBox})
		}
	}
	label := d.Rules[s.Rule].Label.In(in.Lang)
	if s.Tiers {
		// Two states of one rule, told apart (the gallery lists both).
		label += " · " + w.Tiers
	}
	return pic, label
}

// tierName is the short form of a tier's legend line: up to its first
// semicolon or bracket ("Tier 2: capped").
func tierName(legend string) string {
	if i := strings.IndexAny(legend, ";("); i > 0 {
		legend = legend[:i]
	}
	return strings.TrimSpace(legend)
}
