package main

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"
)

// options tune the geometry; defaultOptions are the committed ones.
type options struct {
	Frame     orb.Bound // the frame in degrees: the whole map's, or a region's (-frame)
	Pad       float64   // degrees kept around the frame, so coasts do not stop inside the view
	Tolerance float64   // Douglas-Peucker tolerance, in viewBox units
	MinArea   float64   // rings with a smaller projected area (square units) are dropped
	KeepID    string    // a country kept whatever its size: Singapore
	MinExtent float64   // if KeepID's simplified shape is narrower than this, it is not simplified
}

func defaultOptions() options {
	return options{Frame: wholeMap, Pad: 2, Tolerance: 0.6, MinArea: 2, KeepID: "702", MinExtent: 4}
}

// wholeMap is the shared map's frame (mapframe), the default.
var wholeMap = orb.Bound{
	Min: orb.Point{mapframe.LonMin, mapframe.LatMin},
	Max: orb.Point{mapframe.LonMax, mapframe.LatMax},
}

// viewBox is the frame projected: its top-left corner and its far
// corner, in the shared projection's units.
func (o options) viewBox() orb.Bound {
	return orb.Bound{
		Min: project(orb.Point{o.Frame.Min[0], o.Frame.Max[1]}),
		Max: project(orb.Point{o.Frame.Max[0], o.Frame.Min[1]}),
	}
}

// country is one entry of the output.
type country struct {
	ID   string
	Name string
	D    string // SVG path data in viewBox units
}

// feature is a source country that reaches the frame, in degrees.
type feature struct {
	id, name string
	polys    []orb.Polygon
}

// build turns the GeoJSON that togeo.js prints into the output countries,
// sorted by id.
func build(raw []byte, opt options) ([]country, error) {
	fc, err := geojson.UnmarshalFeatureCollection(raw)
	if err != nil {
		return nil, fmt.Errorf("decoding GeoJSON: %w", err)
	}
	frame := opt.Frame
	var feats []feature
	seen := map[string]bool{}
	for _, f := range fc.Features {
		if f.Geometry == nil || !f.Geometry.Bound().Intersects(frame) {
			continue
		}
		name := f.Properties.MustString("name", "")
		id, err := featureID(f.ID, name)
		if err != nil {
			return nil, err
		}
		if seen[id] {
			return nil, fmt.Errorf("duplicate country id %q (%s)", id, name)
		}
		seen[id] = true
		var polys []orb.Polygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			polys = []orb.Polygon{g}
		case orb.MultiPolygon:
			polys = g
		default:
			return nil, fmt.Errorf("country %s (%s): unexpected geometry %s", id, name, f.Geometry.GeoJSONType())
		}
		feats = append(feats, feature{id: id, name: name, polys: polys})
	}

	owners := sharedPoints(feats)
	box := orb.Bound{
		Min: project(orb.Point{frame.Min[0] - opt.Pad, frame.Max[1] + opt.Pad}),
		Max: project(orb.Point{frame.Max[0] + opt.Pad, frame.Min[1] - opt.Pad}),
	}
	var out []country
	for fi, f := range feats {
		keep := f.id == opt.KeepID
		var rings [][]tpoint
		visible := false
		for _, poly := range f.polys {
			simple := make(orb.Polygon, 0, len(poly))
			for _, r := range poly {
				simple = append(simple, simplifyRing(r, fi, owners, opt.Tolerance))
			}
			if keep && extent(simple[0]) < opt.MinExtent {
				simple = projectPolygon(poly)
			}
			simple = clip.Polygon(box, simple)
			if !keep {
				simple = dropSmall(simple, opt.MinArea)
			}
			rs := roundPolygon(simple)
			if len(rs) > 0 && onScreen(rs[0], opt.viewBox()) {
				visible = true
			}
			rings = append(rings, rs...)
		}
		if !visible {
			continue
		}
		out = append(out, country{ID: f.id, Name: f.name, D: encodePath(rings)})
	}
	slices.SortFunc(out, func(a, b country) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// featureID is the ISO 3166-1 numeric code world-atlas gives a country,
// or, for the few areas without one (Somaliland, Siachen Glacier, ...), a
// slug of the name.
func featureID(id any, name string) (string, error) {
	switch v := id.(type) {
	case string:
		if v != "" {
			return v, nil
		}
	case nil:
	default:
		return "", fmt.Errorf("country %q: unexpected id %v (%T)", name, id, id)
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("a feature has neither id nor name")
	}
	return b.String(), nil
}

func project(p orb.Point) orb.Point {
	x, y := mapframe.Project(p[0], p[1])
	return orb.Point{x, y}
}

func projectPolygon(poly orb.Polygon) orb.Polygon {
	out := make(orb.Polygon, len(poly))
	for i, r := range poly {
		pr := make(orb.Ring, len(r))
		for j, p := range r {
			pr[j] = project(p)
		}
		out[i] = pr
	}
	return out
}

// sharedPoints maps every vertex to the features that use it, in
// increasing order. world-atlas stores each border once, so neighbours
// share exactly equal vertices along their common border.
func sharedPoints(feats []feature) map[orb.Point][]int {
	owners := map[orb.Point][]int{}
	for fi, f := range feats {
		for _, poly := range f.polys {
			for _, r := range poly {
				for _, p := range r {
					o := owners[p]
					if len(o) == 0 || o[len(o)-1] != fi {
						owners[p] = append(o, fi)
					}
				}
			}
		}
	}
	return owners
}

// simplifyRing projects a ring (degrees) and simplifies it with
// Douglas-Peucker. To keep neighbours' borders identical, the ring is cut
// wherever the set of countries sharing its vertices changes, and each
// piece is simplified on its own in a canonical direction, so the two
// countries along a border get the same simplified line.
func simplifyRing(r orb.Ring, self int, owners map[orb.Point][]int, tol float64) orb.Ring {
	pts := []orb.Point(r)
	if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	n := len(pts)
	if n < 3 {
		return projectPolygon(orb.Polygon{r})[0]
	}
	proj := make([]orb.Point, n)
	cut := make([]bool, n)
	first := -1
	for i, p := range pts {
		proj[i] = project(p)
		o := owners[p]
		cut[i] = !slices.Equal(o, owners[pts[(i+n-1)%n]]) || !slices.Equal(o, owners[pts[(i+1)%n]])
		if cut[i] && first < 0 {
			first = i
		}
	}
	if first < 0 {
		// No change of neighbours (an island, or an enclave): start at a
		// canonical vertex so an enclave and its host agree.
		first = 0
		for i, p := range proj {
			if pointLess(p, proj[first]) {
				first = i
			}
		}
		cut[first] = true
	}

	var out orb.Ring
	for i := first; ; {
		j := (i + 1) % n
		for !cut[j] {
			j = (j + 1) % n
		}
		chain := make([]orb.Point, 0, (j-i+n)%n+1)
		for k := i; ; k = (k + 1) % n {
			chain = append(chain, proj[k])
			if k == j && len(chain) > 1 {
				break
			}
		}
		s := simplifyChain(chain, tol)
		out = append(out, s[:len(s)-1]...)
		if i = j; i == first {
			break
		}
	}
	return append(out, out[0])
}

// simplifyChain runs Douglas-Peucker on a line (keeping both ends) in a
// canonical direction, so a line and its reverse simplify alike.
func simplifyChain(chain []orb.Point, tol float64) []orb.Point {
	c := slices.Clone(chain)
	last := len(c) - 1
	rev := pointLess(c[last], c[0]) || c[last] == c[0] && last > 1 && pointLess(c[last-1], c[1])
	if rev {
		slices.Reverse(c)
	}
	c = simplify.DouglasPeucker(tol).LineString(orb.LineString(c))
	if rev {
		slices.Reverse(c)
	}
	return c
}

func pointLess(a, b orb.Point) bool {
	return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
}

// extent is the larger side of a ring's bounding box.
func extent(r orb.Ring) float64 {
	if len(r) == 0 {
		return 0
	}
	b := r.Bound()
	return math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])
}

// ringArea is the unsigned area of a ring (shoelace formula).
func ringArea(r orb.Ring) float64 {
	var a float64
	for i := range r {
		j := (i + 1) % len(r)
		a += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return math.Abs(a) / 2
}

// dropSmall removes a polygon whose outer ring is smaller than minArea,
// and the holes smaller than that.
func dropSmall(poly orb.Polygon, minArea float64) orb.Polygon {
	if len(poly) == 0 || ringArea(poly[0]) < minArea {
		return nil
	}
	out := orb.Polygon{poly[0]}
	for _, h := range poly[1:] {
		if ringArea(h) >= minArea {
			out = append(out, h)
		}
	}
	return out
}

// tpoint is a point in tenths of a viewBox unit, the output's precision.
// Rounding absolute positions first and encoding the differences of
// these integers keeps relative path commands exact.
type tpoint struct{ X, Y int64 }

// roundRing rounds a ring to tenths, drops repeated points and the closing
// point, and returns nil if fewer than three points remain.
func roundRing(r orb.Ring) []tpoint {
	var out []tpoint
	for _, p := range r {
		t := tpoint{int64(math.Round(p[0] * 10)), int64(math.Round(p[1] * 10))}
		if len(out) == 0 || out[len(out)-1] != t {
			out = append(out, t)
		}
	}
	for len(out) > 1 && out[len(out)-1] == out[0] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// area2 is twice the signed area of a rounded ring; positive is clockwise
// on screen (y down).
func area2(r []tpoint) int64 {
	var a int64
	for i := range r {
		j := (i + 1) % len(r)
		a += r[i].X*r[j].Y - r[j].X*r[i].Y
	}
	return a
}

// roundPolygon rounds a polygon's rings and orients them, outer ring
// clockwise and holes anticlockwise on screen, so the shapes fill right
// under either fill rule. A polygon whose outer ring vanishes is dropped.
func roundPolygon(poly orb.Polygon) [][]tpoint {
	var out [][]tpoint
	for i, r := range poly {
		t := roundRing(r)
		a := area2(t)
		if a == 0 {
			if i == 0 {
				return nil
			}
			continue
		}
		if (i == 0) != (a > 0) {
			slices.Reverse(t)
		}
		out = append(out, t)
	}
	return out
}

// onScreen reports whether a rounded ring's bounding box meets the viewBox.
func onScreen(r []tpoint, view orb.Bound) bool {
	x0, y0 := int64(math.Round(view.Min[0]*10)), int64(math.Round(view.Min[1]*10))
	w, h := int64(math.Round(view.Max[0]*10)), int64(math.Round(view.Max[1]*10))
	minX, minY, maxX, maxY := r[0].X, r[0].Y, r[0].X, r[0].Y
	for _, p := range r {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	return maxX > x0 && minX < w && maxY > y0 && minY < h
}

// encodePath writes rings as SVG path data: an absolute M for each ring's
// first point, then relative l steps, then z.
func encodePath(rings [][]tpoint) string {
	var b strings.Builder
	for _, r := range rings {
		b.WriteByte('M')
		writeNum(&b, r[0].X, false)
		writeNum(&b, r[0].Y, true)
		b.WriteByte('l')
		for i := 1; i < len(r); i++ {
			writeNum(&b, r[i].X-r[i-1].X, i > 1)
			writeNum(&b, r[i].Y-r[i-1].Y, true)
		}
		b.WriteByte('z')
	}
	return b.String()
}

// writeNum writes a number given in tenths with at most one decimal,
// after a separator if one is needed (a minus sign separates by itself).
func writeNum(b *strings.Builder, tenths int64, sep bool) {
	s := formatTenths(tenths)
	if sep && s[0] != '-' {
		b.WriteByte(',')
	}
	b.WriteString(s)
}

// formatTenths formats n/10 with at most one decimal: 123 -> "12.3",
// 120 -> "12", -5 -> "-0.5".
func formatTenths(n int64) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	if n%10 == 0 {
		return fmt.Sprintf("%s%d", sign, n/10)
	}
	return fmt.Sprintf("%s%d.%d", sign, n/10, n%10)
}
