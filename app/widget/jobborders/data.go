package jobborders

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

const dataFile = "job-borders.json"

// Data is content/data/job-borders.json: the rule rows.
type Data struct {
	Rules []Rule `json:"rules"`
}

// Rule is one rule as our sources state it: the cases it covers (When:
// for each dimension the values it applies to; a missing dimension means
// any), the dates it held (From inclusive, Until exclusive; empty means
// open), and what it answers.
type Rule struct {
	ID    string              `json:"id"`
	From  string              `json:"from,omitempty"`
	Until string              `json:"until,omitempty"`
	When  map[string][]string `json:"when"`
	// Answer is "allowed", "licence" (a US licence), "permit" (a
	// local approval), "banned", "unsettled" (our sources do not settle
	// it) or "note" (context that decides nothing).
	Answer string `json:"answer"`
	// Domain is "china" for China's own rules; US rules leave it out.
	Domain     string    `json:"domain,omitempty"`
	Title      lang.Text `json:"title"`
	Text       lang.Text `json:"text"`
	Sources    []string  `json:"sources"`
	Confidence string    `json:"confidence"`
}

// answers are the answers in order of weight: the verdict is the
// heaviest that applies.
var answers = []string{"note", "allowed", "unsettled", "permit", "licence", "banned"}

// Decode parses the data.
func Decode(files widget.Files) (any, error) {
	var d Data
	if err := json.Unmarshal(files[dataFile], &d); err != nil {
		return nil, err
	}
	if len(d.Rules) == 0 {
		return nil, fmt.Errorf("no rules")
	}
	return &d, nil
}

// Cites lists the sources of every rule.
func Cites(data any) []string {
	var out []string
	for _, r := range data.(*Data).Rules {
		out = append(out, r.Sources...)
	}
	return out
}

// applies reports whether r covers the question s on s.Date.
func (r Rule) applies(s State) bool {
	if r.From != "" && s.Date < r.From || r.Until != "" && s.Date >= r.Until {
		return false
	}
	for dim, v := range map[string]string{"job": s.Job, "who": s.Who, "chips": s.Chips, "place": s.Place} {
		if vals, ok := r.When[dim]; ok && !contains(vals, v) {
			return false
		}
	}
	return true
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// Judge is the verdict on s and the rules that apply, in the data's
// order. The verdict is the weightiest answer among them ("licence" and
// "permit" together are "licence+permit"). What our sources do not
// settle is never hidden behind it: when a row says so, or when no US
// row covers the case at all, a licence or a permit verdict says
// "+unsettled" too. With nothing but notes, the case is "unsettled".
func (d *Data) Judge(s State) (string, []Rule) {
	var rules []Rule
	weight := 0
	permit, licence, unsettled, usRow := false, false, false, false
	for _, r := range d.Rules {
		if !r.applies(s) {
			continue
		}
		rules = append(rules, r)
		if r.Answer == "note" {
			continue
		}
		permit = permit || r.Answer == "permit"
		licence = licence || r.Answer == "licence"
		unsettled = unsettled || r.Answer == "unsettled"
		usRow = usRow || r.Domain != "china"
		for i, a := range answers {
			if a == r.Answer && i > weight {
				weight = i
			}
		}
	}
	v := answers[weight]
	switch {
	case weight == 0:
		return "unsettled", rules
	case v == "banned":
		return v, rules
	case licence && permit:
		return "licence+permit", rules
	case (v == "licence" || v == "permit") && (unsettled || !usRow):
		return v + "+unsettled", rules
	}
	return v, rules
}
