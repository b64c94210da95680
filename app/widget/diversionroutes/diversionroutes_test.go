package diversionroutes

import (
	"net/url"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/widgettest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// input is the widget on a story with query q, its dates from the
// timeline's data, as the server gives them.
func input(t *testing.T, code, q string) widget.Input {
	t.Helper()
	v, _ := url.ParseQuery(q)
	in := widgettest.Input(t, Spec, code, v)
	in.Dates = widgettest.Dates(t, code)
	in.ID, in.Prefixed, in.Path = "diversion-routes", true, "/en/s"
	return in
}

// The cases follow the date: a case shows from the day it came to
// light, keeps its number, and is marked new only on the first date
// that shows it, when the reader has named a date.
func TestCasesFollowTheDate(t *testing.T) {
	for _, c := range []struct {
		q          string
		shows, not []string
		fresh      []string
	}{
		// Before the first case: nothing yet.
		{"date=2024-12-02", nil, []string{"Singapore charges"}, nil},
		{"date=2025-02-27", []string{"Singapore charges"}, []string{"Malaysia requires"}, []string{"Singapore charges"}},
		// The FT report (24 July) and the trackers (13 August) came to
		// light between events: the next event shows them, as new.
		{"date=2025-08-12", []string{"Malaysia requires", "at least $1 billion"}, []string{"trackers"}, []string{"at least $1 billion"}},
		{"date=2025-12-08", []string{"trackers", "Operation Gatekeeper"}, []string{"Super Micro co-founder"}, []string{"trackers", "Operation Gatekeeper"}},
		// No date: everything to the facts' as-of date, nothing "new".
		{"", []string{"Super Micro co-founder", "Bangkok firm", "money-laundering"}, nil, nil},
		// The renting view: its own cases.
		{"diversion-routes.mode=rent&date=2025-12-08", []string{"red flag", "Alibaba and ByteDance train"}, []string{"36,000", "Singapore charges"}, []string{"Alibaba and ByteDance train"}},
	} {
		html := app.HTMLString(Render(input(t, "en", c.q)))
		list := html[strings.Index(html, `dr-cases`)+1:]
		if i := strings.Index(list, "</ol>"); i >= 0 {
			list = list[:i]
		} else {
			list = ""
		}
		for _, want := range c.shows {
			if !strings.Contains(list, want) {
				t.Errorf("%q: the list lacks %q", c.q, want)
			}
		}
		for _, not := range c.not {
			if strings.Contains(list, not) {
				t.Errorf("%q: the list shows %q, not yet public", c.q, not)
			}
		}
		for _, item := range strings.Split(list, "<li ")[1:] {
			isNew := strings.Contains(item, "is-new")
			want := false
			for _, f := range c.fresh {
				want = want || strings.Contains(item, f)
			}
			if isNew != want {
				t.Errorf("%q: new=%v for %.80s", c.q, isNew, item[strings.Index(item, "dr-title")+10:])
			}
		}
		if len(c.shows) == 0 && !strings.Contains(html, "Nothing in this view had come to light") {
			t.Errorf("%q: no word that nothing shows", c.q)
		}
	}
}

// A case keeps its number at every date; the map puts the same number
// on its place, and draws its routes.
func TestNumbersAndRoutesAgree(t *testing.T) {
	d := widgettest.Data(t, Spec).(*Data)
	all := d.Shown("ship", "9999-12-31")
	early := d.Shown("ship", "2025-12-08")
	for i, c := range early {
		if c.N != all[i].N || c.ID != all[i].ID {
			t.Errorf("case %s is %d early and %d later", c.ID, c.N, all[i].N)
		}
	}
	html := app.HTMLString(Render(input(t, "en", "date=2026-03-19")))
	// Super Micro (6, through Taiwan): two legs, the last with an
	// arrow; its number on Taiwan.
	if n := strings.Count(html, `class="dr-route dr-route--case is-new"`); n != 2 {
		t.Errorf("%d new legs, want Super Micro's 2", n)
	}
	if !strings.Contains(html, `marker-end="url(#diversion-routes-arrow-case)"`) {
		t.Error("no arrow on a route")
	}
	if !strings.Contains(html, `<span class="dr-mark dr-mark--case is-new">6</span>`) {
		t.Error("Super Micro's number is not on the map")
	}
}

// The view switch: links that keep the page's date and set the view;
// the argument shows from the day it was made, with a count of this
// data, and never before.
func TestViewSwitchAndArgument(t *testing.T) {
	html := app.HTMLString(Render(input(t, "en", "date=2026-05-31&diversion-routes.mode=rent")))
	for _, want := range []string{
		`href="/en/s?date=2026-05-31&diversion-routes.mode=ship#diversion-routes"`,
		`data-state="date=2026-05-31&mode=rent"`,
		"The argument in the reporting",
		// Gatekeeper, Super Micro, Taiwan's case: after 27 November
		// 2025 and by 31 May 2026.
		"Charges, searches and seizures on this map since then: 3 ",
		"sources do not say it covers renting",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("lacks %s", want)
		}
	}
	if before := app.HTMLString(Render(input(t, "en", "date=2025-08-12&diversion-routes.mode=rent"))); strings.Contains(before, "The argument in the reporting") {
		t.Error("the argument shows before it was made")
	}
	bad := input(t, "pl", "diversion-routes.mode=smuggle")
	if s, ps := Parse(bad); s.Mode != "ship" || len(ps) != 1 {
		t.Errorf("a bad view: %v, %v", s, ps)
	}
	if d := Describe(input(t, "pl", "date=2025-02-27")); !strings.Contains(d, "Singapur oskarża") || !strings.Contains(d, "27 lutego 2025") {
		t.Errorf("Polish description: %q", d)
	}
}
