//go:build !js

package ui

import (
	"github.com/computeatlas/atlas/app/lang"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// layout wraps a page's content in the site chrome: skip link, header
// with the language switch, main, footer.
func (p *page) layout(content ...app.UI) app.UI {
	w := p.words()
	l := lang.Or(p.payload.Lang)
	others := p.otherLanguages()
	return app.Div().ID("atlas").Class("site", "site--"+p.payload.Kind).Body(
		app.A().Class("skip-link").Href("#main").Text(w.Skip),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(l.Home()).Text(w.Name),
			app.If(len(others) > 0, func() app.UI {
				return app.Nav().Class("lang-switch").Aria("label", w.Language).Body(
					app.Range(others).Slice(func(i int) app.UI {
						o := others[i]
						return app.A().Href(o.Path).Lang(o.Lang).Attr("hreflang", o.Lang).Text(lang.Or(o.Lang).Name)
					}),
				)
			}),
		),
		app.Main().ID("main").Body(content...),
		app.Footer().Class("site-footer").Body(
			app.Nav().Aria("label", w.More).Body(
				app.A().Href(l.Home()).Text(w.Stories),
				app.A().Href(l.Path(w.GlossarySlug)).Text(w.Glossary),
				app.A().Href(l.Path(w.AboutSlug)).Text(w.About),
				app.A().Href(l.Path(w.LicenceSlug)).Text(w.LicencePage),
			),
			app.P().Body(app.A().Href(l.Path(w.LicenceSlug)).Text(w.Licence)),
		),
	)
}

// otherLanguages are the page's alternates in the languages other than
// its own, for the language switch.
func (p *page) otherLanguages() []Alternate {
	var out []Alternate
	for _, a := range p.payload.Alternates {
		if a.Lang != p.payload.Lang && lang.Valid(a.Lang) {
			out = append(out, a)
		}
	}
	return out
}
