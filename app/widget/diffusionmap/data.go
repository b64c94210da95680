package diffusionmap

import (
	"encoding/json"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// Text is a text in every language.
type Text = lang.Text

// Fact is one sourced figure shown on a place (hover, focus or tap).
type Fact struct {
	Text       Text     `json:"text"`
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"` // C, S or U, as in the fact sheet
}

// Place is a city or a compute destination on the map.
type Place struct {
	ID     string  `json:"id"`
	Kind   string  `json:"kind"` // home or compute
	Lon    float64 `json:"lon"`
	Lat    float64 `json:"lat"`
	Anchor string  `json:"anchor"` // where the label sits: left, right, below
	Label  Text    `json:"label"`
	Detail Text    `json:"detail,omitempty"`
	Facts  []Fact  `json:"facts,omitempty"`
}

// XY is the place on the map.
func (p Place) XY() (x, y float64) { return mapframe.Project(p.Lon, p.Lat) }

// Flow is a pattern of training (or cloud business, or fine-tuning) that
// a source reports. Flows illustrate reported patterns, not volumes.
type Flow struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"` // route, cloud, home, data
	From       string   `json:"from"`
	To         string   `json:"to"`
	Who        Text     `json:"who"`
	Why        Text     `json:"why"`
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"`
	// Status per rule state: open, reported, blocked, expansion, home,
	// data or none.
	Status map[string]string `json:"status"`
	// Since is the day its source made it public: before it the flow is
	// not shown, whatever the rule. Empty for the FT's report, the map's
	// subject.
	Since string `json:"since,omitempty"`
	// Bow bends its arc (a share of its length, to the left of its
	// direction; 0 is the map's 0.25), so two flows between the same
	// places stay apart.
	Bow float64 `json:"bow,omitempty"`
}

// Note is a later fact the map's narration adds for some rule views,
// from a date (and until one, if set): the rule announced but not yet
// binding, the GAO's finding.
type Note struct {
	From       string   `json:"from"`
	Until      string   `json:"until,omitempty"`
	Rules      []string `json:"rules"`
	Text       Text     `json:"text"`
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"`
}

// applies says whether the note belongs to the view s.
func (n Note) applies(s State) bool {
	if s.Date < n.From || n.Until != "" && s.Date >= n.Until {
		return false
	}
	for _, r := range n.Rules {
		if r == s.Rule {
			return true
		}
	}
	return false
}

// Tiers are the countries the diffusion rule's tiers name that are in
// view (ISO 3166 numeric ids), with the Tier-2 cap.
type Tiers struct {
	Tier1   []string `json:"tier1"`
	Tier2   []string `json:"tier2"`
	Tier3   []string `json:"tier3"`
	Sources []string `json:"sources"`
	Cap     struct {
		Value   float64  `json:"value"`
		Sources []string `json:"sources"`
	} `json:"cap"`
}

// Narrated is the caption of one choice, with its sources and confidence.
type Narrated struct {
	Label Text `json:"label"`
	// Short and Period are the label in the rule switch, on two lines
	// (both optional: the switch falls back to Label).
	Short      Text     `json:"short,omitempty"`
	Period     Text     `json:"period,omitempty"`
	Narration  Text     `json:"narration"`
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"`
}

// Data is the widget's data: content/data/diffusion-map.json and its
// geometry.
type Data struct {
	Places []Place             `json:"places"`
	Flows  []Flow              `json:"flows"`
	Tiers  Tiers               `json:"tiers"`
	Rules  map[string]Narrated `json:"rules"`
	H20    map[string]Narrated `json:"h20"`
	Notes  []Note              `json:"notes"`
	// ArcLabels name bundles of flows; Countries name the countries the
	// story names.
	ArcLabels []ArcLabel     `json:"arcLabels"`
	Countries []CountryLabel `json:"countryLabels"`
	Geo       mapframe.Geo   `json:"-"`
	places    map[string]Place
	flows     map[string]Flow
	tierOf    map[string]string // country id -> tier class
}

// Place returns the place with id.
func (d *Data) Place(id string) (Place, bool) {
	p, ok := d.places[id]
	return p, ok
}

// The widget's files under content/data: its data, and the country
// outlines go generate makes from Natural Earth.
const (
	dataFile = "diffusion-map.json"
	geoFile  = "diffusion-map-geo.json"
)

// Decode parses the data and the geometry and checks them: every flow's
// places exist, every status is known for every rule, every figure and
// caption has a source, every text is in every language.
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
	d.index()
	return &d, nil
}

// index builds the lookups the widget renders with.
func (d *Data) index() {
	d.tierOf = tierIndex(d.Tiers)
	d.places = map[string]Place{}
	for _, p := range d.Places {
		d.places[p.ID] = p
	}
	d.flows = map[string]Flow{}
	for _, f := range d.Flows {
		d.flows[f.ID] = f
	}
}

// flow returns the flow with id.
func (d *Data) flow(id string) (Flow, bool) {
	f, ok := d.flows[id]
	return f, ok
}

// Cites lists every source the data cites.
func Cites(data any) []string {
	d := data.(*Data)
	var out []string
	for _, p := range d.Places {
		for _, f := range p.Facts {
			out = append(out, f.Sources...)
		}
	}
	for _, f := range d.Flows {
		out = append(out, f.Sources...)
	}
	for _, n := range d.Rules {
		out = append(out, n.Sources...)
	}
	for _, n := range d.H20 {
		out = append(out, n.Sources...)
	}
	for _, n := range d.Notes {
		out = append(out, n.Sources...)
	}
	out = append(out, d.Tiers.Sources...)
	return append(out, d.Tiers.Cap.Sources...)
}
