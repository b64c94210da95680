// Package chipgap is the chip-gap widget: a bar chart of AI accelerators
// with a metric switch and the 4,800 TPP licence line.
package chipgap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "chip-gap"

var (
	metric    = widget.Enum{Key: "metric", Values: []string{"tpp", "tflops", "memory", "bandwidth"}, Default: "tpp"}
	threshold = widget.Enum{Key: "threshold", Values: []string{"on", "off"}, Default: "off"}
)

// State is every user-visible choice of the widget.
type State struct {
	Metric    string // tpp, tflops, memory, bandwidth
	Threshold bool   // draw the 4,800 TPP licence line (TPP view only)
}

// Parse reads the state from in, falling back to defaults on bad values
// and reporting what it ignored.
func Parse(in widget.Input) (State, []widget.Problem) {
	var ps []widget.Problem
	s := State{
		Metric:    metric.Parse(in, &ps),
		Threshold: threshold.Parse(in, &ps) == "on",
	}
	return s, ps
}

// Encode is the state's URL form, every key present.
func (s State) Encode() url.Values {
	t := "off"
	if s.Threshold {
		t = "on"
	}
	return url.Values{metric.Key: {s.Metric}, threshold.Key: {t}}
}

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem {
	return widget.CheckParams(params, metric, threshold)
}
