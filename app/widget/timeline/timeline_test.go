package timeline

import (
	"net/url"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/widgettest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// input is the timeline on a story with query q, its dates from its own
// data, as the server gives them.
func input(t *testing.T, code, q string) widget.Input {
	t.Helper()
	v, _ := url.ParseQuery(q)
	in := widgettest.Input(t, Spec, code, v)
	d := in.Data.(*Data)
	for _, e := range d.Events {
		in.Dates.Events = append(in.Dates.Events, e.Date)
	}
	in.Dates.AsOf, in.Dates.AsOfTxt = d.AsOf, d.AsOfLabel.In(code)
	in.ID, in.Prefixed, in.Path = "timeline", true, "/en/s"
	return in
}

// The state is the page's date, snapped to an event; the chosen event
// is the one shown, its neighbours are the steps, and every link sets
// the page-level date.
func TestRenderShowsTheChosenEvent(t *testing.T) {
	html := app.HTMLString(Render(input(t, "en", "date=2025-06-01")))
	for _, want := range []string{
		`data-state="date=2025-05-13"`,
		`<time datetime="2025-05-13">13 May 2025</time>`,
		"Rule not enforced",
		// go-app writes attributes in no fixed order: the steps' links,
		// each on its own.
		`href="/en/s?date=2025-04-09#timeline"`,
		`href="/en/s?date=2025-07-14#timeline"`,
		`value="7"`,
		`aria-current="page"`,
		"as of early July 2026",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("lacks %s", want)
		}
	}
	if strings.Contains(html, "timeline.date") {
		t.Error("a link prefixes the page's date")
	}
	// The first event has no previous one.
	first := app.HTMLString(Render(input(t, "pl", "date=2022-10-07")))
	if !strings.Contains(first, "tl-step--none") || !strings.Contains(first, "7 października 2022") {
		t.Error("the first event: no inert previous step, or not in Polish")
	}
}

func TestDescribeNamesTheEventInEachLanguage(t *testing.T) {
	en := Describe(input(t, "en", "date=2026-05-31"))
	pl := Describe(input(t, "pl", "date=2026-05-31"))
	if !strings.Contains(en, "31 May 2026") || !strings.Contains(en, "early July 2026") || !strings.Contains(en, "non-Chinese clouds") {
		t.Errorf("en: %s", en)
	}
	if !strings.Contains(pl, "31 maja 2026") || !strings.Contains(pl, "początek lipca 2026") {
		t.Errorf("pl: %s", pl)
	}
}
