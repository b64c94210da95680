// Package jobborders answers a concrete question: may this AI job run
// here, for this firm, with chips got this way, on the page's date? The
// answer comes from rule rows (content/data/job-borders.json), each
// with the dates it held and its sources, written only from what the
// fact sheets state: where no row settles a case, the answer says so.
package jobborders

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
)

// Name is the widget's directive and URL name.
const Name = "job-borders"

var (
	job   = widget.Enum{Key: "job", Values: []string{"pretrain", "finetune", "serve-abroad", "serve-cn"}, Default: "pretrain"}
	who   = widget.Enum{Key: "who", Values: []string{"cn", "other"}, Default: "cn"}
	chips = widget.Enum{Key: "chips", Values: []string{"rent", "buy"}, Default: "rent"}
	place = widget.Enum{Key: "place", Values: []string{"cn", "sg", "my", "ae", "sa", "us"}, Default: "my"}
)

// State is the question asked, and the page's date it is asked on.
type State struct {
	Job, Who, Chips, Place string
	// Date is the page's date (widget.Input.Date); Explicit when the
	// address names it.
	Date     string
	Explicit bool
}

// Parse reads the state, falling back to defaults on bad values and
// reporting them.
func Parse(in widget.Input) (State, []widget.Problem) {
	var ps []widget.Problem
	s := State{Job: job.Parse(in, &ps), Who: who.Parse(in, &ps), Chips: chips.Parse(in, &ps), Place: place.Parse(in, &ps)}
	var dps []widget.Problem
	s.Date, s.Explicit, dps = in.Date()
	return s, append(ps, dps...)
}

// Encode is the state's URL form: every key, and the date when the
// address names one.
func (s State) Encode() url.Values {
	v := url.Values{job.Key: {s.Job}, who.Key: {s.Who}, chips.Key: {s.Chips}, place.Key: {s.Place}}
	return widget.PutDate(v, s.Date, s.Explicit)
}

// Full is the state with the date it is judged on.
func (s State) Full() url.Values { return widget.PutDate(s.Encode(), s.Date, true) }

// Check validates directive parameters.
func Check(params map[string]string) []widget.Problem {
	return widget.CheckParams(params, job, who, chips, place)
}
