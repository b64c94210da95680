package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedWidget is an embed's widget: the page's only one, with plain URL
// keys, saying which of the embed's own parameters it ignored. The
// server's embed page (embed.go) and the browser's mirror of it
// (mirror.go) render it the same way.
func (p *page) embedWidget() app.UI {
	b := doc.Block{ID: p.payload.Widget, Widget: p.payload.Widget}
	spec, ok := widgets.Lookup(b.Widget)
	if !ok {
		return app.Div().Class("widget-missing")
	}
	in := p.widgetInput(b, false)
	in.Problems = embedProblems(p.query)
	return spec.Render(in)
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
