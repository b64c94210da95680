// Package widget holds what every widget shares: the description the
// compiler, the server and the pages use (Spec), the per-page input
// (Input), and the URL-state helpers that keep one state = one URL.
//
// A widget lives in its own package under app/widget/<name> and exports a
// Spec; app/widgets lists them all.
package widget

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Spec describes one widget.
type Spec struct {
	// Name is the directive and URL name, e.g. "chip-gap".
	Name string
	// Title names the widget per language (embed page title, lists).
	Title map[string]string
	// Check validates a directive's parameters strictly: every problem it
	// returns is a build error.
	Check func(params map[string]string) []Problem
	// DataFile names the widget's data under content/data ("" if none).
	DataFile string
	// GeoFile names generated map geometry under content/data, sent with
	// the data: Decode then gets {"data": <DataFile>, "geo": <GeoFile>}.
	GeoFile string
	// Decode parses and validates the data file.
	Decode func(raw []byte) (any, error)
	// Cites lists the source IDs the data rests on, so the build can check
	// that each resolves.
	Cites func(data any) []string
	// Render builds the widget for one page.
	Render func(in Input) app.UI
	// Describe is the plain-language text of what the picture shows for
	// the state in in (screen readers, no-JS caption, og:description).
	Describe func(in Input) string
}
