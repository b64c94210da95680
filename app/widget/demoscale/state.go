// Package demoscale is a widget that exists for the tests: the smallest
// widget that keeps the whole contract (one bar, two controls), which a
// test registers to show that a new widget is its folder, its data file,
// one registry line and its directive in each story
// (docs/architecture.md, "Adding a widget"). No page of the site shows it:
// it is not in app/widgets' list.
package demoscale

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "demo-scale"

var (
	size = widget.Enum{Key: "size", Values: []string{"small", "large"}, Default: "small"}
	tone = widget.Enum{Key: "tone", Values: []string{"warm", "cool"}, Default: "warm"}
)

// State is every choice of the widget.
type State struct{ Size, Tone string }

// Parse reads the state, falling back to defaults on bad values.
func Parse(in widget.Input) (State, []widget.Problem) {
	var ps []widget.Problem
	return State{Size: size.Parse(in, &ps), Tone: tone.Parse(in, &ps)}, ps
}

// Encode is the state's URL form, every key present.
func (s State) Encode() url.Values {
	return url.Values{size.Key: {s.Size}, tone.Key: {s.Tone}}
}

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem {
	return widget.CheckParams(params, size, tone)
}
