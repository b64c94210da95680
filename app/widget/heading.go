package widget

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Heading is the widget's title: the page's h1 when the widget stands
// alone (an embed), an h2 when it opens a story before any section
// (Input.Top), an h3 under the story's sections otherwise.
func Heading(in Input, text string) app.UI {
	id := in.ID + "-title"
	switch {
	case in.Standalone:
		return app.H1().ID(id).Class("widget-title").Text(text)
	case in.Top:
		// app.Elem, not app.H2: the h2 type's methods cost app.wasm 4 KB
		// of code for one use.
		return app.Elem("h2").ID(id).Class("widget-title").Text(text)
	}
	return app.H3().ID(id).Class("widget-title").Text(text)
}
