// Package diversionroutes maps the reported cases of AI chips diverted
// to China and the enforcement that followed, on the shared map
// projection (mapframe), as of the page's date. A switch compares the
// two ways round the controls the reporting describes: buying chips and
// shipping them, and renting compute abroad.
package diversionroutes

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "diversion-routes"

// mode is the way round the controls the map shows.
var mode = widget.Enum{Key: "mode", Values: []string{"ship", "rent"}, Default: "ship"}

// State is the reader's view and the page's date.
type State struct {
	Mode string // ship or rent
	// Date is the page's date (widget.Input.Date); Explicit when the
	// address names it. The map shows only what had come to light by
	// then.
	Date     string
	Explicit bool
}

// Parse reads the state, falling back to defaults on bad values and
// reporting them. The date decides which cases show; the view is the
// reader's at any date, so no value can contradict the date.
func Parse(in widget.Input) (State, []widget.Problem) {
	var ps []widget.Problem
	s := State{Mode: mode.Parse(in, &ps)}
	var dps []widget.Problem
	s.Date, s.Explicit, dps = in.Date()
	return s, append(ps, dps...)
}

// Encode is the state's URL form: the view, and the date when the
// address names one.
func (s State) Encode() url.Values {
	return widget.PutDate(url.Values{mode.Key: {s.Mode}}, s.Date, s.Explicit)
}

// Full is the state with the date it shows.
func (s State) Full() url.Values { return widget.PutDate(s.Encode(), s.Date, true) }

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem { return widget.CheckParams(params, mode) }
