package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// layout wraps a page's content in the site chrome: skip link, header
// with the language switch, main, footer.
func (p *page) layout(content ...app.UI) app.UI {
	w := wordsFor(p.payload.Lang)
	home := "/"
	if p.payload.Lang == "pl" {
		home = "/pl/"
	}
	twin := p.payload.Twin
	return app.Div().ID("atlas").Class("site", "site--"+p.payload.Kind).Body(
		app.A().Class("skip-link").Href("#main").Text(w.skip),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(home).Text(w.site),
			app.If(twin != "", func() app.UI {
				return app.Nav().Class("lang-switch").Aria("label", w.language).Body(
					app.A().
						Href(twin).
						Lang(w.otherLang).
						Attr("hreflang", w.otherLang).
						Text(w.otherLangName),
				)
			}),
		),
		app.Main().ID("main").Body(content...),
		app.Footer().Class("site-footer").Body(
			app.Nav().Aria("label", w.more).Body(
				app.A().Href(home).Text(w.stories),
				app.A().Href(w.glossaryPath).Text(w.glossary),
			),
			app.P().Text(w.licence),
		),
	)
}
