package diffusionmap

import (
	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArcLabel names a bundle of flows on the map itself, where a reader
// looks (who, and what the rule does to them), with words per status:
// "blocked by the rule as written" beside the blocked arcs.
type ArcLabel struct {
	ID     string  `json:"id"`
	Lon    float64 `json:"lon"`
	Lat    float64 `json:"lat"`
	Anchor string  `json:"anchor"` // as a place's: left, right, below
	// Flows are the flows it names; the first one's status picks the text.
	Flows []string        `json:"flows"`
	Text  map[string]Text `json:"text"` // per status; none hides it
	// Short are the words on a narrow map (a phone), per status: there
	// the hub labels say who.
	Short map[string]Text `json:"short"`
}

// CountryLabel names a country the story names, at a point inside it.
type CountryLabel struct {
	ID    string  `json:"id"`
	Lon   float64 `json:"lon"`
	Lat   float64 `json:"lat"`
	Label Text    `json:"label"`
}

// arcLabels are the labels on the flows in state s: each keeps its box
// in every state (its text changes, or a class hides it), so go-app
// updates text, not nodes.
func arcLabels(in widget.Input, d *Data, s State) app.UI {
	return app.Div().Class("dm-arc-labels").Body(
		app.Range(d.ArcLabels).Slice(func(i int) app.UI {
			l := d.ArcLabels[i]
			status := "none"
			if f, ok := d.flow(l.Flows[0]); ok {
				status = flowStatus(f, s)
			}
			text, ok := l.Text[status]
			return d.at(l.Lon, l.Lat).
				Class("dm-arc-label", "dm-anchor--"+l.Anchor, "is-"+status).
				Class(widget.When(!ok, "is-off")).
				DataSet("label", l.ID).
				Body(
					app.Span().Class("dm-arc-text", "dm-arc-long").Text(text.In(in.Lang)),
					app.Span().Class("dm-arc-text", "dm-arc-short").Text(l.Short[status].In(in.Lang)),
				)
		}),
	)
}

// countryLabel is a country's name, quieter than the places'.
func countryLabel(d *Data, c CountryLabel, language string) app.UI {
	return d.at(c.Lon, c.Lat).Class("dm-country-label").DataSet("label", c.ID).
		Body(app.Span().Text(c.Label.In(language)))
}
