// Package widget holds what every widget shares: the description the
// compiler, the server and the pages use (Spec), the per-page input
// (Input), and the URL-state helpers that keep one state = one URL.
//
// A widget is one folder app/widget/<name without hyphens>/: its Go
// package exporting a Spec (its server-only fields, Check, Cites, State
// and Wire, set in a server.go built without js, so app.wasm does not
// carry them), its style.css, and its interface strings in
// i18n/<lang>.yaml; its data is content/data/<Files>; app/widgets lists
// it. docs/architecture.md ("The widget contract") says what each part
// must do.
package widget

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Spec describes one widget.
type Spec struct {
	// Name is the directive and URL name, e.g. "chip-gap".
	Name string
	// Check validates a directive's parameters strictly: every problem it
	// returns is a build error.
	Check func(params map[string]string) []Problem
	// Files name the widget's data files under content/data; nil if it
	// has none. Decode gets each as compact JSON, by name.
	Files []string
	// Decode parses the data files (and builds any index the widget
	// needs); Validate checks the decoded data strictly, at build time
	// only (server-only, like Check): every error it returns fails the
	// build, and the browser, which gets data the build accepted, does
	// not carry the checks.
	Decode   func(files Files) (any, error)
	Validate func(data any) error
	// Words decodes the widget's interface strings in one language (its
	// i18n/<lang>.yaml, as JSON) into its own type; see DecodeWords.
	Words func(raw json.RawMessage) (any, error)
	// Cites lists the source IDs the data rests on, so the build can check
	// that each resolves.
	Cites func(data any) []string
	// State reads the widget's state from in, as Parse does: its URL form
	// (every key, defaults included) and the values it ignored. The
	// server uses it to know a page's state without rendering it, and
	// both sides to keep only the query keys that make the page (ui.Canonical).
	State func(in Input) (url.Values, []Problem)
	// Render builds the widget for one page.
	Render func(in Input) app.UI
	// Describe is the plain-language text of what the picture shows for
	// the state in in (screen readers, no-JS caption, og:description).
	Describe func(in Input) string
	// Notable are the states the gallery links to (plain keys), each
	// labelled by the label Card gives it.
	Notable []url.Values
	// Table is the widget's data for download as CSV (server-only):
	// a header row, then one row per value, with its basis or confidence
	// and its source ids (/data/<name>.csv).
	Table func(data any) [][]string
	// Card draws the state in in for the card image (server-only, set in
	// server.go): the picture, and a short label of the state.
	Card func(in Input) (Picture, string)
	// Still draws the widget's picture in the state in in, as a static
	// figure with its caption and no controls (server-only): the picture
	// a dated section of a story shows, for its date, to readers without
	// motion or script, where others see the pinned widget move. It may
	// reuse what the live widget already put on the page (the map's
	// outlines, by <use>), so a story pays for its geometry once.
	Still func(in Input) app.UI
	// Dated says the widget follows the page's shared date (Input.Date):
	// pages that show it carry the timeline's dates.
	Dated bool
	// Drawn says the server draws the widget's picture (Card is set in
	// its server.go, which the browser lacks): its pages then offer the
	// picture as SVG and PNG files (/picture/<name>.svg).
	Drawn bool
	// EmbedHeight is the height in CSS pixels that an iframe of the
	// widget's embed needs, without any script, to show the whole widget
	// in its default state from a 360 px phone to a 1280 px screen (the
	// embed code's height; tested in the browser).
	EmbedHeight int
	// Wire, if set, drops from the files what the browser can read back
	// from the widget's prerendered HTML instead of receiving it twice
	// (the map's country outlines); ReadBack puts it back at takeover,
	// from the widget's root element, before Decode.
	Wire     func(files Files) Files
	ReadBack func(root app.Value, files Files) error
}

// Dir is the widget's folder under app/widget: its name without hyphens,
// as Go package names are.
func (s Spec) Dir() string { return strings.ReplaceAll(s.Name, "-", "") }

// Files are a widget's data files as compact JSON, by file name.
type Files map[string]json.RawMessage

// StateOf makes a widget's Spec.State from its Parse: the state in its
// URL form, and the values Parse ignored.
func StateOf[S interface{ Encode() url.Values }](parse func(Input) (S, []Problem)) func(Input) (url.Values, []Problem) {
	return func(in Input) (url.Values, []Problem) {
		s, ps := parse(in)
		return s.Encode(), ps
	}
}

// DatedStateOf makes a dated widget's Spec.State from its Parse: the
// state with the date it shows, named in the address or not (its Full
// form), which the gallery and oEmbed pin in their embed codes and draw
// in their cards.
func DatedStateOf[S interface{ Full() url.Values }](parse func(Input) (S, []Problem)) func(Input) (url.Values, []Problem) {
	return func(in Input) (url.Values, []Problem) {
		s, ps := parse(in)
		return s.Full(), ps
	}
}
