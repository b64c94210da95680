package widget

import (
	"net/url"
	"testing"
)

func TestDateSnapsDownToAnEvent(t *testing.T) {
	dates := Dates{Events: []string{"2022-10-07", "2025-01-13", "2025-05-13"}, AsOf: "2026-07-02"}
	for _, c := range []struct {
		query    string
		want     string
		explicit bool
		ignored  bool
	}{
		{"", "2025-05-13", false, false},
		{"date=2025-01-13", "2025-01-13", true, false},
		{"date=2025-05-12", "2025-01-13", true, false},
		{"date=2025-05-13", "2025-05-13", true, false},
		{"date=2030-01-01", "2025-05-13", true, false},
		{"date=2022-10-07", "2022-10-07", true, false},
		{"date=2022-10-06", "2025-05-13", false, true},
		{"date=2025-13-01", "2025-05-13", false, true},
		{"date=yesterday", "2025-05-13", false, true},
		{"date=2025-1-13", "2025-05-13", false, true},
		{"date=2024-01-01&date=2025-02-01", "2025-01-13", true, false},
	} {
		q, _ := url.ParseQuery(c.query)
		in := Input{ID: "timeline", Prefixed: true, Query: q, Dates: dates}
		got, explicit, ps := in.Date()
		if got != c.want || explicit != c.explicit || (len(ps) > 0) != c.ignored {
			t.Errorf("%q: %s explicit %v problems %v, want %s %v ignored %v", c.query, got, explicit, ps, c.want, c.explicit, c.ignored)
		}
	}
	if got, _, _ := (Input{}).Date(); got != "" {
		t.Errorf("no timeline: %q", got)
	}
}

// The date is page-level: a widget's link sets "date", never
// "<block>.date", and keeps the other widgets' keys.
func TestDateKeyIsNotPrefixed(t *testing.T) {
	q, _ := url.ParseQuery("date=2025-01-13&chip-gap.metric=memory")
	in := Input{ID: "diffusion-map", Prefixed: true, Path: "/en/s", Query: q}
	got := in.Href(url.Values{"date": {"2025-05-13"}, "rule": {"rescinded"}})
	if got != "/en/s?chip-gap.metric=memory&date=2025-05-13&diffusion-map.rule=rescinded" {
		t.Errorf("Href %s", got)
	}
}
