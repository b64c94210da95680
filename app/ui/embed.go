package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedKind is /embed/<widget>: the widget alone, with plain URL keys, a
// line back to the story and the licence, for other sites' iframes.
// ?lang= picks its language and ?theme= its colours.
var embedKind = Kind{
	Name: KindEmbed,
	Body: func(p *page) app.UI {
		w := p.words()
		b := doc.Block{ID: p.payload.Widget, Widget: p.payload.Widget}
		in := p.widgetInput(b, false)
		in.Problems = embedProblems(p.query)
		spec, _ := widgets.Lookup(b.Widget)
		story := p.payload.Story
		if story == "" {
			story = lang.Or(p.payload.Lang).Home()
		}
		return app.Div().ID("atlas").Class("site", "site--embed").Body(
			app.Main().ID("main").Body(spec.Render(in)),
			app.Footer().Class("embed-footer").Body(
				app.A().Href(story).Attr("target", "_blank").Text(w.EmbedFrom+" "+w.Name),
				app.Span().Text(w.Licence),
			),
		)
	},
}

// themes are the values of an embed's theme parameter.
var themes = []string{"auto", "light", "dark"}

// embedProblems reports an embed's bad lang or theme: the page falls back
// to the default language and the automatic theme, and says so.
func embedProblems(q url.Values) []widget.Problem {
	var out []widget.Problem
	if v, ok := q["lang"]; ok && !lang.Valid(last(v)) {
		out = append(out, widget.Problem{Key: "lang", Value: last(v)})
	}
	if v, ok := q["theme"]; ok && !contains(themes, last(v)) {
		out = append(out, widget.Problem{Key: "theme", Value: last(v)})
	}
	return out
}

// last is a query parameter's last value: the one that counts.
func last(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[len(vs)-1]
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
