package card

import (
	"math"

	"github.com/computeatlas/atlas/app/widget"
)

// Figure is a widget's picture for download: the state as the widget
// draws it, with everything a reader needs once the file has left the
// page (on the page these are HTML around the picture): the title, the
// state's label, the key, the picture's own note, the sources, and the
// credit with the licence and the address of the view. The same layout
// is written as SVG (text stays text) and as PNG.
type Figure struct {
	Site, Title, Label string
	Picture            *widget.Picture
	// Sources is the source line ("Sources: S5 Reuters, …").
	Sources string
	// Credit is the publication, the licence and the view's address.
	Credit string
	// Describe is the state's plain-language text: the SVG's description.
	Describe string
	Dark     bool
}

// FigureWidth is a figure's width in CSS pixels; its height follows
// from what it holds. PNGs are drawn at twice that (FigureZoom), sharp on
// slides and high-density screens.
const (
	FigureWidth = 1200
	FigureZoom  = 2
)

// SVG writes f as a self-contained SVG document.
func (f Figure) SVG() ([]byte, error) {
	layers, h, err := f.layout()
	if err != nil {
		return nil, err
	}
	return writeSVG(layers, FigureWidth, h, paletteOf(f.Dark).bg, f.Title, f.Describe), nil
}

// PNG draws f at FigureZoom.
func (f Figure) PNG() ([]byte, error) {
	layers, h, err := f.layout()
	if err != nil {
		return nil, err
	}
	return rasterPNG(layers, FigureWidth, int(math.Ceil(h)), FigureZoom, paletteOf(f.Dark).bg)
}

// layout stacks the figure's parts and returns its layers and height.
func (f Figure) layout() ([]layer, float64, error) {
	p := paletteOf(f.Dark)
	const (
		margin = 48.0
		inner  = FigureWidth - 2*margin
		small  = 17.0
	)
	page := &layer{scale: 1}
	y := margin + 18
	page.text(f.Site, margin, y, 18, true, p.muted)
	lines := func(s string, size float64, bold bool, n int, lead float64, colour string) error {
		ls, err := wrap(s, size, bold, inner, n)
		if err != nil {
			return err
		}
		for _, l := range ls {
			y += lead
			page.text(l, margin, y, size, bold, colour)
		}
		return nil
	}
	y += 8
	if err := lines(f.Title, 36, true, 3, 44, p.fg); err != nil {
		return nil, 0, err
	}
	if f.Label != "" {
		y += 6
		if err := lines(f.Label, 24, false, 2, 32, p.muted); err != nil {
			return nil, 0, err
		}
	}
	var layers []layer
	if pic := f.Picture; pic != nil && pic.W > 0 && pic.H > 0 {
		y += 24
		h := math.Min(pic.H*inner/pic.W, 900)
		pl := fit(pic, margin, y, inner, h)
		layers = append(layers, pl)
		y += pl.clipH
		if len(pic.Key) > 0 {
			y += 16
			var err error
			if y, err = page.key(pic.Key, margin, y, inner, p); err != nil {
				return nil, 0, err
			}
		}
		if pic.Note != "" {
			y += 8
			if err := lines(pic.Note, small, false, 3, 24, p.muted); err != nil {
				return nil, 0, err
			}
		}
	}
	if f.Sources != "" {
		y += 8
		if err := lines(f.Sources, small, false, 8, 24, p.muted); err != nil {
			return nil, 0, err
		}
	}
	y += 20
	page.rect(margin, y, inner, 1.5, p.rule)
	y += 6
	if err := lines(f.Credit, small, false, 2, 24, p.muted); err != nil {
		return nil, 0, err
	}
	return append([]layer{*page}, layers...), y + margin - 16, nil
}

// key lays out the key's entries in rows across width w from (x, y), a
// swatch drawn as the marks it explains and its label, and returns the
// y under the last row.
func (l *layer) key(items []widget.KeyItem, x, y, w float64, p palette) (float64, error) {
	const (
		size   = 17.0
		row    = 30.0
		swatch = 30.0
		gap    = 28.0
	)
	f, err := face(size, false)
	if err != nil {
		return y, err
	}
	cx, cy := x, y+row-8
	for _, it := range items {
		tw := measure(f, it.Label)
		if cx > x && cx+swatch+8+tw > x+w {
			cx, cy = x, cy+row
		}
		mid := cy - size/3
		switch it.Shape {
		case widget.KeyBox:
			l.marks = append(l.marks, widget.Mark{Path: "M" + num(cx+4) + " " + num(mid-9) + "h18v18h-18Z", Fill: it.Colour, Stroke: p.muted, StrokeWidth: 0.5})
		case widget.KeyRing:
			l.marks = append(l.marks, widget.Mark{Path: widget.Circle(cx+13, mid, 8), Stroke: it.Colour, StrokeWidth: 3})
		default:
			dash := 0.0
			if it.Shape == widget.KeyDashed {
				dash = 6
			}
			l.marks = append(l.marks, widget.Mark{Path: "M" + num(cx) + " " + num(mid) + "h" + num(swatch-4), Stroke: it.Colour, StrokeWidth: 4, Dash: dash})
			if it.Shape == widget.KeyBlocked {
				c := cx + (swatch-4)/2
				l.marks = append(l.marks, widget.Mark{Path: "M" + num(c-6) + " " + num(mid-6) + "l12 12m0 -12l-12 12", Stroke: it.Colour, StrokeWidth: 3})
			}
		}
		l.text(it.Label, cx+swatch+8, cy, size, false, p.fg)
		cx += swatch + 8 + tw + gap
	}
	return cy + 10, nil
}
