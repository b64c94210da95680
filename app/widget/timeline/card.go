//go:build !js

package timeline

import (
	"strconv"

	"github.com/computeatlas/atlas/app/widget"
)

// Card draws the axis for the card image and the picture downloads:
// each event a dot in its kind's colour at its date, the chosen one
// large and named, the years below. Its label is the event's date and
// label.
func Card(in widget.Input) (widget.Picture, string) {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil || len(d.Events) == 0 {
		return widget.Picture{}, ""
	}
	l := in.Language()
	fg, rule, muted := "#1a1d24", "#9aa3b2", "#4b5563"
	colours := map[string]string{"rule": "#1f4fa8", "china": "#b3261e", "enforcement": "#a35a00"}
	if in.Dark {
		fg, rule, muted = "#e8ebf1", "#5b6476", "#aab2c2"
		colours = map[string]string{"rule": "#8fb3ff", "china": "#ff8a80", "enforcement": "#f5b83d"}
	}
	const width, height, line = 1000.0, 220.0, 110.0
	start, end := day(d.Events[0].Date), day(d.AsOf)
	if end <= start {
		end = start + 1
	}
	x := func(date string) float64 { return 20 + (width-40)*float64(day(date)-start)/float64(end-start) }
	pic := widget.Picture{W: width, H: height}
	pic.Marks = append(pic.Marks, widget.Mark{X: 20, Y: line - 1.5, W: width - 40, H: 3, Fill: rule})
	for y := year(d.Events[0].Date) + 1; y <= year(d.AsOf); y++ {
		yx := x(strconv.Itoa(y) + "-01-01")
		pic.Marks = append(pic.Marks,
			widget.Mark{X: yx - 1, Y: line - 10, W: 2, H: 20, Fill: rule},
			widget.Mark{Text: strconv.Itoa(y), X: yx - 22, Y: line + 44, Size: 18, Fill: muted},
		)
	}
	on := d.at(s.Date)
	for i, e := range d.Events {
		r := 7.0
		if i == on {
			r = 14
		}
		pic.Marks = append(pic.Marks, widget.Mark{Path: widget.Circle(x(e.Date), line, r), Fill: colours[e.Kind]})
	}
	e := d.Events[on]
	tx, end2 := x(e.Date), false
	if tx > width*0.6 {
		end2 = true
	}
	pic.Marks = append(pic.Marks, widget.Mark{Text: e.Label.In(l.Code), X: tx, Y: line - 34, Size: 22, Bold: true, Fill: fg, End: end2})
	for _, k := range kinds {
		pic.Key = append(pic.Key, widget.KeyItem{Label: w.Kinds[k], Colour: colours[k], Shape: widget.KeyBox})
	}
	return pic, l.Date(e.Date) + ": " + e.Label.In(l.Code)
}
