// Command hello is go-app's hello-world, the floor the takeover is
// measured against (BenchmarkReadyAgainstHelloWorld): one component, and
// the same data-ready mark our pages set after their first live render.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello World!") }

func (h *hello) OnMount(app.Context) {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("ready", "true")
	app.Window().Get("performance").Call("mark", "atlas-ready")
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
