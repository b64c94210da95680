//go:build !js

package diffusionmap

import (
	"fmt"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/widget"
)

var statuses = map[string]bool{"open": true, "reported": true, "blocked": true, "expansion": true, "home": true, "data": true, "none": true}

// Validate checks the decoded data strictly, at build time (Spec.Validate).
func Validate(data any) error {
	d := data.(*Data)
	if len(d.Geo.Countries) == 0 {
		return fmt.Errorf("geometry has no countries")
	}
	for _, p := range d.Places {
		if err := bilingual(p.Label); err != nil {
			return fmt.Errorf("place %s: %w", p.ID, err)
		}
		for _, f := range p.Facts {
			if len(f.Sources) == 0 || bilingual(f.Text) != nil {
				return fmt.Errorf("place %s: every fact needs a source and every language", p.ID)
			}
			if err := widget.CheckConfidence("place "+p.ID, f.Sources, f.Confidence); err != nil {
				return err
			}
		}
	}
	for _, f := range d.Flows {
		if _, ok := d.places[f.From]; !ok {
			return fmt.Errorf("flow %s: unknown place %q", f.ID, f.From)
		}
		if _, ok := d.places[f.To]; !ok {
			return fmt.Errorf("flow %s: unknown place %q", f.ID, f.To)
		}
		if len(f.Sources) == 0 {
			return fmt.Errorf("flow %s: no source", f.ID)
		}
		if err := widget.CheckConfidence("flow "+f.ID, f.Sources, f.Confidence); err != nil {
			return err
		}
		for _, r := range rule.Values {
			if !statuses[f.Status[r]] {
				return fmt.Errorf("flow %s: status for rule=%s is %q", f.ID, r, f.Status[r])
			}
		}
	}
	for _, r := range rule.Values {
		if n, ok := d.Rules[r]; !ok || len(n.Sources) == 0 || bilingual(n.Narration) != nil {
			return fmt.Errorf("rule %s: needs a sourced narration in every language", r)
		} else if len(n.Short) > 0 && bilingual(n.Short) != nil || len(n.Period) > 0 && bilingual(n.Period) != nil {
			return fmt.Errorf("rule %s: its short label and period need every language", r)
		}
	}
	for _, h := range append([]string{h20BeforeLicence}, h20.Values...) {
		if n, ok := d.H20[h]; !ok || len(n.Sources) == 0 || bilingual(n.Narration) != nil {
			return fmt.Errorf("h20 %s: needs a sourced narration in every language", h)
		}
	}
	for i, n := range d.Notes {
		at := fmt.Sprintf("notes[%d]", i)
		if !widget.IsDate(n.From) || n.Until != "" && (!widget.IsDate(n.Until) || n.Until <= n.From) {
			return fmt.Errorf("%s: from %q, until %q: dates (YYYY-MM-DD), until after from", at, n.From, n.Until)
		}
		for _, r := range n.Rules {
			if !slices.Contains(rule.Values, r) {
				return fmt.Errorf("%s: rule %q is not one of %s", at, r, strings.Join(rule.Values, ", "))
			}
		}
		if errs := widget.CheckSourced(at, []widget.NamedText{{Name: "text", Text: n.Text}}, n.Sources, n.Confidence); len(errs) > 0 {
			return errs[0]
		}
	}
	for _, f := range d.Flows {
		if f.Since != "" && !widget.IsDate(f.Since) {
			return fmt.Errorf("flow %s: since %q is not a date (YYYY-MM-DD)", f.ID, f.Since)
		}
	}
	if err := validateLabels(d); err != nil {
		return err
	}
	if len(d.Tiers.Sources) == 0 || len(d.Tiers.Cap.Sources) == 0 {
		return fmt.Errorf("tiers: no source")
	}
	return nil
}

// validateLabels checks the arc and country labels: known flows, words
// in every language for each status their first flow takes, and a known
// anchor.
func validateLabels(d *Data) error {
	for _, l := range d.ArcLabels {
		if len(l.Flows) == 0 {
			return fmt.Errorf("arc label %s: no flows", l.ID)
		}
		for _, id := range l.Flows {
			if _, ok := d.flow(id); !ok {
				return fmt.Errorf("arc label %s: unknown flow %q", l.ID, id)
			}
		}
		if !slices.Contains([]string{"left", "right", "below"}, l.Anchor) {
			return fmt.Errorf("arc label %s: anchor %q is not left, right or below", l.ID, l.Anchor)
		}
		first, _ := d.flow(l.Flows[0])
		for _, r := range rule.Values {
			st := first.Status[r]
			if st == "none" {
				continue
			}
			if err := bilingual(l.Text[st]); err != nil {
				return fmt.Errorf("arc label %s: status %s (rule=%s): %w", l.ID, st, r, err)
			}
			if err := bilingual(l.Short[st]); err != nil {
				return fmt.Errorf("arc label %s: short words for status %s (rule=%s): %w", l.ID, st, r, err)
			}
		}
	}
	for _, c := range d.Countries {
		if err := bilingual(c.Label); err != nil {
			return fmt.Errorf("country label %s: %w", c.ID, err)
		}
	}
	return nil
}

// bilingual checks that t is in every language of the site.
func bilingual(t Text) error {
	if missing := t.Missing(); len(missing) > 0 {
		return fmt.Errorf("missing %s text", strings.Join(missing, ", "))
	}
	return nil
}
