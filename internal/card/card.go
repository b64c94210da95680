// Package card draws the card image of a page (og:image, 1200×630 PNG):
// the widget's picture in the state the shared address carries, drawn
// from the same data the widget draws (widget.Spec.Card), with the
// widget's title, the state's label and the credit line, in Inter
// (fonts/, OFL). Pure Go, on the server, once per state (the server keeps
// the PNGs); never a browser at request time.
package card

import (
	_ "embed"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/computeatlas/atlas/app/widget"
)

// Size of a card: what Facebook, X, LinkedIn and Slack show large.
const (
	Width  = 1200
	Height = 630
)

//go:embed fonts/Inter-Regular.otf
var interRegular []byte

//go:embed fonts/Inter-Bold.otf
var interBold []byte

var (
	fontsOnce     sync.Once
	regular, bold *opentype.Font
	fontsErr      error
)

// face is a new face of Inter at size. Never a shared one: an opentype
// face keeps buffers that two goroutines drawing at once corrupt (two
// cards requested together panicked with an index out of range), and a
// face costs a few small allocations next to a card's rasterising.
func face(size float64, isBold bool) (font.Face, error) {
	fontsOnce.Do(func() {
		if regular, fontsErr = opentype.Parse(interRegular); fontsErr != nil {
			return
		}
		bold, fontsErr = opentype.Parse(interBold)
	})
	if fontsErr != nil {
		return nil, fontsErr
	}
	f := regular
	if isBold {
		f = bold
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

// Card is what a card shows: a kicker (the site), the title (the
// finding), the state's label, the picture, and the credit line.
type Card struct {
	Site, Title, Label, Credit string
	Picture                    *widget.Picture
	// Dark draws it on the dark scheme's colours.
	Dark bool
}

// colours of a card or figure, light and dark (#rrggbb).
type palette struct{ bg, fg, muted, rule string }

var (
	light = palette{"#ffffff", "#1a1d24", "#4b5563", "#d7dce5"}
	dark  = palette{"#12151c", "#e8ebf1", "#aab2c2", "#2e3442"}
)

func paletteOf(isDark bool) palette {
	if isDark {
		return dark
	}
	return light
}

// PNG draws c.
func PNG(c Card) ([]byte, error) {
	layers, err := c.layout()
	if err != nil {
		return nil, err
	}
	return rasterPNG(layers, Width, Height, 1, paletteOf(c.Dark).bg)
}

// layout places the card's parts: kicker, title (two lines at most),
// label, the picture fitted into the room left, and the credit under a
// rule.
func (c Card) layout() ([]layer, error) {
	p := paletteOf(c.Dark)
	const margin = 56.0
	page := &layer{scale: 1}
	y := margin + 22
	page.text(c.Site, margin, y, 22, true, p.muted)
	y += 14
	titleLines, err := wrap(c.Title, 44, true, Width-2*margin, 2)
	if err != nil {
		return nil, err
	}
	for _, l := range titleLines {
		y += 52
		page.text(l, margin, y, 44, true, p.fg)
	}
	if c.Label != "" {
		y += 40
		labelLines, _ := wrap(c.Label, 26, false, Width-2*margin, 1)
		for _, l := range labelLines {
			page.text(l, margin, y, 26, false, p.muted)
		}
	}
	layers := []layer{}
	top, bottom := y+24, float64(Height)-72
	if c.Picture != nil && c.Picture.W > 0 && c.Picture.H > 0 && bottom-top > 40 {
		layers = append(layers, fit(c.Picture, margin, top, Width-2*margin, bottom-top))
	}
	page.rect(margin, Height-60, Width-2*margin, 1.5, p.rule)
	page.text(c.Credit, margin, Height-26, 20, false, p.muted)
	return append([]layer{*page}, layers...), nil
}

// fit places pic in the box (x, y, w, h), keeping its aspect,
// left-aligned; nothing is drawn outside it (the map's outlines run past
// its frame, as an SVG viewBox clips them).
func fit(pic *widget.Picture, x, y, w, h float64) layer {
	s := math.Min(w/pic.W, h/pic.H)
	return layer{marks: pic.Marks, x: x, y: y, scale: s, clipW: pic.W * s, clipH: pic.H * s}
}

// wrap breaks s into at most n lines no wider than w, the last one
// shortened with an ellipsis if s does not fit.
func wrap(s string, size float64, isBold bool, w float64, n int) ([]string, error) {
	f, err := face(size, isBold)
	if err != nil {
		return nil, err
	}
	width := func(t string) float64 { return float64(font.MeasureString(f, t)) / 64 }
	var lines []string
	line := ""
	words := strings.Fields(s)
	for i, word := range words {
		try := strings.TrimSpace(line + " " + word)
		if width(try) <= w || line == "" {
			line = try
			continue
		}
		lines = append(lines, line)
		line = word
		if len(lines) == n {
			rest := strings.Join(words[i:], " ")
			last := lines[n-1] + " " + rest
			for width(last+"…") > w && len(last) > 0 {
				last = strings.TrimRight(last[:len(last)-1], " ")
				for len(last) > 0 && last[len(last)-1]&0xC0 == 0x80 {
					last = last[:len(last)-1]
				}
			}
			lines[n-1] = strings.TrimRight(last, " ,;:") + "…"
			return lines, nil
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines, nil
}

// measure is the width of s in face f, in pixels.
func measure(f font.Face, s string) float64 { return float64(font.MeasureString(f, s)) / 64 }
