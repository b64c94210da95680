package jobborders

import (
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render draws the question (four controls), the verdict for every
// place as a row of tiles (each a link to that place; the chosen one
// outlined), the chosen place's verdict with each rule that applies on
// the page's date, the disclaimer, and every rule as a table.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return widget.DatedRoot(in, Name, s.Encode(), s.Full(), problems, w.Title)
	}
	l := in.Language()
	verdict, rules := d.Judge(s)
	var decisive, notes []Rule
	for _, r := range rules {
		if r.Answer == "note" {
			notes = append(notes, r)
		} else {
			decisive = append(decisive, r)
		}
	}
	// The rows that decide stay with the answer; context (notes) and the
	// table fold away in an embed (widget.Extras), so its height stays
	// near the answer's.
	extras := widget.Extras(in, app.If(len(notes) > 0, func() app.UI {
		return app.Raw(ruleList(notes, w, l, in))
	}), app.Raw(table(in, d, w)))
	return widget.DatedRoot(in, Name, s.Encode(), s.Full(), problems, w.Title, append([]app.UI{
		app.Div().Class("jb-controls").Body(
			widget.Segment(in.ID+"-job", w.Job, widget.Choices(in, s, job, w.Jobs, s.Job, func(s *State, v string) { s.Job = v })),
			widget.Segment(in.ID+"-who", w.Who, widget.Choices(in, s, who, w.Whos, s.Who, func(s *State, v string) { s.Who = v })),
			widget.Segment(in.ID+"-chips", w.Chips, widget.Choices(in, s, chips, w.ChipsWays, s.Chips, func(s *State, v string) { s.Chips = v })),
		),
		app.Figure().Class("jb-figure").Body(
			widget.Segment(in.ID+"-place", w.Place, tiles(in, d, s, w)),
			app.Div().Class("jb-verdict", "jb-verdict--"+verdictClass(verdict)).Body(
				app.P().Class("jb-answer").Text(w.Verdicts[verdict]),
				app.Raw(ruleList(decisive, w, l, in)),
			),
			app.FigCaption().Class("sr-only").Aria("live", "polite").Text(Describe(in)),
		),
		app.P().Class("jb-disclaimer").Text(w.Disclaimer),
	}, extras...)...)
}

// tiles are the place choices, each labelled with its verdict for the
// rest of the question, so the row reads as a small map of the answer.
func tiles(in widget.Input, d *Data, s State, w *text) []widget.Choice {
	var out []widget.Choice
	for _, p := range place.Values {
		next := s
		next.Place = p
		v, _ := d.Judge(next)
		out = append(out, widget.Choice{Label: w.Places[p] + ": " + w.Verdicts[v], Href: in.Href(next.Encode()), On: p == s.Place})
	}
	return out
}

// verdictClass is a verdict as a CSS class part.
func verdictClass(v string) string {
	v, _, _ = strings.Cut(strings.ReplaceAll(v, "+unsettled", ""), "+")
	return v
}

// ruleList is the rules that apply, each with what it says, its dates,
// its sources and its confidence: HTML (app.Raw), as the timeline's
// table, to keep app.wasm small.
func ruleList(rules []Rule, w *text, l lang.Language, in widget.Input) string {
	if len(rules) == 0 {
		rules = []Rule{{Answer: "unsettled", Title: lang.Text{l.Code: w.NoRule}}}
	}
	var b strings.Builder
	b.WriteString(`<ul class="jb-rules">`)
	for _, r := range rules {
		b.WriteString(`<li class="jb-rule jb-rule--` + r.Answer + `"><p class="jb-rule-title"><span class="jb-rule-answer">` +
			widget.Escape(w.Answers[r.Answer]) + `</span> ` + widget.Escape(r.Title.In(l.Code)))
		if when := span(r, w, l); when != "" {
			b.WriteString(` <span class="jb-rule-when">(` + widget.Escape(when) + `)</span>`)
		}
		b.WriteString(`</p>`)
		if t := r.Text.In(l.Code); t != "" {
			b.WriteString(`<p class="jb-rule-text">` + widget.Escape(t) + `</p>`)
		}
		if len(r.Sources) > 0 {
			b.WriteString(in.SourcesHTML("jb-rule-sources", w.Sources, r.Sources, w.Conf[r.Confidence]))
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// span is when a rule held, in words ("since 17 November 2023").
func span(r Rule, w *text, l lang.Language) string {
	switch {
	case r.From != "" && r.Until != "":
		return fmt.Sprintf(w.Between, l.Date(r.From), l.Date(r.Until))
	case r.From != "":
		return fmt.Sprintf(w.Since, l.Date(r.From))
	}
	return ""
}

// table is every rule: what it covers, when, its answer and sources.
func table(in widget.Input, d *Data, w *text) string {
	l := in.Language()
	var b strings.Builder
	b.WriteString(`<details class="jb-table"><summary>` + widget.Escape(w.Table) + `</summary><table><thead><tr><th>` +
		widget.Escape(w.Rule) + `</th><th>` + widget.Escape(w.When) + `</th><th>` + widget.Escape(w.Answer) + `</th><th>` + widget.Escape(w.Sources) + `</th></tr></thead><tbody>`)
	for _, r := range d.Rules {
		b.WriteString(`<tr><td>` + widget.Escape(r.Title.In(l.Code)) + `</td><td>` + widget.Escape(span(r, w, l)) + `</td><td>` +
			widget.Escape(w.Answers[r.Answer]) + `</td><td>` + widget.Escape(in.Cited(r.Sources)) + `</td></tr>`)
	}
	b.WriteString(`</tbody></table></details>`)
	return b.String()
}

// Describe is the question and its answer in plain words.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return w.Title
	}
	verdict, _ := d.Judge(s)
	question := strings.Join([]string{w.Jobs[s.Job], w.Whos[s.Who], w.ChipsWays[s.Chips], w.Places[s.Place]}, "; ")
	return fmt.Sprintf(w.Describe, in.Language().Date(s.Date), question, w.Verdicts[verdict])
}
