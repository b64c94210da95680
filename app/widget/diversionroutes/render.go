package diversionroutes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render draws the view switch, what the view means, the map (the
// region's outlines, each shown case's routes and its number at its
// place), the cases as a numbered list with dates, sources and
// confidence, the reporting's argument once it was made, and, folded in
// an embed, the key and every case as a table.
//
// The map's layers and the lists are HTML strings (app.Raw): the
// browser needs no handler in them, and each element type go-app builds
// adds to app.wasm. A state change replaces a string whole, so nothing
// animates: what is new on this date is marked instead (a badge and a
// heavier line), which reads the same with reduced motion.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return widget.DatedRoot(in, Name, s.Encode(), s.Full(), problems, w.Title)
	}
	l := in.Language()
	shown := d.Shown(s.Mode, s.Date)
	// New is new since the timeline's previous event, for a reader
	// moving through time; a page without a date marks nothing new.
	fresh := s.Date
	if s.Explicit {
		fresh = since(in.Dates.Events, s.Date)
	}
	labels := map[string]string{}
	for _, m := range mode.Values {
		labels[m] = d.Modes[m].Label.In(l.Code)
	}
	body := []app.UI{
		app.Div().Class("dr-controls").Body(
			widget.Segment(in.ID+"-mode", w.Mode, widget.Choices(in, s, mode, labels, s.Mode, func(s *State, v string) { s.Mode = v })),
		),
		app.P().Class("dr-what").Text(d.Modes[s.Mode].What.In(l.Code)),
		app.Figure().Class("dr-figure").Body(
			app.Div().Class("dr-map", "dr-map--"+s.Mode).Body(
				app.Raw(outlines(d)),
				app.Raw(overlay(in.ID, d, shown, fresh)),
				app.Raw(placeLabels(d, shown, fresh, l)),
			),
			app.FigCaption().Class("sr-only").Aria("live", "polite").Text(Describe(in)),
		),
		// In an embed the list is one line a case, so the iframe stays
		// near the map's height; the full list folds away with the key.
		app.Raw(caseList(in, shown, fresh, w, l, in.Standalone)),
		// The reporting's argument belongs to the renting view: the
		// switch is the comparison.
		app.If(s.Mode == "rent" && s.Date >= d.Argument.Since, func() app.UI { return app.Raw(argument(in, d, s, w, l)) }),
	}
	body = append(body, widget.Extras(in,
		app.If(in.Standalone && len(shown) > 0, func() app.UI { return app.Raw(caseList(in, shown, fresh, w, l, false)) }),
		app.Raw(key(w)),
		app.P().Class("widget-legend").Text(w.Legend),
		app.P().Class("widget-legend").Text(w.Credit),
		app.Raw(table(in, d, w)),
	)...)
	return widget.DatedRoot(in, Name, s.Encode(), s.Full(), problems, w.Title, body...)
}

// outlines is the region's countries, the same in every state. data-geo
// marks them for mapframe.ReadBack: the page's payload leaves them out.
func outlines(d *Data) string {
	var b strings.Builder
	b.WriteString(`<svg class="dr-svg dr-base" data-` + mapframe.AttrName + `="` + mapframe.AttrVal + `" viewBox="` + d.Geo.ViewBox() +
		`" focusable="false" aria-hidden="true">`)
	for _, c := range d.Geo.Countries {
		class := "dr-country"
		if c.ID == chinaISO {
			class += " dr-country--cn"
		}
		b.WriteString(`<path class="` + class + `" data-iso="` + widget.Escape(c.ID) + `" d="` + widget.Escape(c.D) + `"></path>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// chinaISO is China's ISO 3166 numeric code: the destination is shaded.
const chinaISO = "156"

// overlay draws each shown case's routes, one curve a leg, with an arrow
// on the last leg, and the places' dots. Routes of charges are solid,
// of press reports dashed; in the renting view the route is the work
// sent abroad, dotted. Cases new on this date draw heavier.
func overlay(id string, d *Data, shown []Numbered, fresh string) string {
	var b strings.Builder
	b.WriteString(`<svg class="dr-svg dr-overlay" viewBox="` + d.Geo.ViewBox() + `" focusable="false" aria-hidden="true"><defs>`)
	for _, k := range []string{"case", "report", "rent"} {
		b.WriteString(`<marker id="` + id + `-arrow-` + k + `" class="dr-arrow dr-arrow--` + k +
			`" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0 0L10 5L0 10z"></path></marker>`)
	}
	b.WriteString(`</defs>`)
	for _, c := range shown {
		style := c.Kind
		if c.Mode == "rent" {
			style = "rent"
		}
		class := "dr-route dr-route--" + style + widget.When(c.Date > fresh, " is-new")
		bow := 0.16 + 0.06*float64(c.N%3)
		for _, route := range c.Routes {
			for i := 0; i+1 < len(route); i++ {
				from, to := d.places[route[i]], d.places[route[i+1]]
				x1, y1 := from.XY()
				x2, y2 := to.XY()
				path, _, _ := mapframe.Arc(x1, y1, x2, y2, bow)
				b.WriteString(`<path class="` + class + `" d="` + path + `"`)
				if i+2 == len(route) {
					b.WriteString(` marker-end="url(#` + id + `-arrow-` + style + `)"`)
				}
				b.WriteString(`></path>`)
			}
		}
	}
	for _, p := range d.Places {
		if p.Region || p.Edge {
			continue
		}
		x, y := p.XY()
		b.WriteString(`<circle class="dr-dot" cx="` + mapframe.Num(mapframe.Round1(x)) + `" cy="` + mapframe.Num(mapframe.Round1(y)) + `" r="3.5"></circle>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// opposite is where a place's case numbers sit: on the side away from
// its label.
var opposite = map[string]string{"left": "right", "right": "left", "above": "below", "below": "above"}

// placeLabels are the places' names and, beside each, the numbers of the
// cases shown there: HTML over the map, so text keeps its size at any
// width. Hidden from screen readers, which get the list.
func placeLabels(d *Data, shown []Numbered, fresh string, l lang.Language) string {
	var b strings.Builder
	b.WriteString(`<div class="dr-labels" aria-hidden="true">`)
	for _, p := range d.Places {
		x, y := p.XY()
		at := `style="left:` + d.Geo.Left(x) + `;top:` + d.Geo.Top(y) + `"`
		class := "dr-place dr-anchor--" + p.Anchor + widget.When(p.Region, " dr-place--region") + widget.When(p.Edge, " dr-place--edge")
		b.WriteString(`<span class="` + class + `" ` + at + `>` + widget.Escape(p.Label.In(l.Code)) + `</span>`)
		var marks []string
		for _, c := range shown {
			if c.At == p.ID {
				marks = append(marks, `<span class="dr-mark dr-mark--`+c.Kind+widget.When(c.Date > fresh, " is-new")+`">`+strconv.Itoa(c.N)+`</span>`)
			}
		}
		if len(marks) > 0 {
			b.WriteString(`<span class="dr-marks dr-marks--` + p.marksSide() + `" ` + at + `>` + strings.Join(marks, "") + `</span>`)
		}
	}
	b.WriteString(`</div>`)
	return b.String()
}

// when is a case's date in words.
func when(c Case, l lang.Language) string {
	if t := c.When.In(l.Code); t != "" {
		return t
	}
	return l.Date(c.Date)
}

// caseList is the shown cases as a numbered list: the reader's way into
// the map, and a screen reader's.
func caseList(in widget.Input, shown []Numbered, fresh string, w *text, l lang.Language, brief bool) string {
	if len(shown) == 0 {
		return `<p class="dr-none">` + widget.Escape(w.None) + `</p>`
	}
	var b strings.Builder
	b.WriteString(`<ol class="dr-cases` + widget.When(brief, " dr-cases--brief") + `">`)
	for _, c := range shown {
		isNew := c.Date > fresh
		b.WriteString(`<li class="dr-case dr-case--` + c.Kind + widget.When(isNew, " is-new") + `" value="` + strconv.Itoa(c.N) + `">` +
			`<span class="dr-mark dr-mark--` + c.Kind + `" aria-hidden="true">` + strconv.Itoa(c.N) + `</span><div>` +
			`<p class="dr-when"><time datetime="` + c.Date + `">` + widget.Escape(when(c.Case, l)) + `</time> · ` + widget.Escape(w.Kinds[c.Kind]))
		if isNew {
			b.WriteString(` <strong class="dr-new">` + widget.Escape(w.New) + `</strong>`)
		}
		b.WriteString(`</p><p class="dr-title">` + widget.Escape(c.Title.In(l.Code)) + `</p>`)
		if !brief {
			b.WriteString(`<p class="dr-summary">` + widget.Escape(c.Summary.In(l.Code)) + `</p>` +
				in.SourcesHTML("dr-sources", w.Sources, c.Sources, w.Conf[c.Confidence]))
		}
		b.WriteString(`</div></li>`)
	}
	b.WriteString(`</ol>`)
	return b.String()
}

// argument is the reporting's case that renting lowers the reason to
// smuggle, framed as an argument, with how many enforcement actions the
// buy-and-ship view shows since it was made (a count of this data, not
// a trend).
func argument(in widget.Input, d *Data, s State, w *text, l lang.Language) string {
	a := d.Argument
	after := 0
	for _, c := range d.Shown("ship", s.Date) {
		if c.Kind == "case" && c.Date > a.Since {
			after++
		}
	}
	return `<aside class="dr-argument"><p class="dr-argument-label">` + widget.Escape(w.Argument) + ` · <time datetime="` + a.Since + `">` + widget.Escape(l.Date(a.Since)) + `</time></p><p>` +
		widget.Escape(a.Text.In(l.Code)) + `</p><p class="dr-argument-since">` + widget.Escape(fmt.Sprintf(w.Since, after)) + `</p>` +
		in.SourcesHTML("dr-sources", w.Sources, a.Sources, w.Conf[a.Confidence]) + `</aside>`
}

// key explains the lines and the numbers' shapes.
func key(w *text) string {
	var b strings.Builder
	b.WriteString(`<ul class="dr-key">`)
	for _, k := range []string{"case", "report", "rent"} {
		b.WriteString(`<li><span class="dr-key-line dr-key-line--` + k + `"></span>` + widget.Escape(w.Lines[k]) + `</li>`)
	}
	for _, k := range kinds {
		b.WriteString(`<li><span class="dr-mark dr-mark--` + k + `">1</span>` + widget.Escape(w.Kinds[k]) + `</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// table is every case of both views at every date, one row each, the
// summaries left to the list and the CSV: the data at a glance.
func table(in widget.Input, d *Data, w *text) string {
	l := in.Language()
	var b strings.Builder
	b.WriteString(`<details class="dr-table"><summary>` + widget.Escape(w.Table) + `</summary><div class="table-scroll"><table><thead><tr><th scope="col">` +
		widget.Escape(w.Date) + `</th><th scope="col">` + widget.Escape(w.Event) + `</th><th scope="col">` + widget.Escape(w.Sources) + `</th></tr></thead><tbody>`)
	for _, c := range d.Cases {
		b.WriteString(`<tr><td>` + widget.Escape(when(c, l)) + `</td><td>` +
			widget.Escape(d.Modes[c.Mode].Label.In(l.Code)+": "+c.Title.In(l.Code)) + `</td><td>` +
			widget.Escape(in.Cited(c.Sources)+" ("+w.Conf[c.Confidence]+")") + `</td></tr>`)
	}
	b.WriteString(`</tbody></table></div></details>`)
	return b.String()
}

// Describe says what the map shows: the view, the date, and each case
// shown, in the page's language.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return w.Title
	}
	l := in.Language()
	shown := d.Shown(s.Mode, s.Date)
	list := w.None
	if len(shown) > 0 {
		var parts []string
		for _, c := range shown {
			parts = append(parts, strconv.Itoa(c.N)+". "+when(c.Case, l)+": "+c.Title.In(l.Code))
		}
		list = strings.Join(parts, "; ") + "."
	}
	date := widget.AsOfText(in, s.Date)
	return fmt.Sprintf(w.Describe, d.Modes[s.Mode].Label.In(l.Code), date, list)
}
