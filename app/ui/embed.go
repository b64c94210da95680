package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embed renders /embed/<widget>: the widget alone, with plain URL keys,
// and a line back to the story and the licence.
func (p *page) embed() app.UI {
	w := wordsFor(p.payload.Lang)
	b := doc.Block{ID: p.payload.Widget, Widget: p.payload.Widget}
	in := p.widgetInput(b, false)
	in.Problems = embedProblems(p.query)
	spec, _ := widgets.Lookup(b.Widget)
	return app.Div().ID("atlas").Class("site", "site--embed").Body(
		app.Main().ID("main").Body(spec.Render(in)),
		app.Footer().Class("embed-footer").Body(
			app.A().Href(p.storyLink()).Attr("target", "_blank").Text(w.embedFrom+" Compute Atlas"),
			app.Span().Text(w.licence),
		),
	)
}

// embedProblems reports an embed's bad lang or theme: the page falls back
// to English and the automatic theme, and says so.
func embedProblems(q url.Values) []widget.Problem {
	var out []widget.Problem
	if v, ok := q["lang"]; ok && v[len(v)-1] != "en" && v[len(v)-1] != "pl" {
		out = append(out, widget.Problem{Key: "lang", Value: v[len(v)-1]})
	}
	if v, ok := q["theme"]; ok && v[len(v)-1] != "auto" && v[len(v)-1] != "light" && v[len(v)-1] != "dark" {
		out = append(out, widget.Problem{Key: "theme", Value: v[len(v)-1]})
	}
	return out
}

func (p *page) storyLink() string {
	if p.payload.Story != "" {
		return p.payload.Story
	}
	return "/"
}
