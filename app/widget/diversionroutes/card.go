//go:build !js

package diversionroutes

import (
	"regexp"
	"strconv"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// Card draws the state for the card image and the picture files as the
// widget draws it: the region, each shown case's routes in its line
// style, the places, and each case's number on its place. Its label is
// the view.
func Card(in widget.Input) (widget.Picture, string) {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil || d.Geo.Width == 0 {
		return widget.Picture{}, ""
	}
	w := wordsFor(in)
	l := in.Language()
	// The colours of style.css, light and dark.
	sea, land, china, border, fg := "#dce8f5", "#f7f6f2", "#f6ddd5", "#b9c0cc", "#1a1d24"
	colour := map[string]string{"case": "#a35a00", "report": "#a35a00", "rule": "#1f4fa8", "rent": "#6d28d9"}
	on := "#ffffff" // a number's colour on its disc
	if in.Dark {
		on = "#12151c"
		sea, land, china, border, fg = "#141b27", "#2a3140", "#4a2f2b", "#46506a", "#e8ebf1"
		colour = map[string]string{"case": "#f5b83d", "report": "#f5b83d", "rule": "#8fb3ff", "rent": "#c4b5fd"}
	}
	ox, oy := d.Geo.X, d.Geo.Y
	xy := func(p Place) (float64, float64) {
		x, y := p.XY()
		return x - ox, y - oy
	}
	pic := widget.Picture{W: d.Geo.Width, H: d.Geo.Height, Note: w.Credit}
	pic.Marks = append(pic.Marks, widget.Mark{X: 0, Y: 0, W: d.Geo.Width, H: d.Geo.Height, Fill: sea})
	for _, c := range d.Geo.Countries {
		fill := land
		if c.ID == chinaISO {
			fill = china
		}
		pic.Marks = append(pic.Marks, widget.Mark{Path: shift(c.D, -ox, -oy), Fill: fill, Stroke: border, StrokeWidth: 0.8})
	}
	shown := d.Shown(s.Mode, s.Date)
	// The line styles of style.css: reports dashed, renting dotted.
	dash := map[string]float64{"report": 7, "rent": 2.5}
	used := map[string]bool{}
	for _, c := range shown {
		style := c.Kind
		if c.Mode == "rent" {
			style = "rent"
		}
		bow := 0.16 + 0.06*float64(c.N%3)
		for _, r := range c.Routes {
			used[style] = true
			for i := 0; i+1 < len(r); i++ {
				x1, y1 := xy(d.places[r[i]])
				x2, y2 := xy(d.places[r[i+1]])
				path, _, _ := mapframe.Arc(x1, y1, x2, y2, bow)
				pic.Marks = append(pic.Marks, widget.Mark{Path: path, Stroke: colour[style], StrokeWidth: 3, Dash: dash[style]})
			}
		}
	}
	for _, p := range d.Places {
		x, y := xy(p)
		if !p.Region && !p.Edge {
			pic.Marks = append(pic.Marks, widget.Mark{Path: widget.Circle(x, y, 3.5), Fill: fg})
		}
		label := widget.Mark{Text: p.Label.In(l.Code), X: x + 8, Y: y + 5, Size: 13, Bold: !p.Region, Fill: fg}
		switch p.Anchor {
		case "left":
			label.X, label.End = x-8, true
		case "above", "below":
			// Centred by estimate: the card's fonts run about 0.55 em
			// a character.
			label.X = x - 0.55*13*float64(len([]rune(label.Text)))/2
			label.Y = y - 9
			if p.Anchor == "below" {
				label.Y = y + 19
			}
		}
		pic.Marks = append(pic.Marks, label)
		// The numbers sit in a row on the side away from the label.
		side := p.marksSide()
		k := 0
		for _, c := range shown {
			if c.At != p.ID {
				continue
			}
			step := float64(k) * 20
			mx, my := x, y
			switch side {
			case "right":
				mx += 14 + step
			case "left":
				mx -= 14 + step
			case "above":
				mx, my = x+step, y-16
			case "below":
				mx, my = x+step, y+18
			case "edge":
				mx, my = x-14-step, y+24
			}
			n := strconv.Itoa(c.N)
			pic.Marks = append(pic.Marks,
				widget.Mark{Path: widget.Circle(mx, my, 9), Fill: colour[c.Kind]},
				// Centred by hand: about 3.5 units a digit at size 11.
				widget.Mark{Text: n, X: mx - 3.3*float64(len(n)), Y: my + 4, Size: 11, Bold: true, Fill: on},
			)
			k++
		}
	}
	for _, k := range []string{"case", "report", "rent"} {
		if used[k] {
			shape := widget.KeyLine
			if dash[k] > 0 {
				shape = widget.KeyDashed
			}
			pic.Key = append(pic.Key, widget.KeyItem{Label: w.Lines[k], Colour: colour[k], Shape: shape})
		}
	}
	return pic, d.Modes[s.Mode].Label.In(l.Code)
}

// absolute finds a path's absolute moves: the outlines start each ring
// with one and go on in relative steps.
var absolute = regexp.MustCompile(`M(-?[0-9.]+),(-?[0-9.]+)`)

// shift moves a path by (dx, dy): the picture's plane starts at the
// region's corner, the outlines' at the whole map's.
func shift(d string, dx, dy float64) string {
	return absolute.ReplaceAllStringFunc(d, func(m string) string {
		g := absolute.FindStringSubmatch(m)
		x, _ := strconv.ParseFloat(g[1], 64)
		y, _ := strconv.ParseFloat(g[2], 64)
		return "M" + mapframe.Num(mapframe.Round1(x+dx)) + "," + mapframe.Num(mapframe.Round1(y+dy))
	})
}
