package widget

import (
	"net/url"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// share is the widget's Embed control: a disclosure holding the embed
// code of the state on screen, with our host script and without any
// script (for learning platforms that strip scripts), each in a
// read-only field with a copy button, and the embed's language and
// colours. It is plain HTML: without JavaScript the disclosure opens and
// the code can be selected; web/boot.js adds copying and rewrites the
// code when the reader picks a language or colours. Rendered from the
// state, it follows every state change in place.
func share(in Input, name string, state url.Values, title string) app.UI {
	if in.Standalone {
		return nil
	}
	return Share(in, name, state, title)
}

// Share is the Embed control of widget name in state, titled title, for
// a page that shows the widget's picture elsewhere (the gallery).
func Share(in Input, name string, state url.Values, title string) app.UI {
	if in.Origin == "" {
		return nil
	}
	w := in.Chrome.Share
	code := EmbedCode{Origin: in.Origin, Widget: name, State: EmbedQuery(state, in.Language()), Title: title, Height: in.EmbedHeight}
	id := in.ID + "-embed"
	// The fields, buttons and choices are HTML strings (app.Raw): go-app
	// writes a textarea's text as a value attribute, which no browser
	// reads, and each element type go-app builds adds its whole method
	// set to app.wasm (measured: ~100 KB raw for these five).
	field := func(suffix, label, text string) app.UI {
		return app.Raw(`<div class="share-field"><label for="` + Escape(id+suffix) + `">` + Escape(label) + `</label>` +
			`<textarea id="` + Escape(id+suffix) + `" class="share-code" readonly rows="3" spellcheck="false">` + Escape(text) + `</textarea>` +
			`<button type="button" class="share-copy" data-copy="` + Escape(id+suffix) + `" data-copied="` + Escape(w.Copied) + `">` + Escape(w.Copy) + `</button></div>`)
	}
	choice := func(group, value, label string, on bool) string {
		checked := ""
		if on {
			checked = " checked"
		}
		return `<label class="share-choice"><input type="radio" name="` + Escape(id+"-"+group) + `" value="` + Escape(value) + `"` + checked + `> ` + Escape(label) + `</label>`
	}
	options := `<div class="share-choices"><fieldset class="share-options"><legend>` + Escape(w.Language) + `</legend>`
	for _, l := range lang.List {
		options += choice("lang", l.Code, l.Name, l.Code == in.Language().Code)
	}
	options += `</fieldset><fieldset class="share-options"><legend>` + Escape(w.Theme) + `</legend>` +
		choice("theme", "auto", w.Auto, true) + choice("theme", "light", w.Light, false) + choice("theme", "dark", w.Dark, false) +
		`</fieldset></div>`
	view := code.URL()
	if in.Path != "" {
		view = in.Origin + deepLink(in, state)
	}
	cite := in.Chrome.Cite
	return app.Details().Class("widget-share").DataSet("embed", code.URL()).Body(
		app.Summary().Text(w.Embed),
		app.Raw(options),
		app.If(in.Path != "", func() app.UI { return field("-link", w.Link, view) }),
		field("-script", w.WithScript, code.WithScript()),
		field("-plain", w.NoScript, code.IFrame()),
		app.P().Class("share-status").Attr("role", "status").Aria("live", "polite"),
		app.A().Href(code.URL()).Attr("target", "_blank").Text(w.Preview),
		app.Raw(`<div class="share-cite"><p class="share-cite-title">`+Escape(cite.View)+`</p>`+
			CiteHTML(Citation{Publisher: in.Site, Title: title, Medium: cite.Graphic, Date: in.Published, Key: name, URL: view}, cite, in.Language())+
			`</div>`),
	)
}

// deepLink is the address of this page showing the widget in state, and
// scrolled to it: what a reader shares to point at this very view.
func deepLink(in Input, state url.Values) string {
	in.Server = false
	return strings.TrimSuffix(in.Href(state), "?") + "#" + in.ID
}
