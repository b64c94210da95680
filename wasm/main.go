//go:build js && wasm

// Command wasm is the browser entry: the same pages as the server, made
// live. It imports only app/ (see the dependency test): no markdown
// compiler, no templates, no server, no embedded content.
package main

import (
	"github.com/computeatlas/atlas/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	app.RouteWithRegexp("^/.*", ui.NewClientPage)
	app.RunWhenOnBrowser()
}
