//go:build !js

package diffusionmap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// diffusion-map's server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Card = Card
	Spec.Table = Table
	Spec.Notable = []url.Values{{"rule": {"before"}}, {"rule": {"in-force"}}, {"rule": {"rescinded"}}, {"rule": {"in-force"}, "tiers": {"on"}}}
	// The state with the date it shows, named or not: what the gallery
	// and oEmbed pin in their embed codes and draw in their cards.
	Spec.State = func(in widget.Input) (url.Values, []widget.Problem) {
		s, ps := Parse(in)
		return s.Full(), ps
	}
	Spec.Wire = wire
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
