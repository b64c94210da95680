//go:build !js

package diffusionmap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
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
	// The outlines travel once, in the prerendered SVG (mapframe.ReadBack).
	Spec.Wire = mapframe.Wire(geoFile)
}
