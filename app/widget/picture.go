package widget

// Picture is a widget's state drawn for its card image (og:image): a few
// marks in the widget's own coordinates (W × H), which the server's card
// renderer (internal/card) scales into the card. Only the server makes
// one (Spec.Card); the browser draws with SVG and CSS. Colours are CSS
// hex (#rrggbb).
type Picture struct {
	W, H  float64
	Marks []Mark
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
	Text        string
	Size        float64
	Bold, End   bool
}
