//go:build !js

package diffusionmap

import (
	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Still draws the map at in's date as a static figure (widget.Spec.Still):
// the picture a story's dated section shows to readers without motion or
// script. It draws the flows and places as the live map does, with the
// same classes (so the same colours, in either scheme), but no controls,
// no tooltips and no moving dashes; the country outlines are the live
// map's, by reference (<use>), so each still costs a few hundred bytes.
func Still(in widget.Input) app.UI {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil {
		return app.Figure().Class("still")
	}
	description := Describe(in)
	picture := app.Div().Class("dm-map", "dm-rule--"+s.Rule, "dm-h20--"+s.H20).Body(
		widget.SVG("svg").
			Class("dm-svg").
			Attr("viewBox", d.Geo.ViewBox()).
			Attr("focusable", "false").
			Body(
				widget.SVG("use").Class("dm-still-land").Attr("href", "#"+landID(in)),
				widget.SVG("g").Class("dm-flows").Body(
					app.Range(d.Flows).Slice(func(i int) app.UI { return flow(d, d.Flows[i], s) }),
				),
				(&dotLayer{Data: d}).Render(),
			),
		app.Div().Class("dm-places").Body(
			app.Range(d.Places).Slice(func(i int) app.UI {
				p := d.Places[i]
				return placeBox(d, p).Body(app.Span().Class("dm-place-name").Body(
					app.Span().Class("dm-place-label").Text(p.Label.In(in.Lang)),
				))
			}),
		),
	)
	// The caption says in words what the picture shows; the picture and
	// its labels are hidden from screen readers, which would otherwise
	// read the place names as a list. An HTML string, because go-app
	// writes aria-hidden="true" bare.
	return app.Figure().Class("still", "dm-still").DataSet("date", s.Date).Body(
		app.Raw(`<div aria-hidden="true">`+app.HTMLString(picture)+`</div>`),
		app.FigCaption().Class("still-caption").Body(
			app.Strong().Text(in.Language().Date(s.Date)),
			app.Text(" "+description),
		),
	)
}
