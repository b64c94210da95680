package mapframe

import "testing"

func TestProjectCorners(t *testing.T) {
	if x, y := Project(LonMin, LatMax); x != 0 || y != 0 {
		t.Errorf("top-left corner at %v,%v", x, y)
	}
	x, y := Project(LonMax, LatMin)
	if x < Width-0.01 || x > Width+0.01 || y < Height-0.1 || y > Height+0.1 {
		t.Errorf("bottom-right corner at %v,%v, want %v,%v", x, y, Width, Height)
	}
	// Singapore is south-west of Hangzhou.
	sx, sy := Project(103.8, 1.35)
	hx, hy := Project(120.2, 30.3)
	if !(sx < hx && sy > hy) {
		t.Errorf("Singapore %v,%v not south-west of Hangzhou %v,%v", sx, sy, hx, hy)
	}
}
