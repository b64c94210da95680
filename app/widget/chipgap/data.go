package chipgap

import (
	"encoding/json"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

// Basis says how much a figure can be trusted; the chart draws anything but
// a vendor figure visibly differently and labels it.
type Basis string

const (
	Vendor      Basis = "vendor"      // the maker's datasheet
	Reported    Basis = "reported"    // widely reported, no public datasheet
	Estimate    Basis = "estimate"    // analysts' estimates, shown as a range
	Conflicting Basis = "conflicting" // sources disagree, shown as a range
	Derived     Basis = "derived"     // our arithmetic from other figures
)

// Figure is one value with its sources. Low/High give a range when sources
// or estimates differ; Value is then the most cited figure.
type Figure struct {
	Value   float64  `json:"value"`
	Low     float64  `json:"low,omitempty"`
	High    float64  `json:"high,omitempty"`
	Basis   Basis    `json:"basis"`
	Sources []string `json:"sources"`
}

// IsRange reports whether the figure is drawn as a range.
func (f Figure) IsRange() bool { return f.High > f.Low && f.High > 0 }

// Chip is one accelerator.
type Chip struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Maker string `json:"maker"`
	// Note is the chip's caveat ("no public datasheet"), shown in the
	// languages it has, with NoteSources when it states a figure or a
	// date (widget.CheckNote).
	Note        lang.Text `json:"note,omitempty"`
	NoteSources []string  `json:"noteSources,omitempty"`
	// Figures by metric key (tpp, tflops, memory, bandwidth); a metric a
	// chip has no reliable figure for is absent and drawn as "no data".
	Figures map[string]Figure `json:"figures"`
}

// Data is content/data/chip-gap.json.
type Data struct {
	// Threshold is the 4,800 TPP licence line of the October 2023 rule.
	Threshold Figure `json:"threshold"`
	// Note explains the licence line on the TPP view (where the H20
	// stood, and why it needed a licence anyway), with its sources.
	Note        lang.Text `json:"note,omitempty"`
	NoteSources []string  `json:"noteSources,omitempty"`
	Chips       []Chip    `json:"chips"`
}

// dataFile is the widget's data under content/data.
const dataFile = "chip-gap.json"

// Decode parses and checks the data: every figure has a basis and at
// least one source, every metric key is known, ranges are ordered.
func Decode(files widget.Files) (any, error) {
	var d Data
	if err := json.Unmarshal(files[dataFile], &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Cites lists every source the data cites.
func Cites(data any) []string {
	d := data.(*Data)
	out := append([]string(nil), d.Threshold.Sources...)
	out = append(out, d.NoteSources...)
	for _, c := range d.Chips {
		out = append(out, c.NoteSources...)
		for _, f := range c.Figures {
			out = append(out, f.Sources...)
		}
	}
	return out
}
