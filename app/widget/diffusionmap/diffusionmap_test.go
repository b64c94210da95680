package diffusionmap

import (
	"net/url"
	"regexp"
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

func allStates() []State {
	var out []State
	for _, r := range rule.Values {
		for _, h := range h20.Values {
			for _, t := range []bool{false, true} {
				for _, dt := range []bool{false, true} {
					out = append(out, State{Rule: r, Tiers: t, H20: h, Data: dt})
				}
			}
		}
	}
	return out
}

func TestParseEncodeRoundTrip(t *testing.T) {
	for _, s := range allStates() {
		got, ps := Parse(widget.Input{Query: s.Encode()})
		if got != s || len(ps) != 0 {
			t.Errorf("Parse(Encode(%+v)) = %+v, %v", s, got, ps)
		}
	}
	s, ps := Parse(widget.Input{Query: url.Values{"rule": {"never"}, "tiers": {"1"}}, Params: map[string]string{"rule": "in-force"}})
	if s.Rule != "in-force" || s.Tiers || len(ps) != 2 {
		t.Errorf("bad values: %+v %v, want the directive's rule and both reported", s, ps)
	}
}

// The flows follow the history: the rule as written blocks the offshore
// routes, its rescission shows them as reported, DeepSeek stays home, and
// Gulf training is never drawn as confirmed.
func TestFlowStatusByState(t *testing.T) {
	d := testData(t)
	status := func(id string, s State) string {
		for _, f := range d.Flows {
			if f.ID == id {
				return flowStatus(f, s)
			}
		}
		t.Fatalf("no flow %s", id)
		return ""
	}
	cases := []struct {
		flow string
		s    State
		want string
	}{
		{"alibaba-singapore", State{Rule: "in-force", H20: "restricted"}, "blocked"},
		{"alibaba-singapore", State{Rule: "rescinded", H20: "restricted"}, "reported"},
		{"bytedance-johor", State{Rule: "before", H20: "allowed"}, "open"},
		{"deepseek-home", State{Rule: "rescinded", H20: "allowed"}, "home"},
		{"cloud-gulf", State{Rule: "rescinded"}, "expansion"},
		{"cloud-gulf", State{Rule: "before"}, "none"},
		{"finetune-hangzhou", State{Rule: "rescinded"}, "none"},
		{"finetune-hangzhou", State{Rule: "rescinded", Data: true}, "data"},
	}
	for _, c := range cases {
		if got := status(c.flow, c.s); got != c.want {
			t.Errorf("%s in %+v = %s, want %s", c.flow, c.s, got, c.want)
		}
	}
	for _, f := range d.Flows {
		// A cloud arc draws documented expansion (by several sources, or
		// by one original report), never an unverified one; training is
		// not drawn.
		if f.Kind == "cloud" && f.Confidence != "C" && f.Confidence != "S" {
			t.Errorf("cloud flow %s: confidence %s; expansion must be documented (C or S)", f.ID, f.Confidence)
		}
	}
}

var (
	tagPattern   = regexp.MustCompile(`<[a-zA-Z]`)
	classPattern = regexp.MustCompile(`class="[^"]*"`)
)

// Every state renders the same map: the SVG keeps every element, only
// classes change, so go-app updates attributes in place and CSS animates.
// (The narration below it may have more or fewer source links.)
func TestRenderSameShapeInEveryState(t *testing.T) {
	d := testData(t)
	in := widget.Input{ID: "diffusion-map", Lang: "en", Words: widgettest.Words(t, Spec, "en"), Chrome: widgettest.Chrome(t, "en"), Prefixed: true, Path: "/en/s", Server: true, Data: d}
	var shape string
	for _, s := range allStates() {
		in.Query = url.Values{}
		for k, v := range s.Encode() {
			in.Query["diffusion-map."+k] = v
		}
		html := app.HTMLString(Render(in))
		svg := html[strings.Index(html, "<svg"):strings.Index(html, "</svg>")]
		n := len(tagPattern.FindAllString(svg, -1))
		if shape == "" {
			shape = strings.Repeat("x", n)
		} else if n != len(shape) {
			t.Errorf("%+v: %d elements, want %d", s, n, len(shape))
		}
		if !strings.Contains(html, `data-state="`+s.Encode().Encode()+`"`) {
			t.Errorf("%+v: data-state missing", s)
		}
	}
}

func TestRenderClassesFollowState(t *testing.T) {
	d := testData(t)
	render := func(q string) string {
		v, _ := url.ParseQuery(q)
		return app.HTMLString(Render(widget.Input{ID: "diffusion-map", Lang: "en", Words: widgettest.Words(t, Spec, "en"), Chrome: widgettest.Chrome(t, "en"), Data: d, Query: v, Path: "/embed/diffusion-map"}))
	}
	inForce := render("rule=in-force&tiers=on")
	for _, want := range []string{`data-flow="alibaba-singapore"`, "is-blocked", "dm-map--tiers", "Counterfactual"} {
		if !strings.Contains(inForce, want) {
			t.Errorf("rule=in-force&tiers=on lacks %s", want)
		}
	}
	if strings.Contains(classPattern.ReplaceAllString(render("rule=rescinded"), ""), "dm-map--tiers") {
		t.Error("tiers drawn while off")
	}
	if n := strings.Count(render("rule=rescinded&h20=restricted"), "is-strong"); n != 4 {
		t.Errorf("%d strong routes with the H20 restricted, want the 4 offshore routes (two firms, two destinations)", n)
	}
	pl := app.HTMLString(Render(widget.Input{ID: "diffusion-map", Lang: "pl", Words: widgettest.Words(t, Spec, "pl"), Chrome: widgettest.Chrome(t, "pl"), Data: d, Path: "/embed/diffusion-map"}))
	if !strings.Contains(pl, "Nieegzekwowana") || !strings.Contains(pl, "Singapur") {
		t.Error("Polish render lacks Polish labels")
	}
}

func TestDescribe(t *testing.T) {
	d := testData(t)
	desc := func(lang, q string) string {
		v, _ := url.ParseQuery(q)
		return Describe(widget.Input{Lang: lang, Words: widgettest.Words(t, Spec, lang), Chrome: widgettest.Chrome(t, lang), Data: d, Query: v})
	}
	if got := desc("en", "rule=in-force"); !strings.Contains(got, "counterfactual") || !strings.Contains(got, "Financial Times' reading") {
		t.Errorf("in-force: %q", got)
	}
	if got := desc("en", "rule=rescinded&h20=restricted"); !strings.Contains(got, "reportedly") || !strings.Contains(got, "not confirmed") {
		t.Errorf("rescinded: %q (must attribute the FT report and not confirm Gulf training)", got)
	}
	if got := desc("pl", "rule=before&data=on&tiers=on"); !strings.Contains(got, "otwarta") || !strings.Contains(got, "grup") {
		t.Errorf("pl before: %q", got)
	}
}

func TestDecodeRejectsBadData(t *testing.T) {
	geo := `{"width":1,"height":1,"countries":[{"id":"1","d":"M0 0"}]}`
	bad := map[string]string{
		"unknown place": `{"places":[],"flows":[{"id":"f","from":"x","to":"x","sources":["S1"],"status":{}}]}`,
		"no geometry":   `{"places":[]}`,
		"not json":      `{`,
	}
	for name, data := range bad {
		g := geo
		if name == "no geometry" {
			g = `{"countries":[]}`
		}
		d, err := Decode(widget.Files{dataFile: []byte(data), geoFile: []byte(g)})
		if err == nil {
			err = Spec.Validate(d)
		}
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, q := range []string{"rule=in-force&tiers=on", "rule=%zz", "h20=allowed&h20=x", "data=on&rule="} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		s, _ := Parse(widget.Input{Query: v})
		if again, ps := Parse(widget.Input{Query: s.Encode()}); again != s || len(ps) != 0 {
			t.Errorf("%q: state %+v does not round-trip", q, s)
		}
	})
}

// The page's date decides the rule's factual value; "as written" stays
// a choice at any date; a factual value the date contradicts is ignored
// and said so; without a date, a view of the past is dated when it held.
func TestTheDateDecidesTheRule(t *testing.T) {
	events := []string{"2023-11-17", "2024-12-02", "2025-01-13", "2025-04-09", "2025-05-13", "2026-07-01"}
	for _, c := range []struct {
		query, rule, date string
		ignored           bool
	}{
		{"", "rescinded", "2026-07-01", false},
		{"date=2024-06-01", "before", "2023-11-17", false},
		{"date=2025-01-13", "in-force", "2025-01-13", false},
		{"date=2025-05-12", "in-force", "2025-04-09", false},
		{"date=2025-05-13", "rescinded", "2025-05-13", false},
		{"date=2024-06-01&diffusion-map.rule=in-force", "in-force", "2023-11-17", false},
		{"date=2025-06-01&diffusion-map.rule=before", "rescinded", "2025-05-13", true},
		{"diffusion-map.rule=before", "before", "2024-12-02", false},
	} {
		v, _ := url.ParseQuery(c.query)
		in := widget.Input{ID: "diffusion-map", Prefixed: true, Query: v, Dates: widget.Dates{Events: events, AsOf: "2026-07-02"}}
		s, ps := Parse(in)
		if s.Rule != c.rule || s.Full().Get("date") != c.date || (len(ps) > 0) != c.ignored {
			t.Errorf("%q: rule %s, date %s, problems %v; want %s, %s, ignored %v", c.query, s.Rule, s.Full().Get("date"), ps, c.rule, c.date, c.ignored)
		}
	}
	// The view before 2025 shows the H20 as it was then: sold without a
	// licence (the requirement came in April 2025), and says so when the
	// address asked for the requirement.
	for query, ignored := range map[string]bool{"diffusion-map.rule=before": false, "diffusion-map.rule=before&diffusion-map.h20=restricted": true} {
		v, _ := url.ParseQuery(query)
		s, ps := Parse(widget.Input{ID: "diffusion-map", Prefixed: true, Query: v, Dates: widget.Dates{Events: events, AsOf: "2026-07-02"}})
		if s.H20 != "allowed" || (len(ps) > 0) != ignored {
			t.Errorf("%s: H20 %s, problems %v", query, s.H20, ps)
		}
	}
	// Asking for the H20 licence from a view before it moves the view to
	// when it held: the rule as written, on 9 April 2025 if dated.
	if got := (State{Rule: "before", H20: "allowed", Date: "2024-12-02"}).withH20("restricted"); got.Rule != "in-force" || got.H20 != "restricted" {
		t.Errorf("licence from Before 2025: %+v", got)
	}
	if got := (State{Rule: "before", H20: "allowed", Date: "2024-12-02", Explicit: true}).withH20("restricted"); got.Date != "2025-04-09" || got.H20 != "restricted" {
		t.Errorf("licence from 2 December 2024: %+v", got)
	}
	// Under a named date, the factual links move the date to when the
	// value held, and "as written" keeps it.
	s := State{Rule: "rescinded", Date: "2025-05-13", Explicit: true}
	if got := s.withRule("before", events).Date; got != "2024-12-02" {
		t.Errorf("Before 2025 from 13 May 2025 goes to %s", got)
	}
	if got := s.withRule("in-force", events).Date; got != "2025-05-13" {
		t.Errorf("as written moved the date to %s", got)
	}
	if got := (State{Rule: "before", Date: "2024-12-02", Explicit: true}).withRule("rescinded", events).Date; got != "2025-05-13" {
		t.Errorf("Rescinded from 2 December 2024 goes to %s", got)
	}
}

// What later sources add follows the date: the ByteDance–Aolani flow
// from 13 March 2026 (the event it snaps to), the rule's "announced, not
// yet binding" note in January–May 2025, and the GAO's finding from 12
// May 2026.
func TestLaterFactsFollowTheDate(t *testing.T) {
	events := []string{"2024-12-02", "2025-01-13", "2025-05-13", "2026-01-28", "2026-03-19", "2026-05-12", "2026-07-01"}
	render := func(q string) string {
		v, _ := url.ParseQuery(q)
		in := widgettest.Input(t, Spec, "en", v)
		in.Dates = widget.Dates{Events: events, AsOf: "2026-07-02"}
		return app.HTMLString(Render(in))
	}
	aolani := regexp.MustCompile(`class="dm-flow dm-flow--route is-(\w+)[^"]*"[^>]*data-flow="bytedance-aolani"|data-flow="bytedance-aolani"[^>]*class="dm-flow dm-flow--route is-(\w+)[^"]*"`)
	status := func(html string) string {
		m := aolani.FindStringSubmatch(html)
		if m == nil {
			return "missing"
		}
		return m[1] + m[2]
	}
	for _, c := range []struct {
		q, aolani string
		notes     []string
		not       []string
	}{
		{"date=2026-01-28", "none", nil, []string{"Government Accountability Office", "not yet binding"}},
		{"date=2026-03-19", "reported", nil, []string{"Government Accountability Office"}},
		{"date=2026-05-12", "reported", []string{"Government Accountability Office"}, nil},
		{"", "reported", []string{"Government Accountability Office"}, nil},
		{"date=2025-02-01", "none", []string{"announced but was not yet binding"}, []string{"Government Accountability Office"}},
		{"date=2025-05-13", "none", nil, []string{"not yet binding"}},
	} {
		html := render(c.q)
		if got := status(html); got != c.aolani {
			t.Errorf("%q: the Aolani flow is %s, want %s", c.q, got, c.aolani)
		}
		for _, want := range c.notes {
			if !strings.Contains(html, want) {
				t.Errorf("%q: no note %q", c.q, want)
			}
		}
		for _, not := range c.not {
			if strings.Contains(html, not) {
				t.Errorf("%q: says %q", c.q, not)
			}
		}
	}
}

// The H20 layer tells only what its date knows: before the April 2025
// licence the chip was simply sold, with no word of the August licences,
// the 15% or Beijing's pushback; after it, the whole story.
func TestH20NarrationFollowsTheDate(t *testing.T) {
	events := []string{"2022-10-07", "2025-01-13", "2025-04-09", "2025-05-13", "2025-08-08"}
	render := func(q string) string {
		v, _ := url.ParseQuery(q)
		in := widgettest.Input(t, Spec, "en", v)
		in.Dates = widget.Dates{Events: events, AsOf: "2026-07-02"}
		return app.HTMLString(Render(in))
	}
	later := []string{"August 2025", "15%", "Beijing"}
	for _, c := range []struct {
		q     string
		early bool
	}{
		{"rule=before", true},
		{"date=2025-02-01", true},
		{"rule=rescinded&h20=allowed", false},
		{"date=2025-08-08&h20=allowed", false},
	} {
		html := render(c.q)
		i := strings.Index(html, `dm-narration-h20`)
		if i < 0 {
			t.Fatalf("%q: no H20 narration", c.q)
		}
		h20 := html[i : i+strings.Index(html[i:], "</p>")]
		if got := strings.Contains(h20, "only from April 2025"); got != c.early {
			t.Errorf("%q: says the licence came only from April 2025: %v, want %v\n%s", c.q, got, c.early, h20)
		}
		for _, word := range later {
			if c.early && strings.Contains(h20, word) {
				t.Errorf("%q: the H20 narration before its licence mentions %q:\n%s", c.q, word, h20)
			}
		}
	}
}
