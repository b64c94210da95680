package chipgap

import (
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

// Describe says in plain words what the chart shows in the state in in:
// the screen-reader live region, the no-JS caption and og:description.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil || len(d.Chips) == 0 {
		return ""
	}
	w := wordsFor(in)
	dw := w.Describe
	var with, without []Chip
	for _, c := range d.Chips {
		if _, ok := c.Figures[s.Metric]; ok {
			with = append(with, c)
		} else {
			without = append(without, c)
		}
	}
	parts := []string{fmt.Sprintf(dw.Chart, w.MetricLabel[s.Metric], len(d.Chips))}
	if len(with) > 0 {
		hi, lo := with[0], with[0]
		for _, c := range with {
			if c.Figures[s.Metric].Value > hi.Figures[s.Metric].Value {
				hi = c
			}
			if c.Figures[s.Metric].Value < lo.Figures[s.Metric].Value {
				lo = c
			}
		}
		parts = append(parts,
			fmt.Sprintf(dw.Highest, hi.Name, describeFigure(hi.Figures[s.Metric], s.Metric, in.Language(), w)),
			fmt.Sprintf(dw.Lowest, lo.Name, describeFigure(lo.Figures[s.Metric], s.Metric, in.Language(), w)))
	}
	if s.Threshold && s.Metric == "tpp" {
		var below []string
		for _, c := range with {
			if c.Figures["tpp"].Value < d.Threshold.Value {
				below = append(below, c.Name)
			}
		}
		parts = append(parts, fmt.Sprintf(dw.Below, strings.Join(below, ", ")))
	}
	if len(without) > 0 {
		var names []string
		for _, c := range without {
			names = append(names, c.Name)
		}
		parts = append(parts, fmt.Sprintf(dw.Missing, strings.Join(names, ", ")))
	}
	return strings.Join(parts, " ")
}

func describeFigure(f Figure, metric string, l lang.Language, w *text) string {
	s := valueText(f, metric, l, w)
	if f.Basis != Vendor {
		s += " (" + w.Basis[f.Basis] + ")"
	}
	return s
}
