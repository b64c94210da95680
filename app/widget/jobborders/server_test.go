//go:build !js

package jobborders

import (
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
)

func TestTheRulesAreValid(t *testing.T) {
	if err := Validate(realData(t)); err != nil {
		t.Fatal(err)
	}
}

func TestValidateNamesEachProblem(t *testing.T) {
	d := &Data{Rules: []Rule{
		{ID: "a", From: "2025-05-13", Until: "2025-01-13", When: map[string][]string{"place": {"mars"}, "mood": {"x"}}, Answer: "maybe", Title: lang.Text{"en": "x"}, Confidence: "?"},
		{ID: "a", From: "13 May"},
	}}
	err := Validate(d)
	for _, want := range []string{`answer "maybe"`, `place "mars"`, `no dimension "mood"`, "until 2025-01-13 is not after", `no title in "pl"`, `no text in "en"`, "no sources", `confidence "?"`, "an id, once", `"13 May" is not a date`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate does not say %s: %v", want, err)
		}
	}
}
