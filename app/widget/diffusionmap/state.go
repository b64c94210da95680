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
	// Date is the page's date (widget.Input.Date); Explicit is set when
	// the address names it, and the rule's factual value then follows it.
	Date     string
	Explicit bool
}

// The rule's turns (content/data/timeline.json has both events).
const (
	announced  = "2025-01-13"
	rescission = "2025-05-13"
	// h20Licence is when the H20 first needed a licence for China.
	h20Licence = "2025-04-09"
	// h20BeforeLicence names the H20 layer's narration for dates before
	// that licence (content/data/diffusion-map.json): sold, no more.
	h20BeforeLicence = "before-licence"
)

// factualRule is what the rule was on date: not yet announced, announced
// (compliance was due on 15 May 2025), or rescinded.
func factualRule(date string) string {
	switch {
	case date < announced:
		return "before"
	case date < rescission:
		return "in-force"
	}
	return "rescinded"
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
	var dps []widget.Problem
	s.Date, s.Explicit, dps = in.Date()
	ps = append(ps, dps...)
	// A date decides what had happened: the rule's factual value follows
	// it. "The rule as written" (in-force) stays the reader's choice at
	// any date: a counterfactual view, labelled as one. A factual value
	// the date contradicts is ignored, and said so when the address
	// asked for it (a directive's starting value just gives way).
	if s.Explicit && s.Rule != "in-force" && s.Rule != factualRule(s.Date) {
		if in.Asked(rule.Key) {
			ps = append(ps, widget.Problem{Key: rule.Key, Value: s.Rule})
		}
		s.Rule = factualRule(s.Date)
	}
	// Before April 2025 the H20 needed no licence: the layer cannot show
	// the requirement on an earlier date.
	if s.Explicit && s.Date < h20Licence && s.H20 == "restricted" {
		if in.Asked(h20.Key) {
			ps = append(ps, widget.Problem{Key: h20.Key, Value: s.H20})
		}
		s.H20 = "allowed"
	}
	// Without a named date, a factual view of the past (before the rule)
	// is dated when it held, so what the widget says and what an embed
	// pins agree with the picture.
	if !s.Explicit && s.Date != "" && s.Rule != "in-force" && s.Rule != factualRule(s.Date) {
		s.Date = dateOf(s.Rule, in.Dates.Events, s.Date)
		// The view before 2025 cannot show April 2025's H20 licence.
		if settled := s.settled(); settled.H20 != s.H20 {
			if in.Asked(h20.Key) {
				ps = append(ps, widget.Problem{Key: h20.Key, Value: s.H20})
			}
			s = settled
		}
	}
	return s, ps
}

// settled is s as its date allows: before the April 2025 licence the H20
// is shown sold without one. Links encode the settled state, so no
// control leads to a value the date would then ignore.
func (s State) settled() State {
	if s.Date != "" && s.Date < h20Licence && s.H20 == "restricted" && (s.Explicit || s.Rule == "before") {
		s.H20 = "allowed"
	}
	return s
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// Encode is the state's URL form, every key present, and the date when
// the address names one (links then keep it).
func (s State) Encode() url.Values {
	v := url.Values{
		rule.Key:  {s.Rule},
		tiers.Key: {onOff(s.Tiers)},
		h20.Key:   {s.H20},
		data.Key:  {onOff(s.Data)},
	}
	return widget.PutDate(v, s.Date, s.Explicit)
}

// Full is the state with its date, named or not: data-state, and what an
// embed code pins.
func (s State) Full() url.Values { return widget.PutDate(s.Encode(), s.Date, true) }

// withRule is s with the rule r chosen. Under a named date, a factual
// choice moves the date to when it held (the last event before the rule,
// or the rescission), so the timeline follows the map as the map
// follows the timeline.
func (s State) withRule(r string, events []string) State {
	s.Rule = r
	if r != "in-force" && factualRule(s.Date) != r {
		s.Date = dateOf(r, events, s.Date)
	}
	return s.settled()
}

// withH20 is s with the H20 layer set to h. Asking for the licence
// requirement in a view from before it (April 2025) moves the view to
// when it held, as withRule does for the rule: the link then leads to a
// state that shows what it says.
func (s State) withH20(h string) State {
	s.H20 = h
	if h == "restricted" && s.Date != "" && s.Date < h20Licence && (s.Explicit || s.Rule == "before") {
		if s.Rule == "before" {
			s.Rule = factualRule(h20Licence)
		}
		if s.Explicit {
			s.Date = h20Licence
		}
	}
	return s.settled()
}

// dateOf is the event date when the factual rule r held: the last event
// before the rule was announced, or its rescission; else date.
func dateOf(r string, events []string, date string) string {
	switch r {
	case "before":
		for i := len(events) - 1; i >= 0; i-- {
			if events[i] < announced {
				return events[i]
			}
		}
	case "rescinded":
		return rescission
	}
	return date
}

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem {
	return widget.CheckParams(params, rule, tiers, h20, data)
}
