package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The timeline drives the page's date: choosing an event moves the map
// on the same page to what had happened by then, in place once the wasm
// is live (one history entry), and the range input does the same when
// the reader steps with the keyboard.
func TestTimelineMovesTheMap(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story+"#timeline"))
	waitReady(t, ctx)
	mapState := `document.querySelector("#diffusion-map").dataset.state`
	if st := eval[string](t, ctx, mapState); !strings.Contains(st, "rule=rescinded") {
		t.Fatalf("the map starts at %s", st)
	}
	history := eval[int](t, ctx, `history.length`)
	// An event before the rule: the map shows the time before it.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#timeline a.tl-tick[href*="date=2024-12-02"]`)))
	waitFor(t, ctx, mapState+`.includes("rule=before")`)
	if st := eval[string](t, ctx, mapState); !strings.Contains(st, "date=2024-12-02") {
		t.Errorf("the map's state %s does not carry the date", st)
	}
	if got := eval[int](t, ctx, `history.length`); got != history+1 {
		t.Errorf("one choice made %d history entries", got-history)
	}
	if asOf := eval[string](t, ctx, `document.querySelector("#diffusion-map .widget-asof").textContent`); asOf != "As of 2 December 2024" {
		t.Errorf("the map says %q", asOf)
	}
	// job-borders judges under that day's rules: before November 2023 no
	// row covered a Chinese firm buying chips in Malaysia; by December
	// 2024 one did.
	if st := eval[string](t, ctx, `document.querySelector("#job-borders").dataset.state`); !strings.Contains(st, "date=2024-12-02") {
		t.Errorf("job-borders is at %s", st)
	}
	// diversion-routes shows only what had come to light by then:
	// nothing yet on 2 December 2024.
	drState := `document.querySelector("#diversion-routes").dataset.state`
	if st := eval[string](t, ctx, drState); !strings.Contains(st, "date=2024-12-02") {
		t.Errorf("diversion-routes is at %s", st)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#diversion-routes .dr-case, #diversion-routes .dr-mark:not(.dr-key .dr-mark)").length`); n != 0 {
		t.Errorf("on 2 December 2024 diversion-routes shows %d cases or numbers", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#job-borders a.seg-option[href*="job-borders.chips=buy"]`)))
	waitFor(t, ctx, `document.querySelector("#job-borders").dataset.state.includes("chips=buy")`)
	if got := eval[string](t, ctx, `document.querySelector("#job-borders .jb-answer").textContent`); got != "Needs a US licence" {
		t.Errorf("buying chips in Malaysia on 2 December 2024: %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#timeline a.tl-tick[href*="date=2023-10-17"]`)))
	waitFor(t, ctx, `document.querySelector("#job-borders").dataset.state.includes("date=2023-10-17")`)
	if got := eval[string](t, ctx, `document.querySelector("#job-borders .jb-answer").textContent`); got != "Not settled by our sources" {
		t.Errorf("buying chips in Malaysia on 17 October 2023: %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#timeline a.tl-tick[href*="date=2024-12-02"]`)))
	waitFor(t, ctx, mapState+`.includes("date=2024-12-02")`)
	// The keyboard: the range input, one step right, is the next event
	// (the rule announced: the map shows it in force).
	do(t, ctx, chromedp.Focus(chromedp.CSS(`#timeline .tl-range`)))
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
	waitFor(t, ctx, mapState+`.includes("date=2025-01-13")`)
	if st := eval[string](t, ctx, mapState); !strings.Contains(st, "rule=in-force") {
		t.Errorf("on 13 January 2025 the map shows %s", st)
	}
	if st := eval[string](t, ctx, `document.querySelector("#timeline").dataset.state`); st != "date=2025-01-13" {
		t.Errorf("the timeline is at %s", st)
	}
	// The first case: on the list and on the map, marked new.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#timeline a.tl-tick[href*="date=2025-02-27"]`)))
	waitFor(t, ctx, drState+`.includes("date=2025-02-27")`)
	if got := eval[string](t, ctx, `[...document.querySelectorAll("#diversion-routes .dr-case.is-new .dr-title")].map(e => e.textContent).join("|")`); got != "Singapore charges three men over servers sent to Malaysia" {
		t.Errorf("new on 27 February 2025: %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#diversion-routes .dr-labels .dr-mark.is-new").textContent`); got != "1" {
		t.Errorf("the map marks %q new", got)
	}
}

// Without JavaScript, every event is a link to the page at that date,
// which the server renders with the map in that date's state.
func TestTimelineWithoutJavaScript(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	withoutScripts(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story+"#timeline"))
	click, cancel := step(ctx)
	res, err := chromedp.RunResponse(click, chromedp.Click(chromedp.CSS(`#timeline a.tl-prev`)))
	cancel()
	if err != nil || res.Status != 200 {
		t.Fatalf("following the previous event without JavaScript: %v", err)
	}
	// On the static export a reader without JavaScript stays at the
	// default date (docs/deploy.md); bin/atlas renders the event's.
	dated := !fromExport()
	if st := eval[string](t, ctx, `document.querySelector("#diffusion-map").dataset.state`); strings.Contains(st, "date=2026-05-31") != dated {
		t.Errorf("after the previous event, the map is at %s", st)
	}
	for _, id := range []string{"diffusion-map", "job-borders", "diversion-routes"} {
		if got, want := eval[string](t, ctx, `document.querySelector("#`+id+` .widget-asof").textContent`), servedState("As of 31 May 2026", "As of early July 2026"); got != want {
			t.Errorf("without JavaScript, after the previous event, %s says %q, want %q", id, got, want)
		}
	}
	// diversion-routes at 31 May 2026: the Taiwan searches (29 or 30
	// June) and Singapore's new charges (1 July) are not yet public.
	if st := eval[string](t, ctx, `document.querySelector("#diversion-routes").dataset.state`); strings.Contains(st, "date=2026-05-31") != dated {
		t.Errorf("after the previous event, diversion-routes is at %s", st)
	}
	if got := eval[string](t, ctx, `document.querySelector("#diversion-routes .dr-cases").textContent`); !strings.Contains(got, "Taiwan's first") || strings.Contains(got, "searches") == dated || strings.Contains(got, "money-laundering") == dated {
		t.Errorf("diversion-routes without JavaScript after the previous event (dated: %v) lists: %.300q", dated, got)
	}
	if vis := eval[string](t, ctx, `getComputedStyle(document.querySelector("#timeline .tl-range")).visibility`); vis != "hidden" {
		t.Errorf("without JavaScript the range input (which would do nothing) is %s", vis)
	}
}
