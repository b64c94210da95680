//go:build !js

package chipgap

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/widget"
)

// Card draws the chart for the card image: each chip's bar for the
// metric in the state, in its maker's colour, with its name and value,
// and the licence line where the state shows it. Its label names the
// metric.
func Card(in widget.Input) (widget.Picture, string) {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return widget.Picture{}, ""
	}
	const (
		nameW, barW, valueW = 300.0, 560.0, 140.0
		rowH, barH          = 44.0, 24.0
	)
	// The colours of the site's style, light and dark; pale mixes toward
	// the background.
	us, cn, line, track, fg, bg := "#1f4fa8", "#b3261e", "#a35a00", "#e8ecf3", "#1a1d24", "#ffffff"
	if in.Dark {
		us, cn, line, track, fg, bg = "#8fb3ff", "#ff8a80", "#f5b83d", "#1c2230", "#e8ebf1", "#12151c"
	}
	pic := widget.Picture{W: nameW + barW + valueW, H: rowH * float64(len(d.Chips))}
	max := scaleMax(d, s.Metric)
	l := in.Language()
	pic.Key = []widget.KeyItem{{Label: w.Key.US, Colour: us, Shape: widget.KeyBox}, {Label: w.Key.CN, Colour: cn, Shape: widget.KeyBox}}
	paleUsed := false
	for i, c := range d.Chips {
		y := float64(i) * rowH
		pic.Marks = append(pic.Marks,
			widget.Mark{Text: c.Name, X: 0, Y: y + barH - 4, Size: 20, Fill: fg},
			widget.Mark{X: nameW, Y: y + 4, W: barW, H: barH - 8, Fill: track},
		)
		f, ok := c.Figures[s.Metric]
		if !ok || max <= 0 {
			pic.Marks = append(pic.Marks, widget.Mark{Text: w.NoData, X: pic.W, Y: y + barH - 4, Size: 18, Fill: fg, End: true})
			continue
		}
		colour := us
		if !strings.EqualFold(c.Maker, "Nvidia") {
			colour = cn
		}
		// A figure that is not the maker's own is drawn pale with an
		// outline, as the page hatches it: the file keeps the difference.
		bar := widget.Mark{X: nameW, Y: y, W: barW * f.Value / max, H: barH, Fill: colour}
		if f.Basis != Vendor {
			bar.Fill, bar.Stroke, bar.StrokeWidth = pale(colour, bg), colour, 2
			bar.Path = fmt.Sprintf("M%g %gH%gV%gH%gZ", bar.X, bar.Y, bar.X+bar.W, bar.Y+bar.H, bar.X)
			if !paleUsed {
				paleUsed = true
				pic.Key = append(pic.Key, widget.KeyItem{Label: w.Key.Other, Colour: pale(colour, bg), Shape: widget.KeyBox})
			}
		}
		pic.Marks = append(pic.Marks,
			bar,
			widget.Mark{Text: valueText(f, s.Metric, l, w), X: pic.W, Y: y + barH - 4, Size: 20, Bold: true, Fill: fg, End: true},
		)
	}
	if s.Threshold && s.Metric == "tpp" && max > 0 {
		x := nameW + barW*d.Threshold.Value/max
		pic.Marks = append(pic.Marks, widget.Mark{X: x - 1.5, Y: 0, W: 3, H: pic.H, Fill: line})
		pic.Key = append(pic.Key, widget.KeyItem{Label: w.ThresholdLabel, Colour: line, Shape: widget.KeyLine})
	}
	return pic, w.MetricLabel[s.Metric]
}

// pale is colour (#rrggbb) mixed with three parts of bg.
func pale(colour, bg string) string {
	c, err1 := strconv.ParseUint(strings.TrimPrefix(colour, "#"), 16, 32)
	b, err2 := strconv.ParseUint(strings.TrimPrefix(bg, "#"), 16, 32)
	if err1 != nil || err2 != nil {
		return colour
	}
	out := "#"
	for _, shift := range []uint{16, 8, 0} {
		out += fmt.Sprintf("%02x", ((c>>shift)&0xff+3*((b>>shift)&0xff))/4)
	}
	return out
}
