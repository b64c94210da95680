package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/paulmach/orb"
)

const committed = "../../content/data/diffusion-map-geo.json"

// generators are the go:generate lines that run mapgen: each widget
// folder's generate.go, read as go generate reads it, so the test runs
// exactly the committed command.
var generators = []string{"../../app/widget/diffusionmap/generate.go", "../../app/widget/diversionroutes/generate.go"}

// TestGeneratedFileIsReproduced runs each generator as go generate does
// and compares its output with the committed file. It needs Node.js;
// without it the test fails rather than skips, since the check would be
// lost.
func TestGeneratedFileIsReproduced(t *testing.T) {
	for _, gen := range generators {
		args, committedFile := generateArgs(t, gen)
		out := filepath.Join(t.TempDir(), "geo.json")
		args = append(args, "-out", out)
		var log bytes.Buffer
		if err := run(args, &log); err != nil {
			t.Fatalf("%s: generator failed: %v\n%s", gen, err, log.Bytes())
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(committedFile)
		if err != nil {
			t.Fatalf("%v: run go generate in %s", err, filepath.Dir(gen))
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s is not what the generator produces (%d bytes, generator %d bytes): run go generate in %s",
				committedFile, len(want), len(got), filepath.Dir(gen))
		}
	}
}

// generateArgs reads a generate.go's go:generate line: mapgen's flags
// but -out, and the -out file relative to this folder.
func generateArgs(t *testing.T, gen string) (args []string, out string) {
	t.Helper()
	src, err := os.ReadFile(gen)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		fields := strings.Fields(strings.TrimPrefix(line, "//go:generate "))
		if !strings.HasPrefix(line, "//go:generate ") || len(fields) < 3 || !strings.HasSuffix(fields[2], "internal/mapgen") {
			continue
		}
		for i := 3; i < len(fields); i++ {
			if fields[i] == "-out" && i+1 < len(fields) {
				out = filepath.Join(filepath.Dir(gen), fields[i+1])
				i++
				continue
			}
			args = append(args, fields[i])
		}
		return args, out
	}
	t.Fatalf("%s has no go:generate line running internal/mapgen", gen)
	return nil, ""
}

type geoFile struct {
	Source    string  `json:"source"`
	Width     float64 `json:"width"`
	Height    float64 `json:"height"`
	Countries []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		D    string `json:"d"`
	} `json:"countries"`
}

func TestCommittedFileContents(t *testing.T) {
	data, err := os.ReadFile(committed)
	if err != nil {
		t.Fatalf("%v: run go generate ./app/widget/diffusionmap/", err)
	}
	var g geoFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatal(err)
	}
	if g.Width != mapframe.Width || g.Height != mapframe.Height {
		t.Errorf("size %vx%v, want %vx%v", g.Width, g.Height, mapframe.Width, mapframe.Height)
	}
	if !strings.Contains(g.Source, "Natural Earth") {
		t.Errorf("source %q does not credit Natural Earth", g.Source)
	}
	if len(data) > 150_000 {
		t.Errorf("file is %d bytes, want under 150 KB", len(data))
	}

	// The padded frame, plus rounding.
	opt := defaultOptions()
	minX, minY := mapframe.Project(mapframe.LonMin-opt.Pad, mapframe.LatMax+opt.Pad)
	maxX, maxY := mapframe.Project(mapframe.LonMax+opt.Pad, mapframe.LatMin-opt.Pad)
	minX, minY, maxX, maxY = minX-0.1, minY-0.1, maxX+0.1, maxY+0.1

	byID := map[string]orb.Bound{}
	prev := ""
	for _, c := range g.Countries {
		if c.ID <= prev {
			t.Errorf("country %q after %q: not sorted by id", c.ID, prev)
		}
		prev = c.ID
		if c.Name == "" {
			t.Errorf("country %s has no name", c.ID)
		}
		rings, err := parsePath(c.D)
		if err != nil {
			t.Errorf("country %s (%s): %v", c.ID, c.Name, err)
			continue
		}
		b := orb.Bound{Min: rings[0][0], Max: rings[0][0]}
		for _, r := range rings {
			for _, p := range r {
				b = b.Extend(p)
			}
		}
		if b.Min[0] < minX || b.Min[1] < minY || b.Max[0] > maxX || b.Max[1] > maxY {
			t.Errorf("country %s (%s) spans %v..%v, outside the padded frame %v,%v..%v,%v",
				c.ID, c.Name, b.Min, b.Max, minX, minY, maxX, maxY)
		}
		if b.Max[0] <= 0 || b.Min[0] >= g.Width || b.Max[1] <= 0 || b.Min[1] >= g.Height {
			t.Errorf("country %s (%s) lies outside the view", c.ID, c.Name)
		}
		byID[c.ID] = b
	}

	for id, name := range map[string]string{
		"156": "China", "702": "Singapore", "458": "Malaysia", "784": "United Arab Emirates",
		"682": "Saudi Arabia", "356": "India", "392": "Japan", "158": "Taiwan", "410": "South Korea",
	} {
		if _, ok := byID[id]; !ok {
			t.Errorf("%s (%s) missing", name, id)
		}
	}
	if b, ok := byID["702"]; ok {
		if w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]; max(w, h) < 3 {
			t.Errorf("Singapore is %.1f x %.1f units, too small to see", w, h)
		}
		// It should sit where the projection puts the city.
		x, y := mapframe.Project(103.82, 1.35)
		if !b.Pad(1).Contains(orb.Point{x, y}) {
			t.Errorf("Singapore spans %v..%v, does not contain the city at %.1f,%.1f", b.Min, b.Max, x, y)
		}
	}
}

// parsePath reads SVG path data restricted to M, L, Z (absolute or
// relative) and returns the absolute points of each subpath.
func parsePath(d string) ([][]orb.Point, error) {
	if !strings.HasPrefix(d, "M") {
		return nil, fmt.Errorf("path does not start with M: %.20q", d)
	}
	var (
		rings      [][]orb.Point
		cmd        byte
		cur, start orb.Point
		nums       []float64
	)
	flush := func() error {
		if cmd == 0 {
			return nil
		}
		if len(nums)%2 != 0 || (cmd != 'z' && cmd != 'Z' && len(nums) == 0) {
			return fmt.Errorf("command %c with %d numbers", cmd, len(nums))
		}
		for i := 0; i < len(nums); i += 2 {
			p := orb.Point{nums[i], nums[i+1]}
			if cmd == 'm' || cmd == 'l' {
				p = orb.Point{cur[0] + p[0], cur[1] + p[1]}
			}
			if i == 0 && (cmd == 'M' || cmd == 'm') {
				start = p
				rings = append(rings, nil)
			}
			if len(rings) == 0 {
				return fmt.Errorf("%c before any M", cmd)
			}
			rings[len(rings)-1] = append(rings[len(rings)-1], p)
			cur = p
		}
		if cmd == 'z' || cmd == 'Z' {
			cur = start
		}
		nums = nums[:0]
		return nil
	}
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case strings.IndexByte("MLZmlz", c) >= 0:
			if err := flush(); err != nil {
				return nil, err
			}
			cmd = c
			i++
		case c == ',' || c == ' ':
			i++
		case c == '-' || c == '.' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(d) && (d[j] == '.' || d[j] >= '0' && d[j] <= '9') {
				j++
			}
			v, err := strconv.ParseFloat(d[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", d[i:j], i)
			}
			if cmd == 'z' || cmd == 'Z' {
				return nil, fmt.Errorf("number after z at %d", i)
			}
			nums = append(nums, v)
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for i, r := range rings {
		if len(r) < 3 {
			return nil, fmt.Errorf("subpath %d has %d points", i, len(r))
		}
	}
	return rings, nil
}

func TestFormatTenths(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0", 5: "0.5", -5: "-0.5", 10: "1", -10: "-1", 123: "12.3", -123: "-12.3", 12340: "1234",
	} {
		if got := formatTenths(n); got != want {
			t.Errorf("formatTenths(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestEncodePath(t *testing.T) {
	rings := [][]tpoint{
		{{1000, 2005}, {1012, 2005}, {1012, 1990}},
		{{0, 0}, {-5, 10}, {10, 10}},
	}
	want := "M100,200.5l1.2,0,0-1.5zM0,0l-0.5,1,1.5,0z"
	if got := encodePath(rings); got != want {
		t.Errorf("encodePath = %q, want %q", got, want)
	}
	// Decoding gives back the exact points.
	dec, err := parsePath(want)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rings {
		for j, p := range r {
			if q := dec[i][j]; fmt.Sprintf("%.1f,%.1f", q[0], q[1]) != fmt.Sprintf("%.1f,%.1f", float64(p.X)/10, float64(p.Y)/10) {
				t.Errorf("ring %d point %d decodes as %v, want %v", i, j, q, p)
			}
		}
	}
}

// Relative steps come from rounded absolute points, so a long run of
// steps that each round down does not drift.
func TestRoundRingNoDrift(t *testing.T) {
	var r orb.Ring
	for i := range 100 {
		r = append(r, orb.Point{float64(i) * 0.14, 0})
	}
	r = append(r, orb.Point{14, 5}, orb.Point{0, 0})
	tr := roundRing(r)
	if tr == nil {
		t.Fatal("ring dropped")
	}
	rings, err := parsePath(encodePath([][]tpoint{tr}))
	if err != nil {
		t.Fatal(err)
	}
	last := rings[0][len(rings[0])-2] // the point before (14, 5)
	if d := last[0] - 99*0.14; d > 0.05+1e-9 || d < -0.05-1e-9 {
		t.Errorf("last point x = %v, want %v ± 0.05", last[0], 99*0.14)
	}
}

func TestRoundRing(t *testing.T) {
	r := orb.Ring{{0, 0}, {0.01, 0.02}, {1, 0}, {1, 1}, {1.04, 1}, {0, 0}}
	got := roundRing(r)
	want := []tpoint{{0, 0}, {10, 0}, {10, 10}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("roundRing = %v, want %v", got, want)
	}
	if got := roundRing(orb.Ring{{0, 0}, {0.01, 0}, {0, 0.01}, {0, 0}}); got != nil {
		t.Errorf("collapsed ring = %v, want nil", got)
	}
}

func square(x, y, side float64) orb.Ring {
	return orb.Ring{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}
}

func TestDropSmall(t *testing.T) {
	if got := dropSmall(orb.Polygon{square(0, 0, 1)}, 2); got != nil {
		t.Errorf("a 1x1 island was kept: %v", got)
	}
	p := orb.Polygon{square(0, 0, 10), square(1, 1, 1), square(3, 3, 2)}
	got := dropSmall(p, 2)
	if len(got) != 2 || got[1][0] != (orb.Point{3, 3}) {
		t.Errorf("dropSmall kept %v, want the outer ring and the 2x2 hole", got)
	}
	if a := ringArea(square(0, 0, 3)); a != 9 {
		t.Errorf("ringArea = %v, want 9", a)
	}
}

func TestRoundPolygonOrients(t *testing.T) {
	// Outer ring anticlockwise on screen, hole clockwise: both flip.
	outer := orb.Ring{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}
	hole := square(2, 2, 2)
	rs := roundPolygon(orb.Polygon{outer, hole})
	if len(rs) != 2 || area2(rs[0]) <= 0 || area2(rs[1]) >= 0 {
		t.Errorf("roundPolygon = %v, want a clockwise outer ring and an anticlockwise hole", rs)
	}
}

// Two countries sharing a border get the same simplified border, though
// each walks it in its own direction from its own start.
func TestSimplifySharedBorder(t *testing.T) {
	// An irregular border from (10,0) to (10,10), in degrees.
	var border []orb.Point
	for i := 0; i <= 100; i++ {
		border = append(border, orb.Point{10 + 0.1*float64((i*7)%5), float64(i) / 10})
	}
	west := orb.Ring{{0, 0}}
	west = append(west, border...)
	west = append(west, orb.Point{0, 10}, orb.Point{0, 0})
	east := orb.Ring{{20, 0}, {20, 10}}
	for i := len(border) - 1; i >= 0; i-- {
		east = append(east, border[i])
	}
	east = append(east, orb.Point{20, 0})

	feats := []feature{
		{id: "1", polys: []orb.Polygon{{west}}},
		{id: "2", polys: []orb.Polygon{{east}}},
	}
	owners := sharedPoints(feats)
	onBorder := map[orb.Point]bool{}
	for _, p := range border {
		onBorder[project(p)] = true
	}
	kept := func(r orb.Ring) []orb.Point {
		var out []orb.Point
		for _, p := range r {
			if onBorder[p] {
				out = append(out, p)
			}
		}
		slices.SortFunc(out, func(a, b orb.Point) int {
			if pointLess(a, b) {
				return -1
			}
			return 1
		})
		return slices.Compact(out)
	}
	w := kept(simplifyRing(west, 0, owners, 1))
	e := kept(simplifyRing(east, 1, owners, 1))
	if len(w) <= 2 || len(w) >= len(border) {
		t.Fatalf("the border kept %d of %d points; the test needs a partial simplification", len(w), len(border))
	}
	if !slices.Equal(w, e) {
		t.Errorf("the two sides of the border differ:\n%v\n%v", w, e)
	}
}

func TestFeatureID(t *testing.T) {
	for _, c := range []struct {
		id   any
		name string
		want string
	}{
		{"702", "Singapore", "702"},
		{nil, "Siachen Glacier", "siachen-glacier"},
		{nil, "N. Cyprus", "n-cyprus"},
	} {
		if got, err := featureID(c.id, c.name); err != nil || got != c.want {
			t.Errorf("featureID(%v, %q) = %q, %v; want %q", c.id, c.name, got, err, c.want)
		}
	}
	if _, err := featureID(nil, ""); err == nil {
		t.Error("featureID without id and name did not fail")
	}
}

// The region's file is a window onto the same plane: its frame is the
// projected -frame, and it holds the places the diversion cases name.
func TestRegionFileContents(t *testing.T) {
	args, file := generateArgs(t, generators[1])
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		X, Y, Width, Height float64
		Countries           []struct{ ID, Name string }
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	var f orb.Bound
	if len(args) != 2 || args[0] != "-frame" {
		t.Fatalf("args %q, want -frame", args)
	}
	if _, err := fmt.Sscanf(args[1], "%g,%g,%g,%g", &f.Min[0], &f.Min[1], &f.Max[0], &f.Max[1]); err != nil {
		t.Fatal(err)
	}
	x0, y0 := mapframe.Project(f.Min[0], f.Max[1])
	x1, y1 := mapframe.Project(f.Max[0], f.Min[1])
	near := func(a, b float64) bool { return a-b < 0.06 && b-a < 0.06 }
	if !near(g.X, x0) || !near(g.Y, y0) || !near(g.X+g.Width, x1) || !near(g.Y+g.Height, y1) {
		t.Errorf("frame %v,%v %vx%v, want %v,%v..%v,%v", g.X, g.Y, g.Width, g.Height, x0, y0, x1, y1)
	}
	have := map[string]bool{}
	for _, c := range g.Countries {
		have[c.ID] = true
	}
	for id, name := range map[string]string{"156": "China", "158": "Taiwan", "344": "Hong Kong", "702": "Singapore", "458": "Malaysia", "764": "Thailand", "392": "Japan"} {
		if !have[id] {
			t.Errorf("%s (%s) missing", name, id)
		}
	}
	if have["784"] {
		t.Error("the UAE is outside the region but in the file")
	}
}
