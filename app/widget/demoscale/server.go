//go:build !js

package demoscale

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// The parts of demo-scale's Spec that only the server and the compiler
// use are set here, out of app.wasm (docs/architecture.md, rule 1; they
// weighed 4 KB of brotli across the widgets): checking directive
// parameters, listing sources, reading a state without rendering it.
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.State = state
}

// state is Parse in the URL form every widget's Spec.State gives.
func state(in widget.Input) (url.Values, []widget.Problem) {
	s, ps := Parse(in)
	return s.Encode(), ps
}
