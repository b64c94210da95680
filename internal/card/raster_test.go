package card

import (
	"math"
	"testing"
)

// A dashed line is cut along its length, across corners: dashes and
// gaps of the dash length, the last dash cut short by the line's end.
func TestDashedCutsAlongTheLine(t *testing.T) {
	line := []subpath{{pts: []point{{0, 0}, {45, 0}, {45, 50}}}}
	got := dashed(line, 10)
	// 95 units: dashes at 0–10, 20–30, 40–50 (turning the corner at
	// 45), 60–70 and 80–90.
	if len(got) != 5 {
		t.Fatalf("%d dashes, want 5: %v", len(got), got)
	}
	length := func(sp subpath) float64 {
		l := 0.0
		for i := 0; i+1 < len(sp.pts); i++ {
			l += math.Hypot(sp.pts[i+1].x-sp.pts[i].x, sp.pts[i+1].y-sp.pts[i].y)
		}
		return l
	}
	for i, d := range got {
		if l := length(d); math.Abs(l-10) > 1e-9 {
			t.Errorf("dash %d is %v long, want 10", i, l)
		}
	}
	if c := got[2]; len(c.pts) != 3 || c.pts[1] != (point{45, 0}) {
		t.Errorf("the dash across the corner is %v, want it to turn at 45,0", c.pts)
	}
	if end := got[4].pts[len(got[4].pts)-1]; end != (point{45, 45}) {
		t.Errorf("the last dash ends at %v", end)
	}
}
