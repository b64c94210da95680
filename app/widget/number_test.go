package widget

import "testing"

func TestNumber(t *testing.T) {
	cases := []struct {
		v    float64
		lang string
		want string
	}{
		{15832, "en", "15,832"},
		{15832, "pl", "15\u00a0832"},
		{4800, "en", "4,800"},
		{4800, "pl", "4800"}, // Polish style: no separator in four digits
		{36000, "pl", "36\u00a0000"},
		{3.35, "en", "3.35"},
		{3.35, "pl", "3,35"},
		{4, "en", "4"},
		{7.7, "pl", "7,7"},
		{989, "en", "989"},
	}
	for _, c := range cases {
		if got := Number(c.v, c.lang); got != c.want {
			t.Errorf("Number(%v, %s) = %q, want %q", c.v, c.lang, got, c.want)
		}
	}
}
