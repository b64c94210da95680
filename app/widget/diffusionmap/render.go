package diffusionmap

import (
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render builds the map for one page. Every state has the same tree: all
// countries, all flows and all labels are always there; a state change
// only changes class names (and text), so go-app keeps the SVG nodes and
// CSS transitions draw the flows in and out.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil {
		d = &Data{places: map[string]Place{}}
	}
	w := wordsFor(in)
	// The picture first, its controls right under it: on a phone both
	// then fit the first screen with the story's headline.
	body := []app.UI{
		app.Figure().Class("dm-figure").Body(
			app.Div().
				Class("dm-map", "dm-rule--"+s.Rule, "dm-h20--"+s.H20).
				Class(widget.When(s.Tiers, "dm-map--tiers")).
				Class(widget.When(s.Data, "dm-map--data")).
				// dm-crop and dm-frame: on a narrow map style.css crops
				// the empty north and east away, so what matters is drawn
				// larger.
				Body(app.Div().Class("dm-crop").Body(app.Div().Class("dm-frame").Body(
					&countryLayer{Data: d, ID: landID(in)},
					widget.SVG("svg").
						Class("dm-svg", "dm-overlay").
						Attr("viewBox", d.Geo.ViewBox()).
						Attr("focusable", "false").
						Attr("role", "img").
						Aria("labelledby", in.ID+"-describe").
						Body(
							widget.SVG("g").Class("dm-flows").Body(
								app.Range(d.Flows).Slice(func(i int) app.UI {
									return flow(d, d.Flows[i], s)
								}),
							),
							&dotLayer{Data: d},
						),
					&placeLayer{Data: d, ID: in.ID, Lang: in.Lang, Words: w, Sources: in.Sources, Numbers: in.Numbers},
					arcLabels(in, d, s),
				))),
			flowKey(d, s, w),
			// The sentences a screen reader hears for the picture (and
			// hears again when the state changes); sighted readers get
			// the same from the labels, the key and the narration.
			app.FigCaption().ID(in.ID+"-describe").Class("dm-describe", "sr-only").Aria("live", "polite").Text(Describe(in)),
		),
		controls(in, s, d, w),
		narration(in, d, s, w),
		app.If(!in.Standalone, func() app.UI { return notes(in, d, s, w) }),
		tierLegend(in, d, s, w),
		app.If(in.Caption != "", func() app.UI { return app.Raw(in.Caption) }),
	}
	credit := app.P().Class("widget-legend dm-credit").Text(w.Credit)
	if in.Standalone {
		// The table is a state (data=on): it stays in view; the dated
		// notes and the map's credit fold away.
		body = append(body, flowTable(in, d, s, w))
		body = append(body, widget.Extras(in, notes(in, d, s, w), credit)...)
	} else {
		body = append(body, flowTable(in, d, s, w), credit)
	}
	return widget.DatedRoot(in, Name, s.Encode(), s.Full(), problems, w.Title, body...)
}

// landID is the id of the map's outlines, which still pictures reuse.
func landID(in widget.Input) string { return in.ID + "-land" }

func num(f float64) string { return mapframe.Num(f) }

func controls(in widget.Input, s State, d *Data, w *text) app.UI {
	var rules []widget.Choice
	for _, r := range rule.Values {
		next := s.withRule(r, in.Dates.Events)
		n := d.Rules[r]
		label := n.Short
		if len(label) == 0 {
			label = n.Label
		}
		rules = append(rules, widget.Choice{Label: label.In(in.Lang), Detail: n.Period.In(in.Lang), Href: in.Href(next.Encode()), On: s.Rule == r})
	}
	toggle := func(on bool, set func(*State, bool)) []widget.Choice {
		show, hide := s, s
		set(&show, true)
		set(&hide, false)
		return []widget.Choice{
			{Label: w.Show, Href: in.Href(show.Encode()), On: on},
			{Label: w.Hide, Href: in.Href(hide.Encode()), On: !on},
		}
	}
	var h20s []widget.Choice
	for _, h := range h20.Values {
		next := s.withH20(h)
		h20s = append(h20s, widget.Choice{Label: d.H20[h].Label.In(in.Lang), Href: in.Href(next.Encode()), On: s.H20 == h})
	}
	// The rule is the map's subject: its switch stays in view. The other
	// layers fold into one disclosure on narrow screens (style.css shows
	// them open on wider ones), so that on a phone the map and the rule
	// switch share the first screen.
	return app.Div().Class("dm-controls").Body(
		app.Div().Class("dm-rule-switch").Body(widget.Segment(in.ID+"-rule", w.Rule, rules)),
		app.Details().Class("dm-layers").Body(
			app.Summary().Text(w.Layers),
			app.Div().Class("dm-layers-body").Body(
				widget.Segment(in.ID+"-tiers", w.Tiers, toggle(s.Tiers, func(s *State, on bool) { s.Tiers = on })),
				widget.Segment(in.ID+"-h20", w.H20, h20s),
				widget.Segment(in.ID+"-data", w.Data, toggle(s.Data, func(s *State, on bool) { s.Data = on })),
			),
		),
	)
}

// flowStatus is what a flow shows in state s.
func flowStatus(f Flow, s State) string {
	if f.Kind == "data" && !s.Data || s.Date < f.Since {
		return "none"
	}
	return f.Status[s.Rule]
}

// flow draws one flow: an arc (route, cloud) or a ring (home, data), a
// second copy for the moving dashes, and a × for a blocked route. Its
// classes carry the state; CSS draws it in or out.
func flow(d *Data, f Flow, s State) app.UI {
	st := flowStatus(f, s)
	strong := (st == "open" || st == "reported") && s.H20 == "restricted"
	g := widget.SVG("g").
		Class("dm-flow", "dm-flow--"+f.Kind, "is-"+st).
		Class(widget.When(strong, "is-strong")).
		DataSet("flow", f.ID)
	from, _ := d.Place(f.From)
	to, _ := d.Place(f.To)
	x1, y1 := from.XY()
	if f.Kind == "home" || f.Kind == "data" {
		r := "14"
		if f.Kind == "data" {
			r = "24"
		}
		ring := func(class string) app.UI {
			return widget.SVG("circle").Class(class).
				Attr("cx", num(x1)).Attr("cy", num(y1)).Attr("r", r).Attr("pathLength", "100")
		}
		return g.Body(ring("dm-line"), ring("dm-ants"))
	}
	x2, y2 := to.XY()
	path, mx, my := f.arc(x1, y1, x2, y2)
	line := func(class string) app.UI {
		return widget.SVG("path").Class(class).Attr("d", path).Attr("pathLength", "100")
	}
	return g.Body(
		line("dm-line"),
		line("dm-ants"),
		widget.SVG("path").Class("dm-block").
			Attr("d", fmt.Sprintf("M%s %sl12 12m0 -12l-12 12", num(round1(mx-6)), num(round1(my-6)))),
	)
}

// arc is the flow's curve (mapframe.Arc): bowed by a quarter of its
// length, or by its own Bow.
func (f Flow) arc(x1, y1, x2, y2 float64) (d string, mx, my float64) {
	bow := 0.25
	if f.Bow != 0 {
		bow = f.Bow
	}
	return mapframe.Arc(x1, y1, x2, y2, bow)
}

func round1(f float64) float64 { return mapframe.Round1(f) }

// placeLabel is an HTML label over the map, so its text keeps its size at
// any width. A place with figures is a button whose tooltip (each figure
// with its source and confidence) shows on hover, focus and tap, by CSS
// alone, so it works before the wasm and without JavaScript; screen
// readers get the figures as the button's description.
func placeLabel(in widget.Input, d *Data, p Place, w *text) app.UI {
	name := []app.UI{
		app.Span().Class("dm-place-label").Text(p.Label.In(in.Lang)),
		app.If(p.Detail != nil, func() app.UI { return app.Span().Class("dm-place-detail").Text(p.Detail.In(in.Lang)) }),
	}
	box := placeBox(d, p)
	if p.Kind != "compute" {
		return box.Body(app.Span().Class("dm-place-name").Body(name...))
	}
	// The figures are a popover: the browser opens it on a click, a tap
	// or Enter, puts it in the top layer (above every label), and closes
	// it on Escape, on a tap outside and by its close button, all without
	// JavaScript of ours. style.css places it under the hub's name, or as
	// a sheet where the browser cannot anchor it.
	tip, title, list := in.ID+"-tip-"+p.ID, in.ID+"-tip-title-"+p.ID, in.ID+"-facts-"+p.ID
	facts := p.Facts
	return box.Body(
		app.Button().Type("button").Class("dm-place-name").
			Attr("popovertarget", tip).Aria("describedby", list).Body(name...),
		app.Div().ID(tip).Class("dm-tip").Attr("popover", "auto").Attr("role", "dialog").Aria("labelledby", title).Body(
			app.Div().Class("dm-tip-head").Body(
				app.P().ID(title).Class("dm-tip-title").Text(p.Label.In(in.Lang)),
				app.Button().Type("button").Class("dm-tip-close").
					Attr("popovertarget", tip).Attr("popovertargetaction", "hide").
					Aria("label", w.Close).Text("×"),
			),
			app.Ul().ID(list).Body(
				app.Range(facts).Slice(func(i int) app.UI {
					f := facts[i]
					return app.Li().Body(
						app.Span().Text(f.Text.In(in.Lang)),
						sourceLinks(in, f.Sources, f.Confidence, w),
					)
				}),
				app.Li().Class("dm-cap").Body(
					app.Span().Text(fmt.Sprintf(w.CapLabel, in.Language().Number(d.Tiers.Cap.Value))),
					sourceLinks(in, d.Tiers.Cap.Sources, "C", w),
				),
			),
		),
	)
}

// placeBox is a place's label box, at its point on the map (the live
// map's labels and the stills').
func placeBox(d *Data, p Place) app.HTMLDiv {
	return d.at(p.Lon, p.Lat).Class("dm-place", "dm-place--"+p.Kind, "dm-anchor--"+p.Anchor)
}

// at is a box over the map at a longitude and latitude, in percent of
// the map, so it stays on its point at any width: every label's box.
func (d *Data) at(lon, lat float64) app.HTMLDiv {
	x, y := mapframe.Project(lon, lat)
	return app.Div().Style("left", d.Geo.Left(x)).Style("top", d.Geo.Top(y))
}

// sourceLinks is a compact source line: the confidence in words, then each
// source as a link.
func sourceLinks(in widget.Input, ids []string, confidence string, w *text) app.UI {
	return app.Span().Class("dm-src").Body(
		app.Span().Class("dm-conf", "dm-conf--"+confidence).Text(w.Conf[confidence]),
		app.Range(ids).Slice(func(i int) app.UI {
			return in.SourceLink(ids[i])
		}),
	)
}

// narration says what changed and why, with the confidence of each claim.
func narration(in widget.Input, d *Data, s State, w *text) app.UI {
	r, h := d.Rules[s.Rule], d.H20[s.H20]
	// Before the April 2025 licence the H20 was simply sold: the later
	// licences, the 15% and Beijing's pushback are not yet history.
	if s.H20 == "allowed" && (s.Rule == "before" || s.Date != "" && s.Date < h20Licence) {
		h = d.H20[h20BeforeLicence]
	}
	var fine Flow
	for _, f := range d.Flows {
		if f.Kind == "data" {
			fine = f
			break
		}
	}
	return app.Div().Class("dm-narration").Body(
		app.P().Class("dm-narration-rule").Body(
			app.Span().Text(r.Narration.In(in.Lang)),
			sourceLinks(in, r.Sources, r.Confidence, w),
		),
		app.P().Class("dm-narration-h20").Body(
			app.Span().Text(h.Narration.In(in.Lang)),
			sourceLinks(in, h.Sources, h.Confidence, w),
		),
		app.P().Class("dm-narration-data").Class(widget.When(!s.Data, "is-off")).Body(
			app.Span().Text(upperFirst(fine.Why.In(in.Lang))+"."),
			sourceLinks(in, fine.Sources, fine.Confidence, w),
		),
	)
}

// notes are what the date adds to the view (the rule announced but not
// yet binding; the GAO's later finding): under the narration on a
// story, folded with the key in an embed (its height).
func notes(in widget.Input, d *Data, s State, w *text) app.UI {
	return app.Div().Class("dm-narration", "dm-notes").Body(
		app.Range(d.Notes).Slice(func(i int) app.UI {
			n := d.Notes[i]
			if !n.applies(s) {
				return nil
			}
			return app.P().Class("dm-narration-note").Body(
				app.Span().Text(n.Text.In(in.Lang)),
				sourceLinks(in, n.Sources, n.Confidence, w),
			)
		}),
	)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// tierLegend keys the tier colours, with the sources of who is in which
// tier: the legend states facts (18 partners) like any other line.
func tierLegend(in widget.Input, d *Data, s State, w *text) app.UI {
	classes := [4]string{"dm-tier1", "dm-tier2", "dm-tier3", "dm-tier0"}
	return app.Ul().Class("dm-tier-legend").Class(widget.When(!s.Tiers, "is-off")).Body(
		app.Range(classes[:]).Slice(func(i int) app.UI {
			return app.Li().Body(
				app.Span().Class("dm-swatch", classes[i]),
				app.Span().Text(w.TierLegend[i]),
			)
		}),
		app.Li().Class("dm-tier-sources").Body(sourceLinks(in, d.Tiers.Sources, "C", w)),
	)
}

func tierIndex(t Tiers) map[string]string {
	out := map[string]string{}
	for class, ids := range map[string][]string{"dm-tier1": t.Tier1, "dm-tier2": t.Tier2, "dm-tier3": t.Tier3} {
		for _, id := range ids {
			out[id] = class
		}
	}
	return out
}

// flowTable is the table alternative: every flow, where it goes, what it
// shows in this state, and on what sources.
func flowTable(in widget.Input, d *Data, s State, w *text) app.UI {
	flows := append([]Flow(nil), d.Flows...)
	sort.SliceStable(flows, func(i, j int) bool { return flows[i].Kind < flows[j].Kind })
	return app.Details().Class("dm-table").Body(
		app.Summary().Text(w.Table),
		app.Div().Class("table-scroll").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(w.Who),
					app.Th().Scope("col").Text(w.Route),
					app.Th().Scope("col").Text(w.InView),
					app.Th().Scope("col").Text(w.Why),
					app.Th().Scope("col").Text(w.Sources),
				)),
				app.TBody().Body(app.Range(flows).Slice(func(i int) app.UI {
					f := flows[i]
					from, _ := d.Place(f.From)
					to, _ := d.Place(f.To)
					where := from.Label.In(in.Lang)
					if f.To != f.From {
						where += " → " + to.Label.In(in.Lang)
					}
					return app.Tr().DataSet("flow", f.ID).Body(
						app.Th().Scope("row").Text(f.Who.In(in.Lang)),
						app.Td().Text(where),
						app.Td().Text(w.Status[flowStatus(f, s)]),
						app.Td().Text(f.Why.In(in.Lang)),
						app.Td().Body(sourceLinks(in, f.Sources, f.Confidence, w)),
					)
				})),
			),
		),
	)
}
