// Package card draws the card image of a page (og:image, 1200×630 PNG):
// the widget's picture in the state the shared address carries, drawn
// from the same data the widget draws (widget.Spec.Card), with the
// widget's title, the state's label and the credit line, in Inter
// (fonts/, OFL). Pure Go, on the server, once per state (the server keeps
// the PNGs); never a browser at request time.
package card

import (
	"bytes"
	_ "embed"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

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
	facesMu       sync.Mutex
	faces         = map[[2]int]font.Face{}
)

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
	key := [2]int{int(size * 10), 0}
	f := regular
	if isBold {
		key[1], f = 1, bold
	}
	facesMu.Lock()
	defer facesMu.Unlock()
	if fc, ok := faces[key]; ok {
		return fc, nil
	}
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	faces[key] = fc
	return fc, nil
}

// Card is what a card shows: a kicker (the site), the title (the
// finding), the state's label, the picture, and the credit line.
type Card struct {
	Site, Title, Label, Credit string
	Picture                    *widget.Picture
	// Dark draws it on the dark scheme's colours.
	Dark bool
}

// colours of the card, light and dark.
type palette struct{ bg, fg, muted, rule color.RGBA }

var (
	light = palette{hex("#ffffff"), hex("#1a1d24"), hex("#4b5563"), hex("#d7dce5")}
	dark  = palette{hex("#12151c"), hex("#e8ebf1"), hex("#aab2c2"), hex("#2e3442")}
)

// PNG draws c.
func PNG(c Card) ([]byte, error) {
	p := light
	if c.Dark {
		p = dark
	}
	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	draw.Draw(img, img.Bounds(), image.NewUniform(p.bg), image.Point{}, draw.Src)
	const margin = 56.0
	y := margin + 22
	if err := text(img, c.Site, margin, y, 22, true, p.muted, false); err != nil {
		return nil, err
	}
	y += 14
	titleLines, err := wrap(c.Title, 44, true, Width-2*margin, 2)
	if err != nil {
		return nil, err
	}
	for _, l := range titleLines {
		y += 52
		text(img, l, margin, y, 44, true, p.fg, false)
	}
	if c.Label != "" {
		y += 40
		labelLines, _ := wrap(c.Label, 26, false, Width-2*margin, 1)
		for _, l := range labelLines {
			text(img, l, margin, y, 26, false, p.muted, false)
		}
	}
	top, bottom := y+24, float64(Height)-72
	if c.Picture != nil && c.Picture.W > 0 && c.Picture.H > 0 && bottom-top > 40 {
		drawPicture(img, c.Picture, margin, top, Width-2*margin, bottom-top)
	}
	fillPaths(img, rect(margin, Height-60, Width-2*margin, 1.5), p.rule)
	text(img, c.Credit, margin, Height-26, 20, false, p.muted, false)
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// drawPicture fits pic into the box (x, y, w, h), keeping its aspect,
// left-aligned under the title; nothing is drawn outside the box (the
// map's outlines run past its frame, as an SVG viewBox clips them).
func drawPicture(img *image.RGBA, pic *widget.Picture, x, y, w, h float64) {
	s := math.Min(w/pic.W, h/pic.H)
	pw, ph := int(math.Ceil(pic.W*s)), int(math.Ceil(pic.H*s))
	sub := image.NewRGBA(image.Rect(0, 0, pw, ph))
	tr := func(q point) point { return point{q.x * s, q.y * s} }
	for _, m := range pic.Marks {
		switch {
		case m.Text != "":
			size := m.Size
			if size == 0 {
				size = 14
			}
			text(sub, m.Text, m.X*s, m.Y*s, size, m.Bold, hex(m.Fill), m.End)
		case m.Path != "":
			paths := parsePath(m.Path)
			for i := range paths {
				for j := range paths[i].pts {
					paths[i].pts[j] = tr(paths[i].pts[j])
				}
			}
			if m.Fill != "" {
				fillPaths(sub, paths, hex(m.Fill))
			}
			if m.Stroke != "" {
				stroke(sub, paths, m.StrokeWidth*s, hex(m.Stroke))
			}
		case m.W > 0 && m.H > 0:
			a := tr(point{m.X, m.Y})
			fillPaths(sub, rect(a.x, a.y, m.W*s, m.H*s), hex(m.Fill))
		}
	}
	at := image.Pt(int(math.Round(x)), int(math.Round(y)))
	draw.Draw(img, image.Rectangle{Min: at, Max: at.Add(sub.Bounds().Max)}, sub, image.Point{}, draw.Over)
}

func rect(x, y, w, h float64) []subpath {
	return []subpath{{pts: []point{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, closed: true}}
}

// fillPaths fills closed outlines (non-zero winding, anti-aliased).
func fillPaths(img *image.RGBA, paths []subpath, c color.RGBA) {
	b := img.Bounds()
	r := vector.NewRasterizer(b.Dx(), b.Dy())
	for _, sp := range paths {
		if len(sp.pts) < 3 {
			continue
		}
		r.MoveTo(float32(sp.pts[0].x), float32(sp.pts[0].y))
		for _, q := range sp.pts[1:] {
			r.LineTo(float32(q.x), float32(q.y))
		}
		r.ClosePath()
	}
	r.Draw(img, b, image.NewUniform(c), image.Point{})
}

// stroke draws each subpath's line w wide, with round joins and caps:
// a quadrilateral per segment and a disc per point, filled together.
func stroke(img *image.RGBA, paths []subpath, w float64, c color.RGBA) {
	if w <= 0 {
		w = 1
	}
	var shapes []subpath
	for _, sp := range paths {
		pts := sp.pts
		if sp.closed && len(pts) > 1 {
			pts = append(pts, pts[0])
		}
		for i := 0; i+1 < len(pts); i++ {
			a, b := pts[i], pts[i+1]
			dx, dy := b.x-a.x, b.y-a.y
			l := math.Hypot(dx, dy)
			if l == 0 {
				continue
			}
			nx, ny := -dy/l*w/2, dx/l*w/2
			q := []point{{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}}
			shapes = append(shapes, subpath{pts: q, closed: true})
		}
		for _, p := range pts {
			shapes = append(shapes, disc(p, w/2))
		}
	}
	// The rasterizer adds up signed areas: pieces wound both ways would
	// cancel where they overlap. One winding for all makes them a union.
	for i := range shapes {
		if signedArea(shapes[i].pts) < 0 {
			slices.Reverse(shapes[i].pts)
		}
	}
	fillPaths(img, shapes, c)
}

func signedArea(pts []point) float64 {
	a := 0.0
	for i := range pts {
		j := (i + 1) % len(pts)
		a += pts[i].x*pts[j].y - pts[j].x*pts[i].y
	}
	return a / 2
}

func disc(c point, r float64) subpath {
	const n = 12
	sp := subpath{closed: true}
	for i := 0; i < n; i++ {
		a := 2 * math.Pi * float64(i) / n
		sp.pts = append(sp.pts, point{c.x + r*math.Cos(a), c.y + r*math.Sin(a)})
	}
	return sp
}

// text draws s with its baseline at y, starting at x (or ending there).
func text(img *image.RGBA, s string, x, y, size float64, isBold bool, c color.RGBA, end bool) error {
	f, err := face(size, isBold)
	if err != nil {
		return err
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: f}
	if end {
		x -= float64(d.MeasureString(s)) / 64
	}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}
	d.DrawString(s)
	return nil
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

// hex reads #rrggbb; anything else is black.
func hex(s string) color.RGBA {
	if len(s) != 7 || s[0] != '#' {
		return color.RGBA{A: 255}
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{A: 255}
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
}
