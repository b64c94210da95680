package chipgap

import (
	"fmt"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render builds the widget for one page. The tree has the same shape in
// every state (same rows, same elements); a state change only changes
// attributes and text, so go-app keeps the nodes and CSS transitions run.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil {
		d = &Data{}
	}
	w := wordsFor(in)
	max := scaleMax(d, s.Metric)
	lineOn := s.Threshold && s.Metric == "tpp"
	// The licence line is on the TPP scale only; elsewhere it sits at 0
	// (hidden), since 4,800 on a bandwidth axis would be far off the page.
	mark := 0.0
	if s.Metric == "tpp" {
		mark = d.Threshold.Value / max
	}

	body := []app.UI{
		app.Div().Class("cg-controls").Body(
			widget.Segment(in.ID+"-measure", w.Measure, metricLinks(in, s, w)),
			widget.Segment(in.ID+"-line", w.Line, lineLinks(in, s, w)),
		),
		app.Figure().Class("cg-chart").Body(
			app.Div().
				Class("cg-plot").
				Class(widget.When(lineOn, "cg-plot--line")).
				Body(
					app.Div().Class("cg-axis").Body(
						app.Span().Class("cg-axis-track").Body(
							app.Span().
								Class("cg-threshold-label").
								Style("left", widget.Percent(mark)).
								Text(w.ThresholdLabel),
						),
					),
					app.Ul().Class("cg-rows").Body(
						app.Range(d.Chips).Slice(func(i int) app.UI {
							return row(d.Chips[i], s.Metric, max, mark, in.Language(), w)
						}),
					),
				),
			app.FigCaption().Class("cg-describe").Aria("live", "polite").Text(Describe(in)),
		),
		explain(in, d, s, w),
		app.If(in.Caption != "", func() app.UI { return app.Raw(in.Caption) }),
	}
	body = append(body, widget.Extras(in,
		app.P().Class("widget-legend").Text(w.Legend),
		notes(in, d),
		table(in, d, w),
		sourceLine(in, d, w),
	)...)
	return widget.Root(in, Name, s.Encode(), problems, w.Title, body...)
}

// scaleMax is the axis maximum for a metric: the largest figure or range
// end, so every bar fits.
func scaleMax(d *Data, m string) float64 {
	max := 0.0
	for _, c := range d.Chips {
		if f, ok := c.Figures[m]; ok {
			max = maxf(max, maxf(f.Value, f.High))
		}
	}
	if m == "tpp" {
		max = maxf(max, d.Threshold.Value)
	}
	if max == 0 {
		return 1
	}
	return max
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func metricLinks(in widget.Input, s State, w *text) []widget.Choice {
	return widget.Choices(in, s, metric, w.MetricShort, s.Metric, func(s *State, m string) { s.Metric = m })
}

func lineLinks(in widget.Input, s State, w *text) []widget.Choice {
	show := s
	if !s.Threshold {
		// Showing the line opens the TPP view, where it is drawn; once it
		// is on, "Show" is the current state, as aria-current says.
		show.Threshold = true
		show.Metric = "tpp"
	}
	hide := s
	hide.Threshold = false
	return []widget.Choice{
		{Label: w.Shown, Href: in.Href(show.Encode()), On: s.Threshold},
		{Label: w.Hidden, Href: in.Href(hide.Encode()), On: !s.Threshold},
	}
}

func row(c Chip, m string, max, mark float64, l lang.Language, w *text) app.UI {
	f, ok := c.Figures[m]
	scale, value, basis := 0.0, w.NoData, ""
	rangeStyle := "0%"
	left := "0%"
	if ok {
		scale = f.Value / max
		value = valueText(f, m, l, w)
		basis = string(f.Basis)
		if f.IsRange() {
			left = widget.Percent(f.Low / max)
			rangeStyle = widget.Percent((f.High - f.Low) / max)
		}
	}
	tag := ""
	if ok && f.Basis != Vendor {
		tag = w.Basis[f.Basis]
	}
	return app.Li().
		Class("cg-row").
		DataSet("chip", c.ID).
		DataSet("basis", basis).
		Body(
			app.Span().Class("cg-name").Body(
				app.Text(c.Name),
				app.Span().Class("cg-tag").Text(tag),
			),
			app.Span().Class("cg-track").Body(
				app.Span().Class("cg-range").Style("left", left).Style("width", rangeStyle),
				// Clipped, not scaled: a scaled bar would stretch its
				// hatching with it (style.css).
				app.Span().Class("cg-bar").Style("clip-path", fmt.Sprintf("inset(0 %.2f%% 0 0)", (1-scale)*100)),
				app.Span().Class("cg-mark").Style("left", widget.Percent(mark)),
			),
			app.Span().Class("cg-value").Text(value),
		)
}

// valueText is a figure with its metric's unit, joined so that a line
// never ends between them ("80 GB").
func valueText(f Figure, metric string, l lang.Language, w *text) string {
	return figureText(f, l) + "\u00a0" + w.Unit[metric]
}

func figureText(f Figure, l lang.Language) string {
	if f.IsRange() {
		return l.Number(f.Low) + "–" + l.Number(f.High)
	}
	return l.Number(f.Value)
}

// explain says what the licence line means where it is drawn (the
// data's note, with its sources), or where to find it. The same nodes in
// every state (go-app then only changes text and classes): the sources
// hide off the TPP view.
func explain(in widget.Input, d *Data, s State, w *text) app.UI {
	text, note := "", s.Threshold && s.Metric == "tpp"
	switch {
	case note:
		text = d.Note.In(in.Lang)
	case s.Threshold:
		text = w.ExplainOff
	}
	// With nothing to say (the line hidden) the box hides: an empty
	// grey band looked like a missing chart.
	return app.P().Class("cg-explain").Class(widget.When(!note, "cg-explain--plain")).Class(widget.When(text == "", "cg-explain--none")).Body(
		app.Span().Text(text),
		app.Range(d.NoteSources).Slice(func(i int) app.UI {
			return app.Span().Class("cg-note-src").Body(in.SourceLink(d.NoteSources[i]))
		}),
	)
}

// notes lists each chip's caveat (no datasheet, conflicting sources), so
// a figure the fact sheet marks as reported or unverified says so.
func notes(in widget.Input, d *Data) app.UI {
	code := in.Lang
	var chips []Chip
	for _, c := range d.Chips {
		if c.Note[code] != "" {
			chips = append(chips, c)
		}
	}
	return app.Ul().Class("cg-notes").Body(
		app.Range(chips).Slice(func(i int) app.UI {
			return app.Li().Body(
				app.Strong().Text(chips[i].Name+": "),
				app.Span().Text(chips[i].Note[code]),
				app.Range(chips[i].NoteSources).Slice(func(j int) app.UI {
					return app.Span().Class("cg-note-src").Body(in.SourceLink(chips[i].NoteSources[j]))
				}),
			)
		}),
	)
}

// table is the data-table alternative: every figure with its basis and
// sources, for screen readers and for readers who want the numbers.
func table(in widget.Input, d *Data, w *text) app.UI {
	l := in.Language()
	return app.Details().Class("cg-table").Body(
		app.Summary().Text(w.Table),
		app.Div().Class("table-scroll").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(w.Chip),
					app.Range(metric.Values).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(w.MetricShort[metric.Values[i]])
					}),
				)),
				app.TBody().Body(app.Range(d.Chips).Slice(func(i int) app.UI {
					c := d.Chips[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(c.Name),
						app.Range(metric.Values).Slice(func(j int) app.UI {
							f, ok := c.Figures[metric.Values[j]]
							if !ok {
								return app.Td().Text("—")
							}
							return app.Td().Text(figureText(f, l) + " (" + w.Basis[f.Basis] + "; " + in.Cited(f.Sources) + ")")
						}),
					)
				})),
			),
		),
	)
}

// sourceLine lists the sources the data cites.
func sourceLine(in widget.Input, d *Data, w *text) app.UI {
	return in.SourceList(w.Sources, widget.SourceIDs(Cites(d)))
}
