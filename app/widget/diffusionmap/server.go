//go:build !js

package diffusionmap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// diffusion-map's server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Card = Card
	Spec.Still = Still
	Spec.Table = Table
	Spec.Notable = []url.Values{{"rule": {"before"}}, {"rule": {"in-force"}}, {"rule": {"rescinded"}}, {"rule": {"in-force"}, "tiers": {"on"}}}
	// The outlines travel once, in the prerendered SVG (mapframe.ReadBack).
	Spec.Wire = mapframe.Wire(geoFile)
}
