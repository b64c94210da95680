package chipgap

import (
	"net/url"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/widgettest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func testData(t testing.TB) *Data {
	t.Helper()
	return widgettest.Data(t, Spec).(*Data)
}

func TestParseEncodeRoundTrip(t *testing.T) {
	for _, m := range metric.Values {
		for _, th := range []bool{true, false} {
			s := State{Metric: m, Threshold: th}
			got, ps := Parse(widget.Input{Query: s.Encode()})
			if got != s || len(ps) != 0 {
				t.Errorf("Parse(Encode(%+v)) = %+v, %v", s, got, ps)
			}
		}
	}
}

func TestParseBadValues(t *testing.T) {
	in := widget.Input{Params: map[string]string{"metric": "tpp", "threshold": "on"},
		Query: url.Values{"metric": {"<script>"}, "threshold": {"yes"}}}
	s, ps := Parse(in)
	if s != (State{Metric: "tpp", Threshold: true}) {
		t.Errorf("state = %+v, want the directive's", s)
	}
	if len(ps) != 2 {
		t.Errorf("problems = %v, want both values reported", ps)
	}
}

func TestDecodeRejectsBadData(t *testing.T) {
	cases := map[string]string{
		"no source":     `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{"tpp":{"value":1,"basis":"vendor","sources":[]}}}]}`,
		"bad basis":     `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{"tpp":{"value":1,"basis":"guess","sources":["S1"]}}}]}`,
		"bad metric":    `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{"speed":{"value":1,"basis":"vendor","sources":["S1"]}}}]}`,
		"bad range":     `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{"tpp":{"value":9,"low":1,"high":5,"basis":"estimate","sources":["S1"]}}}]}`,
		"duplicate id":  `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{}},{"id":"a","name":"B","figures":{}}]}`,
		"no chips":      `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[]}`,
		"not json":      `{`,
		"zero value":    `{"threshold":{"value":4800,"basis":"vendor","sources":["S6"]},"chips":[{"id":"a","name":"A","figures":{"tpp":{"value":0,"basis":"vendor","sources":["S1"]}}}]}`,
		"bad threshold": `{"threshold":{"value":4800,"basis":"vendor"},"chips":[{"id":"a","name":"A","figures":{}}]}`,
	}
	for name, raw := range cases {
		d, err := Decode(widget.Files{dataFile: []byte(raw)})
		if err == nil {
			err = Spec.Validate(d)
		}
		if err == nil {
			t.Errorf("%s: Decode accepted it", name)
		}
	}
}

// The shipped data: every non-vendor figure is labelled, the H20 sits
// under the licence line, and ranges are drawn for estimates.
func TestShippedData(t *testing.T) {
	d := testData(t)
	byID := map[string]Chip{}
	for _, c := range d.Chips {
		byID[c.ID] = c
	}
	h20 := byID["h20"].Figures["tpp"]
	if h20.Value >= d.Threshold.Value || h20.Basis == Vendor {
		t.Errorf("H20 TPP %+v: want under %v and not a vendor figure (no public datasheet)", h20, d.Threshold.Value)
	}
	for _, id := range []string{"ascend-910b", "ascend-910c"} {
		f := byID[id].Figures["tflops"]
		if !f.IsRange() || f.Basis == Vendor {
			t.Errorf("%s TFLOPS %+v: want a labelled range", id, f)
		}
		if byID[id].Note["en"] == "" || byID[id].Note["pl"] == "" {
			t.Errorf("%s has no caveat in both languages", id)
		}
	}
}

func render(t *testing.T, in widget.Input) string {
	t.Helper()
	return app.HTMLString(Render(in))
}

func TestRender(t *testing.T) {
	d := testData(t)
	in := widget.Input{ID: "chip-gap", Lang: "en", Words: widgettest.Words(t, Spec, "en"), Chrome: widgettest.Chrome(t, "en"), Prefixed: true, Path: "/en/s", Server: true, Data: d,
		Query: url.Values{"chip-gap.metric": {"tpp"}, "chip-gap.threshold": {"on"}}}
	html := render(t, in)
	for _, want := range []string{
		`data-state="metric=tpp&threshold=on"`,
		`aria-current="page"`,
		`href="/en/s?chip-gap.metric=tflops&chip-gap.threshold=on#chip-gap"`,
		`cg-plot--line`,
		`sits under the 4,800 line`,
		`class="cg-note-src"`,
		`href="#src-S7"`,
		`data-chip="h20"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("render lacks %s", want)
		}
	}
	// Same tree shape in every state: the number of elements does not
	// change with the state, so go-app updates attributes in place.
	count := func(s string) int { return strings.Count(s, "<") }
	n := count(html)
	for _, m := range metric.Values {
		for _, th := range []string{"on", "off"} {
			in.Query = url.Values{"chip-gap.metric": {m}, "chip-gap.threshold": {th}}
			if got := count(render(t, in)); got != n {
				t.Errorf("metric=%s threshold=%s: %d elements, want %d (same shape)", m, th, got, n)
			}
		}
	}
}

func TestDescribe(t *testing.T) {
	d := testData(t)
	en := Describe(widget.Input{Lang: "en", Words: widgettest.Words(t, Spec, "en"), Chrome: widgettest.Chrome(t, "en"), Data: d, Query: url.Values{"metric": {"tpp"}, "threshold": {"on"}}})
	for _, want := range []string{"Total processing performance", "Highest: Nvidia B200", "Lowest: Nvidia H20", "below it: Nvidia H20", "No reliable figure for Alibaba PPU"} {
		if !strings.Contains(en, want) {
			t.Errorf("en description %q lacks %q", en, want)
		}
	}
	pl := Describe(widget.Input{Lang: "pl", Words: widgettest.Words(t, Spec, "pl"), Chrome: widgettest.Chrome(t, "pl"), Data: d, Query: url.Values{"metric": {"memory"}}})
	if !strings.Contains(pl, "Pamięć (GB)") || !strings.Contains(pl, "Najwyżej") {
		t.Errorf("pl description %q", pl)
	}
}

func FuzzParse(f *testing.F) {
	for _, q := range []string{"metric=tpp", "metric=foo&threshold=on", "threshold=%ZZ", "metric=&metric=tflops", ""} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		s, _ := Parse(widget.Input{Query: v})
		if !metric.Valid(s.Metric) {
			t.Errorf("query %q gave invalid metric %q", q, s.Metric)
		}
		if again, ps := Parse(widget.Input{Query: s.Encode()}); again != s || len(ps) != 0 {
			t.Errorf("query %q: state %+v does not round-trip", q, s)
		}
	})
}
