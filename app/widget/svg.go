package widget

import "github.com/maxence-charriere/go-app/v10/pkg/app"

const svgNamespace = "http://www.w3.org/2000/svg"

// SVG is an SVG element. Every SVG element needs the namespace: without it
// go-app creates HTMLUnknownElements of size 0 after the takeover, while
// the server's HTML (parsed by the browser into the SVG namespace) still
// looks right. Build every SVG element through this helper.
func SVG(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNamespace) }
