package demoscale

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/widget"
)

const dataFile = "demo-scale.json"

// Data is content/data/demo-scale.json: the bar's length for each size,
// as a share of the track, with its sources.
type Data struct {
	Lengths map[string]float64 `json:"lengths"`
	Sources []string           `json:"sources"`
}

// Decode parses and checks the data.
func Decode(files widget.Files) (any, error) {
	var d Data
	if err := json.Unmarshal(files[dataFile], &d); err != nil {
		return nil, err
	}
	for _, s := range size.Values {
		if l := d.Lengths[s]; l <= 0 || l > 1 {
			return nil, fmt.Errorf("length of %s must be in (0, 1]", s)
		}
	}
	if len(d.Sources) == 0 {
		return nil, fmt.Errorf("no source")
	}
	return &d, nil
}

// Cites lists the sources.
func Cites(data any) []string { return data.(*Data).Sources }
