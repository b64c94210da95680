package diffusionmap

import (
	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The map's static layers are components whose inputs never change with
// the state (the same pointers every time), so on a toggle go-app compares
// their fields, finds them equal and skips them: no rebuilding and diffing
// of 69 country outlines and the labels while the flows start to move.
// Measured in BenchmarkDiffusionMapTransition: see the commit that added
// this file.

// countryLayer draws every country once, in an SVG of its own under the
// flows, which have their own compositing layer (site.css: will-change on
// .dm-overlay): the moving flows then never make the browser repaint 69
// outlines. Measured over six toggles: 10 dropped frames unthrottled with
// one shared SVG, 0–1 with the layers apart. Tiers colour the countries
// by a class on the map's container.
type countryLayer struct {
	app.Compo
	Data *Data
	// ID names the outlines' group, which a story's still pictures draw
	// again by reference (still.go) instead of repeating them.
	ID string
}

func (c *countryLayer) Render() app.UI {
	countries := c.Data.Geo.Countries
	return widget.SVG("svg").
		Class("dm-svg", "dm-base").
		// data-geo marks the outlines the browser reads back at takeover
		// instead of receiving them twice (mapframe.ReadBack).
		DataSet(mapframe.AttrName, mapframe.AttrVal).
		Attr("viewBox", c.Data.Geo.ViewBox()).
		Attr("focusable", "false").
		Attr("role", "presentation").
		Body(
			widget.SVG("g").ID(c.ID).Body(
				app.Range(countries).Slice(func(i int) app.UI {
					return widget.SVG("path").
						Class("dm-country").
						Class(c.Data.tierOf[countries[i].ID]).
						DataSet("iso", countries[i].ID).
						Attr("d", countries[i].D)
				}),
			),
		)
}

// dotLayer marks the places.
type dotLayer struct {
	app.Compo
	Data *Data
}

func (c *dotLayer) Render() app.UI {
	places := c.Data.Places
	return widget.SVG("g").Class("dm-dots").Body(
		app.Range(places).Slice(func(i int) app.UI {
			x, y := places[i].XY()
			return widget.SVG("circle").
				Class("dm-dot", "dm-dot--"+places[i].Kind).
				Attr("cx", num(x)).Attr("cy", num(y)).Attr("r", "5")
		}),
	)
}

// placeLayer holds the HTML labels and their tooltips.
type placeLayer struct {
	app.Compo
	Data    *Data
	ID      string
	Lang    string
	Words   *text
	Sources map[string]doc.Source
	Numbers map[string]int
}

func (c *placeLayer) Render() app.UI {
	in := widget.Input{ID: c.ID, Lang: c.Lang, Words: c.Words, Sources: c.Sources, Numbers: c.Numbers}
	w := wordsFor(in)
	return app.Div().Class("dm-places").Body(
		app.Range(c.Data.Countries).Slice(func(i int) app.UI {
			return countryLabel(c.Data, c.Data.Countries[i], c.Lang)
		}),
		app.Range(c.Data.Places).Slice(func(i int) app.UI {
			return placeLabel(in, c.Data, c.Data.Places[i], w)
		}),
	)
}
