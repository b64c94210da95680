package card

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"

	"github.com/computeatlas/atlas/app/widget"
)

// fontFamily is the SVG's type: Inter, which the site ships and the PNGs
// are drawn in, then what a reader's machine has. An SVG stays
// self-contained (no font file, no link) and editable; its text stays
// text.
const fontFamily = "Inter, 'Helvetica Neue', Arial, sans-serif"

// writeSVG writes layers as a self-contained SVG document of w × h on
// colour bg, titled title and described by desc (its accessible name
// and description).
func writeSVG(layers []layer, w, h float64, bg, title, desc string) []byte {
	var b bytes.Buffer
	esc := func(s string) { xml.EscapeText(&b, []byte(s)) }
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="` + num(w) + `" height="` + num(h) +
		`" viewBox="0 0 ` + num(w) + " " + num(h) + `" role="img" aria-labelledby="t d" font-family="` + fontFamily + `">` + "\n")
	b.WriteString(`<title id="t">`)
	esc(title)
	b.WriteString(`</title><desc id="d">`)
	esc(desc)
	b.WriteString("</desc>\n")
	b.WriteString(`<rect width="100%" height="100%" fill="` + bg + `"/>` + "\n")
	for i, l := range layers {
		closeTags := ""
		if l.clipW > 0 && l.clipH > 0 {
			id := "clip" + strconv.Itoa(i)
			b.WriteString(`<clipPath id="` + id + `"><rect x="` + num(l.x) + `" y="` + num(l.y) + `" width="` + num(l.clipW) + `" height="` + num(l.clipH) + `"/></clipPath>`)
			b.WriteString(`<g clip-path="url(#` + id + `)">`)
			closeTags = "</g>"
		}
		s := l.scale
		if s == 0 {
			s = 1
		}
		if l.x != 0 || l.y != 0 || s != 1 {
			b.WriteString(`<g transform="translate(` + num(l.x) + " " + num(l.y) + `) scale(` + num(s) + `)">`)
			closeTags = "</g>" + closeTags
		}
		b.WriteString("\n")
		for _, m := range l.marks {
			svgMark(&b, m, s)
		}
		b.WriteString(closeTags + "\n")
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// svgMark writes one mark; s is its layer's scale, which text sizes
// undo (they are output pixels).
func svgMark(b *bytes.Buffer, m widget.Mark, s float64) {
	attr := func(name, v string) {
		b.WriteString(" " + name + `="`)
		xml.EscapeText(b, []byte(v))
		b.WriteString(`"`)
	}
	switch {
	case m.Text != "":
		size := m.Size
		if size == 0 {
			size = 14
		}
		b.WriteString("<text")
		attr("x", num(m.X))
		attr("y", num(m.Y))
		attr("font-size", num(size/s))
		if m.Bold {
			attr("font-weight", "700")
		}
		if m.End {
			attr("text-anchor", "end")
		}
		attr("fill", colourOr(m.Fill, "#000000"))
		b.WriteString(">")
		xml.EscapeText(b, []byte(m.Text))
		b.WriteString("</text>\n")
	case m.Path != "":
		b.WriteString("<path")
		attr("d", m.Path)
		attr("fill", colourOr(m.Fill, "none"))
		if m.Stroke != "" {
			attr("stroke", m.Stroke)
			attr("stroke-width", num(m.StrokeWidth))
			attr("stroke-linecap", "round")
			attr("stroke-linejoin", "round")
			if m.Dash > 0 {
				attr("stroke-dasharray", num(m.Dash))
			}
		}
		b.WriteString("/>\n")
	case m.W > 0 && m.H > 0:
		b.WriteString("<rect")
		attr("x", num(m.X))
		attr("y", num(m.Y))
		attr("width", num(m.W))
		attr("height", num(m.H))
		attr("fill", colourOr(m.Fill, "#000000"))
		b.WriteString("/>\n")
	}
}

func colourOr(c, def string) string {
	if c == "" {
		return def
	}
	return c
}

// num writes a length with at most two decimals.
func num(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) }
