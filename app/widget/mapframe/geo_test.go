package mapframe

import "testing"

func TestSetViewBoxReadsWhatViewBoxWrites(t *testing.T) {
	want := Geo{X: 12.5, Y: -3, Width: 640.25, Height: 410}
	var got Geo
	if err := got.SetViewBox(want.ViewBox()); err != nil {
		t.Fatal(err)
	}
	if got.X != want.X || got.Y != want.Y || got.Width != want.Width || got.Height != want.Height {
		t.Errorf("round trip of %q gave %+v", want.ViewBox(), got)
	}
	for _, bad := range []string{"", "1 2 3", "1 2 3 4 5", "1 2 x 4"} {
		if err := new(Geo).SetViewBox(bad); err == nil {
			t.Errorf("SetViewBox(%q) accepted a bad viewBox", bad)
		}
	}
}
