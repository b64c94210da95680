package lang

import "testing"

func TestNumber(t *testing.T) {
	en, pl := List[0], List[1]
	cases := []struct {
		v    float64
		l    Language
		want string
	}{
		{15832, en, "15,832"},
		{15832, pl, "15\u00a0832"},
		{4800, en, "4,800"},
		{4800, pl, "4800"}, // Polish style: no separator in four digits
		{36000, pl, "36\u00a0000"},
		{1000000, en, "1,000,000"},
		{3.35, en, "3.35"},
		{3.35, pl, "3,35"},
		{4, en, "4"},
		{7.7, pl, "7,7"},
		{989, en, "989"},
		{-2500, en, "-2,500"},
	}
	for _, c := range cases {
		if got := c.l.Number(c.v); got != c.want {
			t.Errorf("%s.Number(%v) = %q, want %q", c.l.Code, c.v, got, c.want)
		}
	}
}

func TestDate(t *testing.T) {
	cases := []struct {
		iso  string
		l    Language
		want string
	}{
		{"2025-05-13", List[0], "13 May 2025"},
		{"2025-05-13", List[1], "13 maja 2025"},
		{"2026-11-29", List[1], "29 listopada 2026"},
		{"2025-13-01", List[0], "2025-13-01"},
		{"soon", List[0], "soon"},
	}
	for _, c := range cases {
		if got := c.l.Date(c.iso); got != c.want {
			t.Errorf("%s.Date(%q) = %q, want %q", c.l.Code, c.iso, got, c.want)
		}
	}
}

func TestPreferred(t *testing.T) {
	cases := map[string]string{
		"pl-PL,pl;q=0.9,en;q=0.8": "pl",
		"en-GB,en;q=0.9":          "en",
		"de-DE,de;q=0.9":          "en",
		"de, en;q=0.2, pl;q=0.5":  "pl",
		"pl;q=0, en;q=0.1":        "en",
		"pl;q=0":                  "en",
		"":                        "en",
		";;;,,q=":                 "en",
	}
	for header, want := range cases {
		if got := Preferred(header).Code; got != want {
			t.Errorf("Preferred(%q) = %s, want %s", header, got, want)
		}
	}
}

func TestPaths(t *testing.T) {
	en, pl := List[0], List[1]
	if en.Home() != "/" || pl.Home() != "/pl/" {
		t.Errorf("homes %q %q", en.Home(), pl.Home())
	}
	if pl.Path("x") != "/pl/x" {
		t.Errorf("path %q", pl.Path("x"))
	}
	for path, want := range map[string]string{"/pl/x": "pl", "/pl": "pl", "/en/x/y": "en"} {
		if l, ok := FromPath(path); !ok || l.Code != want {
			t.Errorf("FromPath(%q) = %v %v", path, l.Code, ok)
		}
	}
	if _, ok := FromPath("/embed/x"); ok {
		t.Error("FromPath(/embed/x) found a language")
	}
	if got := Others("en"); len(got) != 1 || got[0].Code != "pl" {
		t.Errorf("Others(en) = %v", got)
	}
}

func TestText(t *testing.T) {
	x := Text{"en": "Map", "pl": " "}
	if x.In("pl") != " " || x.In("de") != "Map" {
		t.Errorf("In: %q %q", x.In("pl"), x.In("de"))
	}
	if got := x.Missing(); len(got) != 1 || got[0] != "pl" {
		t.Errorf("Missing = %v, want [pl]", got)
	}
}
