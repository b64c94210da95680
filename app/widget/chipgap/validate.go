//go:build !js

package chipgap

import (
	"fmt"

	"github.com/computeatlas/atlas/app/widget"
)

// Validate checks the decoded data strictly, at build time (Spec.Validate).
func Validate(data any) error {
	d := data.(*Data)
	if len(d.Chips) == 0 {
		return fmt.Errorf("no chips")
	}
	if err := checkFigure(d.Threshold); err != nil {
		return fmt.Errorf("threshold: %w", err)
	}
	if err := widget.CheckNote("the licence line", d.Note, d.NoteSources); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, c := range d.Chips {
		if c.ID == "" || c.Name == "" {
			return fmt.Errorf("chip %q: id and name are required", c.Name)
		}
		if seen[c.ID] {
			return fmt.Errorf("chip %s: duplicate id", c.ID)
		}
		seen[c.ID] = true
		if err := widget.CheckNote("chip "+c.ID, c.Note, c.NoteSources); err != nil {
			return err
		}
		for k, f := range c.Figures {
			if !metric.Valid(k) {
				return fmt.Errorf("chip %s: unknown metric %q", c.ID, k)
			}
			if err := checkFigure(f); err != nil {
				return fmt.Errorf("chip %s %s: %w", c.ID, k, err)
			}
		}
	}
	return nil
}

func checkFigure(f Figure) error {
	if !f.Basis.valid() {
		return fmt.Errorf("basis %q is not one of vendor, reported, estimate, conflicting, derived", f.Basis)
	}
	if len(f.Sources) == 0 {
		return fmt.Errorf("no source")
	}
	if f.Value <= 0 {
		return fmt.Errorf("value must be positive")
	}
	if f.High != 0 && (f.Low <= 0 || f.Low > f.Value || f.Value > f.High) {
		return fmt.Errorf("range %v–%v must contain value %v", f.Low, f.High, f.Value)
	}
	return nil
}

func (b Basis) valid() bool {
	switch b {
	case Vendor, Reported, Estimate, Conflicting, Derived:
		return true
	}
	return false
}
