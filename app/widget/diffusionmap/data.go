package diffusionmap

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
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
func (p Place) XY() (x, y float64) { return Project(p.Lon, p.Lat) }

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
	Label      Text     `json:"label"`
	Narration  Text     `json:"narration"`
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"`
}

// Country is one country's outline, from the generated geometry.
type Country struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	D    string `json:"d"`
}

// Geo is content/data/diffusion-map-geo.json, made by go generate.
type Geo struct {
	Source    string    `json:"source"`
	Width     float64   `json:"width"`
	Height    float64   `json:"height"`
	Countries []Country `json:"countries"`
}

// Data is the widget's data: content/data/diffusion-map.json and its
// geometry.
type Data struct {
	Places []Place             `json:"places"`
	Flows  []Flow              `json:"flows"`
	Tiers  Tiers               `json:"tiers"`
	Rules  map[string]Narrated `json:"rules"`
	H20    map[string]Narrated `json:"h20"`
	Geo    Geo                 `json:"-"`
	places map[string]Place
	tierOf map[string]string // country id -> tier class
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
	if err := json.Unmarshal(files[geoFile], &d.Geo); err != nil {
		return nil, fmt.Errorf("geometry: %w", err)
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	return &d, nil
}

var statuses = map[string]bool{"open": true, "reported": true, "blocked": true, "expansion": true, "home": true, "data": true, "none": true}

func (d *Data) check() error {
	if len(d.Geo.Countries) == 0 {
		return fmt.Errorf("geometry has no countries")
	}
	d.tierOf = tierIndex(d.Tiers)
	d.places = map[string]Place{}
	for _, p := range d.Places {
		if err := bilingual(p.Label); err != nil {
			return fmt.Errorf("place %s: %w", p.ID, err)
		}
		for _, f := range p.Facts {
			if len(f.Sources) == 0 || bilingual(f.Text) != nil {
				return fmt.Errorf("place %s: every fact needs a source and every language", p.ID)
			}
		}
		d.places[p.ID] = p
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
		for _, r := range rule.Values {
			if !statuses[f.Status[r]] {
				return fmt.Errorf("flow %s: status for rule=%s is %q", f.ID, r, f.Status[r])
			}
		}
	}
	for _, r := range rule.Values {
		if n, ok := d.Rules[r]; !ok || len(n.Sources) == 0 || bilingual(n.Narration) != nil {
			return fmt.Errorf("rule %s: needs a sourced narration in every language", r)
		}
	}
	for _, h := range h20.Values {
		if n, ok := d.H20[h]; !ok || len(n.Sources) == 0 || bilingual(n.Narration) != nil {
			return fmt.Errorf("h20 %s: needs a sourced narration in every language", h)
		}
	}
	if len(d.Tiers.Sources) == 0 || len(d.Tiers.Cap.Sources) == 0 {
		return fmt.Errorf("tiers: no source")
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
	out = append(out, d.Tiers.Sources...)
	return append(out, d.Tiers.Cap.Sources...)
}
