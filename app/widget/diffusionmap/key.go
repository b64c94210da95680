package diffusionmap

import (
	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keyEntry is one line of the map's visual key: a sample drawn with the
// flows' own classes (so it is the same colour and line style in either
// scheme) and its words.
type keyEntry struct {
	status string // the flow status it keys
	label  func(*text) string
	// sample draws the mark: new nodes for each render, since go-app
	// keeps its mounting state in a node, which two pages rendered at
	// once must not share.
	sample func() app.UI
}

// keyEntries are every kind of mark the map draws, in the key's order.
var keyEntries = []keyEntry{
	{"reported", func(w *text) string { return w.Key.Reported }, func() app.UI { return keyLine("is-reported") }},
	{"open", func(w *text) string { return w.Key.Open }, func() app.UI { return keyLine("is-open") }},
	{"blocked", func(w *text) string { return w.Key.Blocked }, keyBlocked},
	{"expansion", func(w *text) string { return w.Key.Cloud }, func() app.UI { return keyLine("is-expansion dm-flow--cloud") }},
	{"home", func(w *text) string { return w.Key.Home }, func() app.UI { return keyRing("is-home dm-flow--home", "5") }},
	{"data", func(w *text) string { return w.Key.Data }, func() app.UI { return keyRing("is-data dm-flow--data", "6") }},
}

// flowKey is the key under the map: swatches and line samples, one per
// kind of mark, each shown only in the states that draw it (the tree
// stays the same; a class hides the rest).
func flowKey(d *Data, s State, w *text) app.UI {
	shown := map[string]bool{}
	for _, f := range d.Flows {
		shown[flowStatus(f, s)] = true
	}
	return app.Ul().Class("dm-key").Body(
		app.Range(keyEntries).Slice(func(i int) app.UI {
			e := keyEntries[i]
			return app.Li().Class("dm-key-item", "dm-key--"+e.status).
				Class(widget.When(!shown[e.status], "is-off")).
				Body(e.sample(), app.Span().Text(e.label(w)))
		}),
	)
}

// keySample is the small SVG a key entry draws its mark in.
func keySample(classes string, marks ...app.UI) app.UI {
	return widget.SVG("svg").Class("dm-key-sample").
		Attr("viewBox", "0 0 32 14").Attr("width", "32").Attr("height", "14").
		Attr("focusable", "false").Attr("role", "presentation").
		Body(widget.SVG("g").Class("dm-flow " + classes).Body(marks...))
}

func keyLine(classes string) app.UI {
	line := func(class string) app.UI {
		return widget.SVG("path").Class(class).Attr("d", "M2 7H30").Attr("pathLength", "100")
	}
	return keySample(classes, line("dm-line"), line("dm-ants"))
}

func keyBlocked() app.UI {
	return keySample("is-blocked",
		widget.SVG("path").Class("dm-line").Attr("d", "M2 7H30").Attr("pathLength", "100"),
		widget.SVG("path").Class("dm-block").Attr("d", "M18 2l10 10m0 -10l-10 10"),
	)
}

func keyRing(classes, r string) app.UI {
	ring := func(class string) app.UI {
		return widget.SVG("circle").Class(class).Attr("cx", "16").Attr("cy", "7").Attr("r", r).Attr("pathLength", "100")
	}
	return keySample(classes, ring("dm-line"), ring("dm-ants"))
}
