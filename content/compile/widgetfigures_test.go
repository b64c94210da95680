package compile

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"gopkg.in/yaml.v3"
)

// reviewedWidgetFigures are the widget strings that hold a digit, by
// widget folder and key, each with why it needs no source of its own.
// A widget's strings are labels and templates; a figure or a date that
// is a claim belongs in its data, with sources, where the build checks
// it. A new string with a digit fails this test until it is read and
// placed here or moved to data.
var reviewedWidgetFigures = map[string]string{
	"chipgap.title":                "chip names (H20, H100); the finding rests on the chart's sourced figures",
	"chipgap.line":                 "the licence line's label; its value and sources are chip-gap.json's threshold, in the source line",
	"chipgap.thresholdLabel":       "the same label, on the axis",
	"chipgap.explainOff":           "the same label, on the views without the line",
	"chipgap.describe.below":       "the same label, in the description for screen readers",
	"chipgap.metricLabel.tflops":   "number formats (BF16/FP16), not figures",
	"diffusionmap.h20":             "a chip's name",
	"diffusionmap.layers":          "a chip's name (H20) in the layers' summary",
	"diffusionmap.describe.rising": "the H20 licence's date, whose sources the narration shows (diffusion-map.json h20)",
	"diffusionmap.capLabel":        "a template for the Tier 2 cap, shown beside the cap's sources (diffusion-map.json tiers.cap)",
	"diffusionmap.tierLegend":      "who is in each tier, shown with the tiers' sources (diffusion-map.json tiers)",
	"diversionroutes.title":        "the years of the cases the widget shows, each with its sources",
	"diversionroutes.summary":      "the same years, in the summary",
	"timeline.title":               "the year of the first event, which carries its sources",
	"timeline.summary":             "the same dates, in the summary",
	"timeline.describe":            "the same date, in the description for screen readers",
}

func TestWidgetStringsStateNoUnsourcedFigures(t *testing.T) {
	found := map[string]bool{}
	err := fs.WalkDir(widget.Assets, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".yaml") {
			return err
		}
		raw, err := fs.ReadFile(widget.Assets, name)
		if err != nil {
			return err
		}
		var v any
		if err := yaml.Unmarshal(raw, &v); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		dir := strings.Split(name, "/")[0]
		walkFigures(v, dir, func(key string) { found[key] = true })
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range slices.Sorted(maps.Keys(found)) {
		if _, ok := reviewedWidgetFigures[k]; !ok {
			t.Errorf("%s holds a figure or a date: move it to the widget's data with its sources, or review it here", k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(reviewedWidgetFigures)) {
		if !found[k] {
			t.Errorf("%s: reviewed, but no longer holds a digit (remove it from the list)", k)
		}
	}
}

// walkFigures calls found with the dotted key of every string under v
// that holds a digit (list items by their list's key).
func walkFigures(v any, key string, found func(string)) {
	switch v := v.(type) {
	case string:
		if strings.ContainsAny(v, "0123456789") {
			found(key)
		}
	case []any:
		for _, c := range v {
			walkFigures(c, key, found)
		}
	case map[string]any:
		for k, c := range v {
			walkFigures(c, key+"."+k, found)
		}
	}
}
