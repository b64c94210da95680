package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render draws the chosen event (date, kind, summary, sources), the
// previous and next links, a range input over the events, and the axis:
// every event a link at its place in time, ending at the as-of date.
// Every control is a link to its date, so it works before the wasm and
// without JavaScript; the range input (for JavaScript: web/boot.js
// follows the matching link when the reader lets go) is the phone's way
// to move.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil || len(d.Events) == 0 {
		return widget.Root(in, Name, s.Encode(), problems, w.Title)
	}
	l := in.Language()
	i := d.at(s.Date)
	e := d.Events[i]
	href := func(j int) string { return in.Href(State{Date: d.Events[j].Date}.Encode()) }
	step := func(j int, label, class string) app.UI {
		if j < 0 || j >= len(d.Events) {
			// An HTML string: go-app writes aria-hidden="true" bare on
			// the server, which screen readers take as not hidden.
			return app.Raw(`<span class="tl-step ` + class + ` tl-step--none" aria-hidden="true">` + widget.Escape(label) + `</span>`)
		}
		return app.A().Class("tl-step", class).Href(href(j)).Aria("label", label+": "+l.Date(d.Events[j].Date)+", "+d.Events[j].Label.In(l.Code)).Text(label)
	}
	// The range input is an HTML string (app.Raw), as share.go's fields:
	// it needs no Go handler, and each element type go-app builds adds
	// its methods to app.wasm.
	rangeInput := `<input type="range" class="tl-range" min="0" max="` + strconv.Itoa(len(d.Events)-1) + `" step="1" value="` + strconv.Itoa(i) +
		`" aria-label="` + widget.Escape(w.Date) + `" aria-valuetext="` + widget.Escape(l.Date(e.Date)+": "+e.Label.In(l.Code)) + `">`
	asOf := fmt.Sprintf(w.AsOf, in.Dates.AsOfTxt)
	return widget.Root(in, Name, s.Encode(), problems, w.Title,
		app.Figure().Class("tl-figure").Body(app.Div().Class("tl-now", "tl-now--"+e.Kind).Body(
			app.Raw(`<p class="tl-when"><time datetime="`+widget.Escape(e.Date)+`">`+widget.Escape(l.Date(e.Date))+`</time><span class="tl-kind">`+widget.Escape(w.Kinds[e.Kind])+`</span></p>`),
			app.P().Class("tl-label").Text(e.Label.In(l.Code)),
			app.P().Class("tl-summary").Text(e.Summary.In(l.Code)),
			sourceLine(in, e, w),
		),
			app.Div().Class("tl-controls").Body(
				step(i-1, "‹ "+w.Previous, "tl-prev"),
				app.Raw(rangeInput),
				step(i+1, w.Next+" ›", "tl-next"),
			),
			axis(in, d, i, href, asOf),
			app.Raw(key(w)),
			// What a screen reader hears when the date changes: Describe.
			app.FigCaption().Class("sr-only").Aria("live", "polite").Text(Describe(in)),
		),
		app.Raw(table(in, d, w)),
	)
}

// axis is the events on a line of time: each a link at its date's place
// (a share of the span from the first event to the as-of date), with the
// years marked. The chosen event is aria-current.
func axis(in widget.Input, d *Data, on int, href func(int) string, asOf string) app.UI {
	l := in.Language()
	start, end := day(d.Events[0].Date), day(d.AsOf)
	if end <= start {
		end = start + 1
	}
	at := func(date string) string {
		return strconv.FormatFloat(100*float64(day(date)-start)/float64(end-start), 'f', 2, 64) + "%"
	}
	var years []int
	for y := year(d.Events[0].Date) + 1; y <= year(d.AsOf); y++ {
		years = append(years, y)
	}
	return app.Div().Class("tl-axis").Body(
		app.Ul().Class("tl-ticks").Body(app.Range(d.Events).Slice(func(j int) app.UI {
			ev := d.Events[j]
			a := app.A().Class("tl-tick", "tl-tick--"+ev.Kind).Href(href(j))
			if j == on {
				a = a.Class("tl-tick--on").Aria("current", "page")
			}
			return app.Li().Style("left", at(ev.Date)).Body(a.Body(app.Span().Class("sr-only").Text(l.Date(ev.Date) + ": " + ev.Label.In(l.Code))))
		})),
		app.Raw(yearMarks(years, at)),
		app.Raw(`<span class="tl-end" aria-hidden="true">`+widget.Escape(asOf)+`</span>`),
	)
}

// yearMarks are the years along the axis, for the eye only (an HTML
// string, so that aria-hidden="true" is written out on the server too).
func yearMarks(years []int, at func(date string) string) string {
	var b strings.Builder
	b.WriteString(`<div class="tl-years" aria-hidden="true">`)
	for _, y := range years {
		b.WriteString(`<span style="left:` + at(strconv.Itoa(y)+"-01-01") + `">` + strconv.Itoa(y) + `</span>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// sourceLine is the event's sources and confidence.
func sourceLine(in widget.Input, e Event, w *text) app.UI {
	return in.SourceList(w.Sources, e.Sources, app.Li().Class("tl-conf").Text(w.Conf[e.Confidence]))
}

// day is an ISO date as a day number (0 if it is not one).
func day(iso string) int64 {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return 0
	}
	return t.Unix() / 86400
}

func year(iso string) int {
	y, _ := strconv.Atoi(iso[:4])
	return y
}

// Describe says which event the timeline shows, in the page's language.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil || len(d.Events) == 0 {
		return w.Title
	}
	e := d.Events[d.at(s.Date)]
	l := in.Language()
	return fmt.Sprintf(w.Describe, in.Dates.AsOfTxt, l.Date(e.Date), e.Label.In(l.Code), e.Summary.In(l.Code))
}

// table is every event as a table, the timeline's alternative to its
// axis: an HTML string (it is the same in every state), as share.go's
// fields are, to keep app.wasm small.
func table(in widget.Input, d *Data, w *text) string {
	l := in.Language()
	var b strings.Builder
	b.WriteString(`<details class="tl-table"><summary>` + widget.Escape(w.Table) + `</summary><table><thead><tr><th>` +
		widget.Escape(w.Date) + `</th><th>` + widget.Escape(w.Event) + `</th><th>` + widget.Escape(w.Sources) + `</th></tr></thead><tbody>`)
	for _, ev := range d.Events {
		b.WriteString(`<tr><td><time datetime="` + widget.Escape(ev.Date) + `">` + widget.Escape(l.Date(ev.Date)) + `</time></td><td>` +
			widget.Escape(ev.Label.In(l.Code)+". "+ev.Summary.In(l.Code)) + `</td><td>` +
			widget.Escape(in.Cited(ev.Sources)+" ("+w.Conf[ev.Confidence]+")") + `</td></tr>`)
	}
	b.WriteString(`</tbody></table></details>`)
	return b.String()
}

// key names the dots' colours: the event kinds.
func key(w *text) string {
	out := `<ul class="tl-key">`
	for _, k := range kinds {
		out += `<li class="tl-key--` + k + `">` + widget.Escape(w.Kinds[k]) + `</li>`
	}
	return out + `</ul>`
}
