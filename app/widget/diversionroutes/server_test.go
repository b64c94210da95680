//go:build !js

package diversionroutes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget/widgettest"
)

// The real data holds: Validate passes, every case and the argument
// cite sources that content/data/sources.json lists, and no case dates
// after the facts' as-of date.
func TestTheDataIsValid(t *testing.T) {
	d := widgettest.Data(t, Spec).(*Data)
	if err := Validate(d); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(widgettest.Root(t), "content", "data", "sources.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sources []struct{ ID string }
	if err := json.Unmarshal(raw, &sources); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range sources {
		known[s.ID] = true
	}
	for _, id := range Cites(d) {
		if !known[id] {
			t.Errorf("cites %s, not in sources.json", id)
		}
	}
	in := input(t, "en", "")
	for _, c := range d.Cases {
		if c.Date > in.Dates.AsOf {
			t.Errorf("%s dated %s, after the facts' as-of date %s", c.ID, c.Date, in.Dates.AsOf)
		}
	}
}

func TestValidateNamesEachProblem(t *testing.T) {
	d := widgettest.Data(t, Spec).(*Data)
	bad := *d
	bad.Cases = append([]Case(nil), d.Cases...)
	bad.Cases[1].Kind = "rumour"
	bad.Cases[1].Date = "2024-01-01"
	bad.Cases[2].At = "atlantis"
	bad.Cases[3].Routes = [][]string{{"sg"}}
	bad.Cases[4].Confidence = "maybe"
	bad.Cases[5].Sources = nil
	bad.Cases[6].ID = bad.Cases[0].ID
	err := Validate(&bad)
	for _, want := range []string{`kind "rumour"`, "before the case above it", `at "atlantis"`, "routes[0] has 1 places", `confidence "maybe"`, "no sources", "an id, once"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate: %v\nwant it to say %s", err, want)
		}
	}
}

// The CSV has a row per case, in every language.
func TestTable(t *testing.T) {
	d := widgettest.Data(t, Spec).(*Data)
	rows := Table(d)
	if len(rows) != len(d.Cases)+1 || !strings.Contains(strings.Join(rows[0], ","), "title_pl") {
		t.Errorf("%d rows, head %v", len(rows), rows[0])
	}
}
