package timeline

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
)

const dataFile = "timeline.json"

// Data is content/data/timeline.json: the events in date order, and the
// facts' as-of date, where the axis ends.
type Data struct {
	AsOf      string    `json:"asOf"`
	AsOfLabel lang.Text `json:"asOfLabel"`
	Events    []Event   `json:"events"`
}

// Event is one dated step: a US rule, China's response, or enforcement.
type Event struct {
	Date string `json:"date"`
	// Kind is "rule", "china" or "enforcement".
	Kind string `json:"kind"`
	// Label is a few words for the axis; Summary one sentence.
	Label   lang.Text `json:"label"`
	Summary lang.Text `json:"summary"`
	Sources []string  `json:"sources"`
	// Confidence is the fact sheets' code: C, S or U.
	Confidence string `json:"confidence"`
}

// kinds are the event kinds, in the key's order.
var kinds = []string{"rule", "china", "enforcement"}

// Decode parses the data.
func Decode(files widget.Files) (any, error) {
	var d Data
	if err := json.Unmarshal(files[dataFile], &d); err != nil {
		return nil, err
	}
	if len(d.Events) == 0 {
		return nil, fmt.Errorf("no events")
	}
	return &d, nil
}

// Cites lists the sources of every event.
func Cites(data any) []string {
	var out []string
	for _, e := range data.(*Data).Events {
		out = append(out, e.Sources...)
	}
	return out
}

// at is the index of the event on date, or the last one.
func (d *Data) at(date string) int {
	for i, e := range d.Events {
		if e.Date == date {
			return i
		}
	}
	return len(d.Events) - 1
}
