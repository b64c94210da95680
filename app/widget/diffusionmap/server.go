//go:build !js

package diffusionmap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// The parts of diffusion-map's Spec that only the server and the compiler
// use are set here, out of app.wasm (docs/architecture.md, rule 1; they
// weighed 4 KB of brotli across the widgets): checking directive
// parameters, listing sources, reading a state without rendering it,
// leaving the outlines out of the payload.
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.State = state
	Spec.Wire = wire
}

// state is Parse in the URL form every widget's Spec.State gives.
func state(in widget.Input) (url.Values, []widget.Problem) {
	s, ps := Parse(in)
	return s.Encode(), ps
}

// wire drops the geometry file from what the page carries.
func wire(files widget.Files) widget.Files {
	out := widget.Files{}
	for name, raw := range files {
		if name != geoFile {
			out[name] = raw
		}
	}
	return out
}
