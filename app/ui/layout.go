//go:build !js

package ui

import (
	"strconv"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
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
			// In the footer, not the header: on a phone the header stays
			// one line and the first screen stays the story's.
			themeSwitch(w.Theme),
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

// themeSwitch is the colour theme control: automatic (the system's), light
// or dark, remembered on the reader's machine. web/theme.js applies the
// choice in <head>, before anything is drawn, and shows the control (it
// needs a script); web/boot.js handles the buttons. The server marks
// "auto" pressed; theme.js's data-theme-choice on <html> shows the
// reader's choice from the first frame (site.css), boot.js then sets
// aria-pressed to match. Embeds have none: they follow their theme
// parameter and the system.
//
// Written as HTML: go-app writes aria-pressed="true" as a bare attribute,
// which screen readers read as not set (DESIGN.md, "go-app facts that
// bite"); this chrome is never rendered by the wasm.
func themeSwitch(w ThemeWords) app.UI {
	choice := func(value, label string) string {
		return `<button type="button" class="theme-choice" data-theme-choice="` + value +
			`" aria-pressed="` + strconv.FormatBool(value == "auto") + `">` + widget.Escape(label) + `</button>`
	}
	return app.Raw(`<div class="theme-row"><span id="theme-label">` + widget.Escape(w.Label) + `</span>` +
		`<div class="theme-switch" role="group" aria-labelledby="theme-label">` +
		choice("auto", w.Auto) + choice("light", w.Light) + choice("dark", w.Dark) + `</div></div>`)
}
