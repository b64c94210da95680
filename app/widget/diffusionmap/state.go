// Package diffusionmap is the flagship widget: a map of where Chinese AI
// firms train, with a switch for the US AI diffusion rule (before it, the
// rule as written, rescinded) and layers for the tiers, the H20 licence
// requirement and customer data that stays in China.
package diffusionmap

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "diffusion-map"

var (
	rule  = widget.Enum{Key: "rule", Values: []string{"before", "in-force", "rescinded"}, Default: "rescinded"}
	tiers = widget.Enum{Key: "tiers", Values: []string{"on", "off"}, Default: "off"}
	h20   = widget.Enum{Key: "h20", Values: []string{"restricted", "allowed"}, Default: "restricted"}
	data  = widget.Enum{Key: "data", Values: []string{"on", "off"}, Default: "off"}
)

// State is every user-visible choice of the map.
type State struct {
	Rule  string // before, in-force, rescinded
	Tiers bool   // colour the countries by tier
	H20   string // restricted or allowed
	Data  bool   // show fine-tuning on customers' data staying in China
}

// Parse reads the state, falling back to defaults on bad values and
// reporting them.
func Parse(in widget.Input) (State, []widget.Problem) {
	var ps []widget.Problem
	s := State{
		Rule:  rule.Parse(in, &ps),
		Tiers: tiers.Parse(in, &ps) == "on",
		H20:   h20.Parse(in, &ps),
		Data:  data.Parse(in, &ps) == "on",
	}
	return s, ps
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// Encode is the state's URL form, every key present.
func (s State) Encode() url.Values {
	return url.Values{
		rule.Key:  {s.Rule},
		tiers.Key: {onOff(s.Tiers)},
		h20.Key:   {s.H20},
		data.Key:  {onOff(s.Data)},
	}
}

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem {
	return widget.CheckParams(params, rule, tiers, h20, data)
}
