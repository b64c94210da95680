//go:build !js

package chipgap

import (
	"net/url"
)

// chip-gap's server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Card = Card
	Spec.Table = Table
	Spec.Notable = []url.Values{{"metric": {"tpp"}, "threshold": {"on"}}, {"metric": {"memory"}}, {"metric": {"bandwidth"}}}
}
