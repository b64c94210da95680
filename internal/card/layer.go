package card

import "github.com/computeatlas/atlas/app/widget"

// layer is a run of marks drawn with one placement: each point q of a
// mark lands at (x, y) + q·scale; text sizes are output pixels. A layer
// with a clip (clipW, clipH > 0) draws nothing outside that box at (x, y).
// A card or a figure is a list of layers (its page, then its picture),
// which the PNG and SVG writers draw alike.
type layer struct {
	marks        []widget.Mark
	x, y, scale  float64
	clipW, clipH float64
}

func (l *layer) text(s string, x, y, size float64, bold bool, colour string) {
	l.marks = append(l.marks, widget.Mark{Text: s, X: x, Y: y, Size: size, Bold: bold, Fill: colour})
}

func (l *layer) rect(x, y, w, h float64, colour string) {
	l.marks = append(l.marks, widget.Mark{X: x, Y: y, W: w, H: h, Fill: colour})
}
