package widget

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Extras are what a widget shows besides its picture: its key, notes,
// data table and source line. On a story they follow the picture as they
// are. In an embed they fold into one disclosure (Chrome.More), closed,
// so the embed's height is mostly the picture's and nearly the same on a
// phone as on a wide screen: an iframe of one fixed height then shows the
// whole widget without a script (docs/decisions.md, "Embeds size
// themselves"). Folded, they are still in the HTML, for readers without
// JavaScript and for screen readers.
func Extras(in Input, parts ...app.UI) []app.UI {
	if !in.Standalone {
		return parts
	}
	return []app.UI{app.Details().Class("widget-more").Body(
		append([]app.UI{app.Summary().Text(in.Chrome.More)}, parts...)...,
	)}
}
