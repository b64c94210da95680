package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// publishedAnchors are the section and widget anchors readers and
// newsrooms have linked to so far. A rewrite may move a section, but
// its anchor must still lead somewhere on the page (keep the id, or add
// an alias with the old one): this list only grows.
var publishedAnchors = map[string][]string{
	"/en/where-training-moves": {
		"what-was-reported", "h20", "diffusion-rule", "rules-2022-2024", "three-tiers", "rescission", "data-at-home",
		"chip-gap-explained", "smuggling", "gulf", "later", "sources", "corrections", "about-markers",
		"diffusion-map", "timeline", "job-borders", "diversion-routes", "chip-gap", "src-S1",
		// The mid-2026 rewrite (2026-12-04).
		"key-points", "contents", "h200", "buying-and-renting",
	},
	"/pl/dokad-przenosi-sie-trening": {
		"what-was-reported", "h20", "diffusion-rule", "rules-2022-2024", "three-tiers", "rescission", "data-at-home",
		"chip-gap-explained", "smuggling", "gulf", "later", "sources", "corrections", "about-markers",
		"diffusion-map", "timeline", "job-borders", "diversion-routes", "chip-gap", "src-S1",
		// The mid-2026 rewrite (2026-12-04).
		"key-points", "contents", "h200", "buying-and-renting",
	},
	"/en/export-controls-in-five-minutes": {"core-idea", "explore-map", "compare-chips", "questions", "in-class", "diffusion-map", "chip-gap"},
	"/pl/kontrola-eksportu-w-piec-minut":  {"core-idea", "explore-map", "compare-chips", "questions", "in-class", "diffusion-map", "chip-gap"},
}

// publishedStates are widget states readers have shared, as a query on
// a page and the widget whose data-state must then hold the value: each
// key keeps its name and meaning.
var publishedStates = []struct{ path, query, widget, want string }{
	{"/en/where-training-moves", "diffusion-map.rule=before", "diffusion-map", "rule=before"},
	{"/en/where-training-moves", "diffusion-map.rule=in-force&diffusion-map.tiers=on", "diffusion-map", "tiers=on"},
	{"/en/where-training-moves", "diffusion-map.h20=allowed", "diffusion-map", "h20=allowed"},
	{"/en/where-training-moves", "diffusion-map.data=on", "diffusion-map", "data=on"},
	{"/en/where-training-moves", "chip-gap.metric=memory", "chip-gap", "metric=memory"},
	{"/en/where-training-moves", "chip-gap.threshold=off", "chip-gap", "threshold=off"},
	{"/en/where-training-moves", "date=2025-05-13", "timeline", "date=2025-05-13"},
	{"/pl/dokad-przenosi-sie-trening", "date=2025-05-13", "diffusion-map", "rule=rescinded"},
	{"/en/where-training-moves", "job-borders.job=finetune&job-borders.who=other&job-borders.chips=buy&job-borders.place=sg", "job-borders", "chips=buy&job=finetune&place=sg&who=other"},
	{"/en/where-training-moves", "diversion-routes.mode=rent", "diversion-routes", "mode=rent"},
	{"/embed/diffusion-map", "rule=in-force&tiers=on", "diffusion-map", "rule=in-force"},
	{"/embed/chip-gap", "metric=tflops", "chip-gap", "metric=tflops"},
	{"/embed/timeline", "date=2026-05-31", "timeline", "date=2026-05-31"},
	{"/embed/job-borders", "place=ae", "job-borders", "place=ae"},
	{"/embed/diversion-routes", "mode=rent&date=2025-12-08", "diversion-routes", "mode=rent"},
}

func TestPublishedLinksKeepWorking(t *testing.T) {
	s := newTestServer(t)
	for path, anchors := range publishedAnchors {
		rec := get(t, s, path)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: %d", path, rec.Code)
			continue
		}
		doc, err := goquery.NewDocumentFromReader(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range anchors {
			if doc.Find(`[id="`+id+`"]`).Length() == 0 {
				t.Errorf("%s#%s: no element with that id any more", path, id)
			}
		}
	}
	for _, c := range publishedStates {
		rec := get(t, s, c.path+"?"+c.query)
		doc, err := goquery.NewDocumentFromReader(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		w := doc.Find(`[data-widget="` + c.widget + `"]`)
		state, _ := w.Attr("data-state")
		if rec.Code != http.StatusOK || !strings.Contains(state, c.want) {
			t.Errorf("%s?%s: %d, %s shows %q, want %q", c.path, c.query, rec.Code, c.widget, state, c.want)
		}
		if note := strings.TrimSpace(w.Find(".widget-note").Text()); note != "" {
			t.Errorf("%s?%s: the widget ignored part of it: %q", c.path, c.query, note)
		}
	}
}
