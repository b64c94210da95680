//go:build !js

package timeline

import (
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget/widgettest"
)

// The real data holds: every event valid, in order, and the as-of date
// after the last.
func TestTheDataIsValid(t *testing.T) {
	d := widgettest.Data(t, Spec).(*Data)
	if err := Validate(d); err != nil {
		t.Fatal(err)
	}
	if last := d.Events[len(d.Events)-1].Date; last > d.AsOf {
		t.Errorf("last event %s after asOf %s", last, d.AsOf)
	}
}

func TestValidateNamesEachProblem(t *testing.T) {
	d := &Data{AsOf: "2026-07-02", Events: []Event{{Date: "2025-01-13", Kind: "rumour", Label: map[string]string{"en": "x"}, Confidence: "maybe"}}}
	err := Validate(d)
	for _, want := range []string{`kind "rumour"`, `no label in "pl"`, `no summary in "en"`, "no sources", `confidence "maybe"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate: %v, want it to say %s", err, want)
		}
	}
}
