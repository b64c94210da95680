package widget

import (
	"math"
	"strconv"
)

// Picture is a widget's state drawn for its card image (og:image) and its
// picture downloads (SVG, PNG): a few marks in the widget's own
// coordinates (W × H), which the server's renderer (internal/card) scales
// into place. Only the server makes one (Spec.Card); the browser draws
// with SVG and CSS. Colours are CSS hex (#rrggbb).
type Picture struct {
	W, H  float64
	Marks []Mark
	// Key explains each colour and line style the marks use in this
	// state, so a downloaded file carries its own key (on the page the
	// key is HTML beside the picture).
	Key []KeyItem
	// Note is the picture's own credit or caveat (the map's base map, and
	// that its arcs show reported patterns), printed under it in files.
	Note string
}

// Mark is one shape: a filled or stroked SVG path (Path), a rectangle
// (W, H > 0 at X, Y), or a line of text (Text at X, Y: its baseline's
// start, or end when End is set).
type Mark struct {
	Path        string
	X, Y, W, H  float64
	Fill        string
	Stroke      string
	StrokeWidth float64
	// Dash is a stroke's dash length, and the gap after each dash, in
	// the picture's units; 0 draws it solid.
	Dash      float64
	Text      string
	Size      float64
	Bold, End bool
}

// KeyItem is one entry of a picture's key: a swatch of Colour drawn as
// Shape, and its Label.
type KeyItem struct {
	Label, Colour string
	Shape         KeyShape
}

// KeyShape is how a key's swatch is drawn: as the marks it explains.
type KeyShape int

const (
	// KeyBox is a filled square: an area or a bar.
	KeyBox KeyShape = iota
	// KeyLine is a line: a route, or a rule line.
	KeyLine
	// KeyBlocked is a line crossed out: a route that is blocked.
	KeyBlocked
	// KeyRing is a ring: something that stays in place.
	KeyRing
	// KeyDashed is a dashed line: a route less certain than a solid one.
	KeyDashed
)

// Circle is a circle of radius r at (x, y) as path data, a closed run of
// short lines (what the card renderer's path parser reads).
func Circle(x, y, r float64) string {
	const n = 24
	out := ""
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i) / n
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		out += cmd + strconv.FormatFloat(x+r*math.Cos(a), 'f', 1, 64) + " " + strconv.FormatFloat(y+r*math.Sin(a), 'f', 1, 64)
	}
	return out + "Z"
}
