//go:build !js

package chipgap

import (
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
	us, cn, line, track, fg := "#1f4fa8", "#b3261e", "#a35a00", "#e8ecf3", "#1a1d24"
	pic := widget.Picture{W: nameW + barW + valueW, H: rowH * float64(len(d.Chips))}
	max := scaleMax(d, s.Metric)
	l := in.Language()
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
		pic.Marks = append(pic.Marks,
			widget.Mark{X: nameW, Y: y, W: barW * f.Value / max, H: barH, Fill: colour},
			widget.Mark{Text: figureText(f, l), X: pic.W, Y: y + barH - 4, Size: 20, Bold: true, Fill: fg, End: true},
		)
	}
	if s.Threshold && s.Metric == "tpp" && max > 0 {
		x := nameW + barW*d.Threshold.Value/max
		pic.Marks = append(pic.Marks, widget.Mark{X: x - 1.5, Y: 0, W: 3, H: pic.H, Fill: line})
	}
	return pic, w.MetricLabel[s.Metric]
}
