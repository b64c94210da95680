//go:build !js

package timeline

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

// The timeline's server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Table = Table
	Spec.Card = Card
	// The rule's three turns and the newest guidance.
	Spec.Notable = []url.Values{{"date": {"2025-01-13"}}, {"date": {"2025-05-13"}}, {"date": {"2026-05-31"}}}
}

// Validate checks every event strictly: a known kind, a label and a
// summary in every language, sources, and a confidence code.
func Validate(data any) error {
	d := data.(*Data)
	var errs []error
	for i, e := range d.Events {
		at := fmt.Sprintf("events[%d] (%s)", i, e.Date)
		if !slices.Contains(kinds, e.Kind) {
			errs = append(errs, fmt.Errorf("%s: kind %q is not one of %s", at, e.Kind, strings.Join(kinds, ", ")))
		}
		errs = append(errs, widget.CheckSourced(at, []widget.NamedText{{Name: "label", Text: e.Label}, {Name: "summary", Text: e.Summary}}, e.Sources, e.Confidence)...)
	}
	return errors.Join(errs...)
}

// Table is the events as CSV rows, in both languages.
func Table(data any) [][]string {
	head := []string{"date", "kind"}
	for _, l := range lang.List {
		head = append(head, "event_"+l.Code, "summary_"+l.Code)
	}
	rows := [][]string{append(head, "confidence", "sources")}
	for _, e := range data.(*Data).Events {
		row := []string{e.Date, e.Kind}
		for _, l := range lang.List {
			row = append(row, e.Label.In(l.Code), e.Summary.In(l.Code))
		}
		rows = append(rows, append(row, e.Confidence, strings.Join(e.Sources, " ")))
	}
	return rows
}
