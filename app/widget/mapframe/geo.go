// Package mapframe is what the site's maps share: one projection, the
// country outlines generated from Natural Earth (internal/mapgen), and
// the way those outlines travel to the browser only once, inside the
// prerendered SVG (docs/architecture.md, "A widget's wire format").
package mapframe

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Country is one country's outline in the projection's units.
type Country struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	D    string `json:"d"`
}

// Geo is a geometry file made by go generate: the outlines of the
// countries that reach a frame, and the frame (X, Y, Width, Height) in
// the shared projection's units. The whole map's frame starts at 0,0; a
// map of one region is a window onto the same plane, so a place
// projects to the same point on both.
type Geo struct {
	Source    string    `json:"source"`
	X         float64   `json:"x,omitempty"`
	Y         float64   `json:"y,omitempty"`
	Width     float64   `json:"width"`
	Height    float64   `json:"height"`
	Countries []Country `json:"countries"`
}

// ViewBox is the frame as an SVG viewBox.
func (g Geo) ViewBox() string {
	return Num(g.X) + " " + Num(g.Y) + " " + Num(g.Width) + " " + Num(g.Height)
}

// SetViewBox reads a frame back from an SVG viewBox, the inverse of
// ViewBox. It parses with strconv rather than fmt.Sscanf: Sscanf alone
// brought 60 KB of fmt's scanner into app.wasm.
func (g *Geo) SetViewBox(viewBox string) error {
	fields := strings.Fields(viewBox)
	if len(fields) != 4 {
		return fmt.Errorf("viewBox %q: want 4 numbers", viewBox)
	}
	var nums [4]float64
	for i, f := range fields {
		n, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return fmt.Errorf("viewBox %q: %w", viewBox, err)
		}
		nums[i] = n
	}
	g.X, g.Y, g.Width, g.Height = nums[0], nums[1], nums[2], nums[3]
	return nil
}

// Left and Top are a point's place in the frame as CSS percentages, for
// HTML labels laid over the SVG.
func (g Geo) Left(x float64) string { return widget.Percent((x - g.X) / g.Width) }
func (g Geo) Top(y float64) string  { return widget.Percent((y - g.Y) / g.Height) }

// Num writes a coordinate as SVG wants it: shortest form, no exponent
// for the map's sizes.
func Num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Decode reads a geometry file.
func Decode(raw json.RawMessage) (Geo, error) {
	var g Geo
	if err := json.Unmarshal(raw, &g); err != nil {
		return g, fmt.Errorf("geometry: %w", err)
	}
	return g, nil
}

// Marker is the attribute that marks the prerendered outlines; Attr is
// its name and value, for the SVG that draws them.
const (
	Marker   = "svg[data-geo]"
	AttrName = "geo"
	AttrVal  = "natural-earth"
)

// Wire drops the geometry file called name from what a page carries:
// the prerendered SVG already holds it (ReadBack).
func Wire(name string) func(widget.Files) widget.Files {
	return func(files widget.Files) widget.Files {
		out := widget.Files{}
		for n, raw := range files {
			if n != name {
				out[n] = raw
			}
		}
		return out
	}
}

// ReadBack rebuilds the geometry file called name from the prerendered
// SVG under a widget's root: its viewBox and each country's data-iso and
// d. With Wire, a map's outlines (tens of KB) travel once.
func ReadBack(name string) func(root app.Value, files widget.Files) error {
	return func(root app.Value, files widget.Files) error {
		svg := root.Call("querySelector", Marker)
		if !svg.Truthy() {
			return fmt.Errorf("no %s in the page", Marker)
		}
		var geo Geo
		if err := geo.SetViewBox(svg.Call("getAttribute", "viewBox").String()); err != nil {
			return err
		}
		paths := svg.Call("querySelectorAll", "path[data-iso]")
		for i := 0; i < paths.Length(); i++ {
			el := paths.Index(i)
			geo.Countries = append(geo.Countries, Country{
				ID: el.Call("getAttribute", "data-iso").String(),
				D:  el.Call("getAttribute", "d").String(),
			})
		}
		raw, err := json.Marshal(geo)
		if err != nil {
			return err
		}
		files[name] = raw
		return nil
	}
}

// Arc is a quadratic curve from (x1,y1) to (x2,y2) bowed to the left of
// its direction by bow (a share of its length), and its midpoint (where
// a map crosses out a blocked route). Coordinates are rounded to a tenth
// of a unit: the server's and the browser's strings then agree.
func Arc(x1, y1, x2, y2, bow float64) (d string, mx, my float64) {
	dx, dy := x2-x1, y2-y1
	cx, cy := Round1((x1+x2)/2+dy*bow), Round1((y1+y2)/2-dx*bow)
	mx, my = (x1+2*cx+x2)/4, (y1+2*cy+y2)/4
	return "M" + Num(Round1(x1)) + " " + Num(Round1(y1)) + "Q" + Num(cx) + " " + Num(cy) + " " + Num(Round1(x2)) + " " + Num(Round1(y2)), mx, my
}

// Round1 rounds to one decimal, as the outlines are.
func Round1(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 1, 64), 64)
	return v
}
