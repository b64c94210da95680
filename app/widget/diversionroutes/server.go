//go:build !js

package diversionroutes

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// diversion-routes' server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Validate = Validate
	Spec.Table = Table
	Spec.Card = Card
	// Both views as of the facts' date, and the cases as they stood in
	// December 2025, before Super Micro and Taiwan.
	Spec.Notable = []url.Values{{"mode": {"ship"}}, {"mode": {"rent"}}, {"mode": {"ship"}, "date": {"2025-12-08"}}}
	// The outlines travel once, in the prerendered SVG (mapframe.ReadBack).
	Spec.Wire = mapframe.Wire(geoFile)
}

var anchors = []string{"left", "right", "above", "below"}

// Validate checks the data strictly: every place named in every
// language; both views described; every case with a known view and
// kind, a real date in order, places that exist, a title and a summary
// in every language, sources and a confidence; the argument likewise.
func Validate(data any) error {
	d := data.(*Data)
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for i, p := range d.Places {
		if !slices.Contains(anchors, p.Anchor) {
			fail("places[%d] (%s): anchor %q is not one of %s", i, p.ID, p.Anchor, strings.Join(anchors, ", "))
		}
		if p.Marks != "" && !slices.Contains(anchors, p.Marks) {
			fail("places[%d] (%s): marks %q is not one of %s", i, p.ID, p.Marks, strings.Join(anchors, ", "))
		}
		errs = append(errs, widget.CheckTexts(fmt.Sprintf("places[%d] (%s)", i, p.ID), widget.NamedText{Name: "label", Text: p.Label})...)
	}
	for _, m := range mode.Values {
		v, ok := d.Modes[m]
		if !ok {
			fail("modes: no %q", m)
			continue
		}
		errs = append(errs, widget.CheckTexts("modes."+m, widget.NamedText{Name: "label", Text: v.Label}, widget.NamedText{Name: "what", Text: v.What})...)
	}
	if !widget.IsDate(d.Argument.Since) {
		fail("argument: since %q is not a date (YYYY-MM-DD)", d.Argument.Since)
	}
	errs = append(errs, widget.CheckSourced("argument", []widget.NamedText{{Name: "text", Text: d.Argument.Text}}, d.Argument.Sources, d.Argument.Confidence)...)
	seen := map[string]bool{}
	prev := map[string]string{}
	for i, c := range d.Cases {
		at := fmt.Sprintf("cases[%d] (%s)", i, c.ID)
		if c.ID == "" || seen[c.ID] {
			fail("%s: an id, once", at)
		}
		seen[c.ID] = true
		if !slices.Contains(mode.Values, c.Mode) {
			fail("%s: mode %q is not one of %s", at, c.Mode, strings.Join(mode.Values, ", "))
		}
		if !slices.Contains(kinds, c.Kind) {
			fail("%s: kind %q is not one of %s", at, c.Kind, strings.Join(kinds, ", "))
		}
		if !widget.IsDate(c.Date) {
			fail("%s: date %q is not a date (YYYY-MM-DD)", at, c.Date)
		} else if c.Date < prev[c.Mode] {
			fail("%s: %s is before the case above it (%s): keep each view's cases in date order, so their numbers follow time", at, c.Date, prev[c.Mode])
		}
		prev[c.Mode] = c.Date
		if _, ok := d.places[c.At]; !ok {
			fail("%s: at %q is no place", at, c.At)
		}
		for j, r := range c.Routes {
			if len(r) < 2 {
				fail("%s: routes[%d] has %d places, want two or more", at, j, len(r))
			}
			for _, p := range r {
				if _, ok := d.places[p]; !ok {
					fail("%s: routes[%d] names %q, no place", at, j, p)
				}
			}
		}
		if c.When != nil {
			errs = append(errs, widget.CheckTexts(at, widget.NamedText{Name: "when", Text: c.When})...)
		}
		errs = append(errs, widget.CheckSourced(at, []widget.NamedText{{Name: "title", Text: c.Title}, {Name: "summary", Text: c.Summary}}, c.Sources, c.Confidence)...)
	}
	return errors.Join(errs...)
}

// Table is every case as CSV rows, in every language.
func Table(data any) [][]string {
	d := data.(*Data)
	head := []string{"date", "view", "kind", "place", "routes"}
	for _, l := range lang.List {
		head = append(head, "when_"+l.Code, "title_"+l.Code, "summary_"+l.Code)
	}
	rows := [][]string{append(head, "confidence", "sources")}
	for _, c := range d.Cases {
		var routes []string
		for _, r := range c.Routes {
			routes = append(routes, strings.Join(r, ">"))
		}
		row := []string{c.Date, c.Mode, c.Kind, c.At, strings.Join(routes, " ")}
		for _, l := range lang.List {
			row = append(row, c.When[l.Code], c.Title.In(l.Code), c.Summary.In(l.Code))
		}
		rows = append(rows, append(row, c.Confidence, strings.Join(c.Sources, " ")))
	}
	return rows
}
