package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// followScroll lets web/boot.js tell the page which dated section the
// reader is in (window.atlasScrollDate(date), "" before the first): set
// runs in the component's goroutine, which then renders. The observer
// itself is a few lines of JavaScript that only reads positions; the
// state stays Go's, and the widgets' CSS draws the change
// (docs/architecture.md, "The explainer form").
func followScroll(ctx app.Context, set func(date string)) {
	app.Window().Set("atlasScrollDate", app.FuncOf(func(this app.Value, args []app.Value) any {
		date := ""
		if len(args) > 0 && args[0].Type() == app.TypeString {
			date = args[0].String()
		}
		ctx.Dispatch(func(app.Context) { set(date) })
		return nil
	}))
	// The reader may already be deep in the page (a reload, a link to a
	// section): ask the observer for the current section now.
	if f := app.Window().Get("atlasScrolled"); f.Truthy() {
		app.Window().Call("atlasScrolled")
	}
}

// withValue is q with key set to v alone, q itself untouched.
func withValue(q url.Values, key, v string) url.Values {
	out := url.Values{}
	for k, vs := range q {
		out[k] = vs
	}
	out[key] = []string{v}
	return out
}
