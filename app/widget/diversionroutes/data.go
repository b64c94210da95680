package diversionroutes

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// The widget's files under content/data: the cases, and the region's
// outlines that go generate makes from Natural Earth (generate.go).
const (
	dataFile = "diversion-routes.json"
	geoFile  = "diversion-routes-geo.json"
)

// Place is a point the cases name: a city, a country, a region (drawn
// as a name, with no dot, where the sources name no city) or the map's
// edge (the United States, beyond the frame).
type Place struct {
	ID     string  `json:"id"`
	Lon    float64 `json:"lon"`
	Lat    float64 `json:"lat"`
	Anchor string  `json:"anchor"` // where the label sits: left, right, above, below
	// Marks is where the numbers of its cases sit, if not opposite the
	// label (where a neighbour's label would be in the way).
	Marks  string    `json:"marks,omitempty"`
	Edge   bool      `json:"edge,omitempty"`
	Region bool      `json:"region,omitempty"`
	Label  lang.Text `json:"label"`
}

// marksSide is where the numbers of the place's cases sit: Marks, or
// opposite the label; at the map's edge, under the label, inward.
func (p Place) marksSide() string {
	switch {
	case p.Edge:
		return "edge"
	case p.Marks != "":
		return p.Marks
	}
	return opposite[p.Anchor]
}

// XY is the place on the shared projection.
func (p Place) XY() (x, y float64) { return mapframe.Project(p.Lon, p.Lat) }

// View is one of the two ways round the controls: its switch label and
// what it means.
type View struct {
	Label lang.Text `json:"label"`
	What  lang.Text `json:"what"`
}

// Argument is the reporting's argument that renting abroad lowers the
// reason to smuggle: shown as an argument, from the day it was made.
type Argument struct {
	Since      string    `json:"since"`
	Text       lang.Text `json:"text"`
	Sources    []string  `json:"sources"`
	Confidence string    `json:"confidence"`
}

// Case is one dated event on the map: charges or a prosecution (kind
// case), a press report (report) or a new control (rule), in one of the
// two views. It shows from the day it came to light.
type Case struct {
	ID   string `json:"id"`
	Mode string `json:"mode"`
	Kind string `json:"kind"`
	Date string `json:"date"`
	// When is the date in words where the sources give no single day.
	When lang.Text `json:"when,omitempty"`
	// At is the place its number sits on; Routes are the paths it
	// names, each a run of places.
	At         string     `json:"at"`
	Routes     [][]string `json:"routes,omitempty"`
	Title      lang.Text  `json:"title"`
	Summary    lang.Text  `json:"summary"`
	Sources    []string   `json:"sources"`
	Confidence string     `json:"confidence"`
}

// kinds are the cases' kinds, in the key's order.
var kinds = []string{"case", "report", "rule"}

// Data is the widget's data and its region's outlines.
type Data struct {
	Places   []Place         `json:"places"`
	Modes    map[string]View `json:"modes"`
	Argument Argument        `json:"argument"`
	Cases    []Case          `json:"cases"`
	Geo      mapframe.Geo    `json:"-"`
	places   map[string]Place
}

// Decode parses the data and the outlines.
func Decode(files widget.Files) (any, error) {
	var d Data
	if err := json.Unmarshal(files[dataFile], &d); err != nil {
		return nil, err
	}
	geo, err := mapframe.Decode(files[geoFile])
	if err != nil {
		return nil, err
	}
	d.Geo = geo
	d.places = map[string]Place{}
	for _, p := range d.Places {
		d.places[p.ID] = p
	}
	if len(d.Cases) == 0 {
		return nil, fmt.Errorf("no cases")
	}
	return &d, nil
}

// Cites lists every source the data cites.
func Cites(data any) []string {
	d := data.(*Data)
	out := append([]string(nil), d.Argument.Sources...)
	for _, c := range d.Cases {
		out = append(out, c.Sources...)
	}
	return out
}

// Numbered is a case with its number: its place, in date order, among
// its view's cases. A case keeps its number at every date.
type Numbered struct {
	Case
	N int
}

// Shown are the cases of view mode that had come to light by date, in
// date order, numbered.
func (d *Data) Shown(mode, date string) []Numbered {
	var out []Numbered
	n := 0
	for _, c := range d.Cases {
		if c.Mode != mode {
			continue
		}
		n++
		if c.Date <= date {
			out = append(out, Numbered{c, n})
		}
	}
	return out
}

// since is the last event date before date: what a reader moving
// forward through the timeline saw last. Cases after it are new.
func since(events []string, date string) string {
	prev := ""
	for _, e := range events {
		if e < date {
			prev = e
		}
	}
	return prev
}
