// Package timeline is the chronology of US export controls on AI chips,
// their reversals, China's responses and their enforcement, from
// October 2022 to the facts' as-of date. Its state is the page's shared
// date (widget.DateKey): choosing an event sets it, and every dated
// widget on the page follows.
package timeline

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "timeline"

// State is the chosen event's date.
type State struct {
	// Date is the page's date, snapped to an event (widget.Input.Date).
	Date string
	// Explicit is false when the address names no date: the page shows
	// the facts as of their as-of date.
	Explicit bool
}

// Parse reads the state from the page's date.
func Parse(in widget.Input) (State, []widget.Problem) {
	d, explicit, ps := in.Date()
	return State{Date: d, Explicit: explicit}, ps
}

// Encode is the state's URL form.
func (s State) Encode() url.Values { return url.Values{widget.DateKey: {s.Date}} }

// Check validates directive parameters: the timeline takes none (the
// date is the page's, never a directive's).
func Check(params map[string]string) []widget.Problem { return widget.CheckParams(params) }
