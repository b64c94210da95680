package card

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"slices"
	"strconv"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/computeatlas/atlas/app/widget"
)

// rasterPNG draws layers on a w × h canvas of colour bg, every length
// multiplied by zoom (2 makes a sharper image of the same layout), and
// encodes it as PNG.
func rasterPNG(layers []layer, w, h int, zoom float64, bg string) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, int(math.Ceil(float64(w)*zoom)), int(math.Ceil(float64(h)*zoom))))
	draw.Draw(img, img.Bounds(), image.NewUniform(hex(bg)), image.Point{}, draw.Src)
	for _, l := range layers {
		if err := rasterLayer(img, l, zoom); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// rasterLayer draws one layer; a clipped one is drawn on its own image
// of the clip's size and laid over img, so nothing spills out.
func rasterLayer(img *image.RGBA, l layer, zoom float64) error {
	if l.clipW <= 0 || l.clipH <= 0 {
		return rasterMarks(img, l.marks, point{l.x * zoom, l.y * zoom}, l.scale*zoom, zoom)
	}
	sub := image.NewRGBA(image.Rect(0, 0, int(math.Ceil(l.clipW*zoom)), int(math.Ceil(l.clipH*zoom))))
	if err := rasterMarks(sub, l.marks, point{}, l.scale*zoom, zoom); err != nil {
		return err
	}
	at := image.Pt(int(math.Round(l.x*zoom)), int(math.Round(l.y*zoom)))
	draw.Draw(img, image.Rectangle{Min: at, Max: at.Add(sub.Bounds().Max)}, sub, image.Point{}, draw.Over)
	return nil
}

// rasterMarks draws marks with each point q at o + q·s; text keeps its
// size in output pixels (times zoom), as a picture's labels do.
func rasterMarks(img *image.RGBA, marks []widget.Mark, o point, s, zoom float64) error {
	tr := func(q point) point { return point{o.x + q.x*s, o.y + q.y*s} }
	for _, m := range marks {
		switch {
		case m.Text != "":
			size := m.Size
			if size == 0 {
				size = 14
			}
			at := tr(point{m.X, m.Y})
			if err := text(img, m.Text, at.x, at.y, size*zoom, m.Bold, hex(m.Fill), m.End); err != nil {
				return err
			}
		case m.Path != "":
			paths := parsePath(m.Path)
			for i := range paths {
				for j := range paths[i].pts {
					paths[i].pts[j] = tr(paths[i].pts[j])
				}
			}
			if m.Fill != "" {
				fillPaths(img, paths, hex(m.Fill))
			}
			if m.Stroke != "" {
				if m.Dash > 0 {
					paths = dashed(paths, m.Dash*s)
				}
				stroke(img, paths, m.StrokeWidth*s, hex(m.Stroke))
			}
		case m.W > 0 && m.H > 0:
			a := tr(point{m.X, m.Y})
			fillPaths(img, rect(a.x, a.y, m.W*s, m.H*s), hex(m.Fill))
		}
	}
	return nil
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

// dashed cuts each subpath into dashes of length dash with gaps of the
// same length between them, measured along the line (as SVG's
// stroke-dasharray with one value draws it).
func dashed(paths []subpath, dash float64) []subpath {
	var out []subpath
	for _, sp := range paths {
		pts := sp.pts
		if sp.closed && len(pts) > 1 {
			pts = append(pts[:len(pts):len(pts)], pts[0])
		}
		on, left := true, dash
		cur := []point{}
		if len(pts) > 0 {
			cur = append(cur, pts[0])
		}
		for i := 0; i+1 < len(pts); i++ {
			a, b := pts[i], pts[i+1]
			l := math.Hypot(b.x-a.x, b.y-a.y)
			for l > 0 {
				step := math.Min(left, l)
				t := step / l
				m := point{a.x + (b.x-a.x)*t, a.y + (b.y-a.y)*t}
				if on {
					cur = append(cur, m)
				}
				a, l, left = m, l-step, left-step
				if left <= 0 {
					if on && len(cur) > 1 {
						out = append(out, subpath{pts: cur})
					}
					on, left, cur = !on, dash, []point{m}
				}
			}
		}
		if on && len(cur) > 1 {
			out = append(out, subpath{pts: cur})
		}
	}
	return out
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
