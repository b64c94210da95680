//go:build !js

package jobborders

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

// job-borders' server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Table = Table
	Spec.Card = Card
	// The story's case, renting and buying; the same before the 2023
	// rule; and fine-tuning on customers' data abroad.
	Spec.Notable = []url.Values{
		{"who": {"cn"}, "chips": {"rent"}, "place": {"my"}},
		{"who": {"cn"}, "chips": {"buy"}, "place": {"my"}},
		{"who": {"cn"}, "chips": {"buy"}, "place": {"my"}, "date": {"2023-10-17"}},
		{"job": {"finetune"}, "place": {"sg"}},
	}
}

// dims are the question's dimensions, by name.
var dims = map[string]widget.Enum{"job": job, "who": who, "chips": chips, "place": place}

// Validate checks every rule strictly: a known answer, conditions on
// known dimensions and values, real dates in order, a title and a text
// in every language, sources and a confidence code.
func Validate(data any) error {
	var errs []error
	seen := map[string]bool{}
	for i, r := range data.(*Data).Rules {
		at := fmt.Sprintf("rules[%d] (%s)", i, r.ID)
		if r.ID == "" || seen[r.ID] {
			errs = append(errs, fmt.Errorf("%s: an id, once", at))
		}
		seen[r.ID] = true
		if r.Domain != "" && r.Domain != "china" {
			errs = append(errs, fmt.Errorf("%s: domain %q is not china (leave it out for a US rule)", at, r.Domain))
		}
		if !slices.Contains(answers, r.Answer) {
			errs = append(errs, fmt.Errorf("%s: answer %q is not one of %s", at, r.Answer, strings.Join(answers, ", ")))
		}
		for dim, vals := range r.When {
			e, ok := dims[dim]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: no dimension %q", at, dim))
				continue
			}
			for _, v := range vals {
				if !e.Valid(v) {
					errs = append(errs, fmt.Errorf("%s: %s %q is not one of %s", at, dim, v, strings.Join(e.Values, ", ")))
				}
			}
		}
		for _, d := range []string{r.From, r.Until} {
			if d != "" && !widget.IsDate(d) {
				errs = append(errs, fmt.Errorf("%s: %q is not a date (YYYY-MM-DD)", at, d))
			}
		}
		if r.From != "" && r.Until != "" && r.Until <= r.From {
			errs = append(errs, fmt.Errorf("%s: until %s is not after from %s", at, r.Until, r.From))
		}
		errs = append(errs, widget.CheckSourced(at, []widget.NamedText{{Name: "title", Text: r.Title}, {Name: "text", Text: r.Text}}, r.Sources, r.Confidence)...)
	}
	return errors.Join(errs...)
}

// Table is the rules as CSV rows, in every language.
func Table(data any) [][]string {
	head := []string{"id", "from", "until", "job", "who", "chips", "place", "answer"}
	for _, l := range lang.List {
		head = append(head, "rule_"+l.Code, "text_"+l.Code)
	}
	rows := [][]string{append(head, "confidence", "sources")}
	for _, r := range data.(*Data).Rules {
		row := []string{r.ID, r.From, r.Until}
		for _, dim := range []string{"job", "who", "chips", "place"} {
			row = append(row, strings.Join(r.When[dim], " "))
		}
		row = append(row, r.Answer)
		for _, l := range lang.List {
			row = append(row, r.Title.In(l.Code), r.Text.In(l.Code))
		}
		rows = append(rows, append(row, r.Confidence, strings.Join(r.Sources, " ")))
	}
	return rows
}

// verdictColours are the verdicts' colours in cards and picture files,
// light and dark.
var verdictColours = [2]map[string]string{
	{"allowed": "#15803d", "licence": "#b45309", "permit": "#b45309", "banned": "#b3261e", "unsettled": "#6b7280"},
	{"allowed": "#4ade80", "licence": "#f5b83d", "permit": "#f5b83d", "banned": "#ff8a80", "unsettled": "#9ca3af"},
}

// Card draws the answer for every place as a column of tiles (the
// chosen place outlined), labelled with the place and its verdict. Its
// label is the question.
func Card(in widget.Input) (widget.Picture, string) {
	s, _ := Parse(in)
	d, _ := in.Data.(*Data)
	w := wordsFor(in)
	if d == nil {
		return widget.Picture{}, ""
	}
	fg, bg, scheme := "#1a1d24", "#ffffff", 0
	if in.Dark {
		fg, bg, scheme = "#e8ebf1", "#12151c", 1
	}
	const width, row, gap = 1000.0, 56.0, 10.0
	pic := widget.Picture{W: width, H: float64(len(place.Values))*(row+gap) - gap}
	used := map[string]bool{}
	for i, p := range place.Values {
		next := s
		next.Place = p
		v, _ := d.Judge(next)
		y := float64(i) * (row + gap)
		c := verdictColours[scheme][verdictClass(v)]
		if p == s.Place {
			pic.Marks = append(pic.Marks, widget.Mark{X: 0, Y: y - 4, W: width, H: row + 8, Fill: fg})
			pic.Marks = append(pic.Marks, widget.Mark{X: 3, Y: y - 1, W: width - 6, H: row + 2, Fill: bg})
		}
		pic.Marks = append(pic.Marks,
			widget.Mark{X: 8, Y: y + 8, W: 40, H: row - 16, Fill: c},
			widget.Mark{Text: w.Places[p], X: 64, Y: y + row/2 + 8, Size: 22, Bold: true, Fill: fg},
			widget.Mark{Text: w.Verdicts[v], X: 300, Y: y + row/2 + 8, Size: 20, Fill: fg},
		)
		if !used[v] {
			used[v] = true
			pic.Key = append(pic.Key, widget.KeyItem{Label: w.Verdicts[v], Colour: c, Shape: widget.KeyBox})
		}
	}
	label := strings.Join([]string{w.Jobs[s.Job], w.Whos[s.Who], w.ChipsWays[s.Chips]}, " · ")
	return pic, label
}
