package browser

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

const mapSel = `document.querySelector("#diffusion-map")`

func mapState(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, mapSel+`.dataset.state`)
}

// flowClass is the class list of one flow's group.
func flowClass(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	return eval[string](t, ctx, `document.querySelector('#diffusion-map [data-flow="`+id+`"]').getAttribute("class")`)
}

// waitTransitions waits until no CSS transition or animation other than
// the endless marching dashes is running in the map.
func waitTransitions(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `document.getAnimations().filter(a => a.effect && a.effect.getTiming().iterations !== Infinity && a.playState === "running").length === 0`)
}

// The toggle changes the state, the URL and the drawn flows, in place,
// with the same SVG nodes, and Back steps to the previous state.
func TestDiffusionMapToggle(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	if got := mapState(t, ctx); got != "data=off&h20=restricted&rule=rescinded&tiers=off" {
		t.Fatalf("starting state %q, want the directive's rule=rescinded", got)
	}
	if c := flowClass(t, ctx, "alibaba-singapore"); !strings.Contains(c, "is-reported") {
		t.Errorf("rescinded: offshore flow class %q, want is-reported", c)
	}
	eval[chromedp.Void](t, ctx, `(() => {
		window.__samePage = true;
		window.__line = document.querySelector('#diffusion-map [data-flow="alibaba-singapore"] .dm-line');
		window.__transitions = 0;
		window.__line.addEventListener("transitionrun", () => window.__transitions++);
		document.querySelector("#diffusion-map .dm-rule-switch").scrollIntoView({block: "center"});
		window.__y = Math.round(scrollY);
	})()`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#diffusion-map .dm-rule-switch a[href*="rule=in-force"]`)))
	waitFor(t, ctx, mapSel+`.dataset.state.includes("rule=in-force")`)

	if !eval[bool](t, ctx, `window.__samePage === true`) {
		t.Fatal("the toggle loaded a new page")
	}
	if got := eval[string](t, ctx, `location.search`); !strings.Contains(got, "diffusion-map.rule=in-force") {
		t.Errorf("URL query %q lacks diffusion-map.rule=in-force", got)
	}
	if c := flowClass(t, ctx, "alibaba-singapore"); !strings.Contains(c, "is-blocked") {
		t.Errorf("in-force: offshore flow class %q, want is-blocked", c)
	}
	if !eval[bool](t, ctx, `window.__line === document.querySelector('#diffusion-map [data-flow="alibaba-singapore"] .dm-line')`) {
		t.Error("the flow's SVG node was replaced: CSS cannot transition it")
	}
	// A transition runs, then the blocked route stops halfway.
	waitTransitions(t, ctx)
	if n := eval[int](t, ctx, `window.__transitions`); n == 0 {
		t.Error("no transition ran on the re-routed flow")
	}
	if off := eval[string](t, ctx, `getComputedStyle(window.__line).strokeDashoffset`); off != "52px" && off != "52" {
		t.Errorf("blocked route dash offset %q, want 52 (drawn halfway)", off)
	}
	if !eval[bool](t, ctx, `Math.abs(Math.round(scrollY) - window.__y) <= 1`) {
		t.Error("the toggle moved the scroll position")
	}
	if got := eval[string](t, ctx, `document.querySelector("#diffusion-map .dm-describe").textContent`); !strings.Contains(got, "counterfactual") {
		t.Errorf("live description %q does not say the view is a counterfactual", got)
	}
	do(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, mapSel+`.dataset.state.includes("rule=rescinded")`)
	if !eval[bool](t, ctx, `window.__samePage === true`) {
		t.Error("Back loaded a new page")
	}
}

// Deep links open in their state on the embed (plain keys) and on the
// story (prefixed keys), and the SVG is real SVG after the takeover.
func TestDiffusionMapDeepLinks(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map?rule=rescinded&tiers=on"))
	waitReady(t, ctx)
	if got := mapState(t, ctx); got != "data=off&h20=restricted&rule=rescinded&tiers=on" {
		t.Errorf("embed state %q", got)
	}
	china := eval[string](t, ctx, `getComputedStyle(document.querySelector('.dm-country[data-iso="156"]')).fill`)
	other := eval[string](t, ctx, `getComputedStyle(document.querySelector('.dm-country:not([class*="dm-tier"])')).fill`)
	if china == other {
		t.Errorf("tiers=on: China is filled like an uncoloured country (%s)", china)
	}
	if !eval[bool](t, ctx, `document.querySelector(".dm-svg") instanceof SVGSVGElement && [...document.querySelectorAll(".dm-svg *")].every(e => e instanceof SVGElement)`) {
		t.Error("after takeover the map is not made of SVG elements (missing namespace)")
	}
	if w := eval[float64](t, ctx, `document.querySelector('.dm-country[data-iso="156"]').getBBox().width`); w < 100 {
		t.Errorf("China's outline is %v units wide after takeover", w)
	}
	if w := eval[float64](t, ctx, `document.querySelector('.dm-country[data-iso="702"]').getBBox().width`); w <= 0 {
		t.Error("Singapore has no size")
	}

	do(t, ctx, chromedp.Navigate(s.URL+story+"?diffusion-map.rule=rescinded&diffusion-map.tiers=on"))
	waitReady(t, ctx)
	if got := mapState(t, ctx); got != "data=off&h20=restricted&rule=rescinded&tiers=on" {
		t.Errorf("story ?diffusion-map.rule=rescinded&diffusion-map.tiers=on: state %q", got)
	}
	do(t, ctx, chromedp.Navigate(s.URL+story+"?diffusion-map.rule=in-force&diffusion-map.data=on"))
	waitReady(t, ctx)
	if got := mapState(t, ctx); got != "data=on&h20=restricted&rule=in-force&tiers=off" {
		t.Errorf("story deep link state %q", got)
	}
	if c := flowClass(t, ctx, "finetune-beijing"); !strings.Contains(c, "is-data") {
		t.Errorf("data=on: fine-tuning flow class %q", c)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map?rule=sometimes&tiers=on"))
	waitReady(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector("#diffusion-map .widget-note").textContent`); got != "Ignored rule=sometimes" {
		t.Errorf("bad rule note %q", got)
	}
}

// With reduced motion the map shows each end state at once: no
// transition, no marching dashes.
func TestDiffusionMapReducedMotion(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map"))
	waitReady(t, ctx)
	if n := eval[int](t, ctx, `document.getAnimations().length`); n != 0 {
		t.Errorf("%d animations running with reduced motion", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#diffusion-map .dm-rule-switch a[href*="rule=in-force"]`)))
	waitFor(t, ctx, mapSel+`.dataset.state.includes("rule=in-force")`)
	if n := eval[int](t, ctx, `document.getAnimations().length`); n != 0 {
		t.Errorf("%d animations after the toggle with reduced motion", n)
	}
	off := eval[string](t, ctx, `getComputedStyle(document.querySelector('[data-flow="alibaba-singapore"] .dm-line')).strokeDashoffset`)
	if off != "52px" && off != "52" {
		t.Errorf("with reduced motion the end state is not there at once: dash offset %q", off)
	}
}

// Keyboard only: Tab to a data-centre hub, Enter opens its figures and
// sources, Escape closes them; Tab on to the rule, Enter; Tab to the
// tiers, Enter.
func TestDiffusionMapKeyboard(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map"))
	waitReady(t, ctx)
	tabTo := func(text string) {
		t.Helper()
		for i := 0; i < 40; i++ {
			do(t, ctx, chromedp.KeyEvent("\t"))
			if strings.Contains(eval[string](t, ctx, `document.activeElement.textContent`), text) {
				return
			}
		}
		t.Fatalf("Tab never reached %q", text)
	}
	// The hubs come first: the picture, then its controls.
	tabTo("Singapore")
	do(t, ctx, chromedp.KeyEvent("\r"))
	tip := `document.getElementById(document.activeElement.getAttribute("aria-describedby"))`
	if w := eval[float64](t, ctx, tip+`.getBoundingClientRect().width`); w < 100 {
		t.Errorf("the hub's figures are %vpx wide after Enter: not shown", w)
	}
	// The source by the page's number and publisher (S55 in the data).
	if text := eval[string](t, ctx, tip+`.textContent`); !strings.Contains(text, "1,002 MW") || !regexp.MustCompile(`\[\d+\] SIGSG`).MatchString(text) {
		t.Errorf("tooltip %q lacks the figure or its numbered source", text)
	}
	do(t, ctx, chromedp.KeyEvent("\u001b")) // Escape: closed, focus back on the hub
	if w := eval[float64](t, ctx, tip+`.getBoundingClientRect().width`); w > 0 {
		t.Errorf("after Escape the hub's figures are still %vpx wide", w)
	}
	tabTo("As written")
	do(t, ctx, chromedp.KeyEvent("\r"))
	waitFor(t, ctx, mapSel+`.dataset.state.includes("rule=in-force")`)
	tabTo("Show") // tiers
	do(t, ctx, chromedp.KeyEvent("\r"))
	waitFor(t, ctx, mapSel+`.dataset.state.includes("tiers=on")`)
}

// Without JavaScript the server draws the linked state, and the controls
// are links the server answers.
func TestDiffusionMapWithoutJavaScript(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	withoutScripts(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story+"?diffusion-map.rule=in-force&diffusion-map.tiers=on"))
	state, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("#diffusion-map"), "data-state"))
	const def = "data=off&h20=restricted&rule=rescinded&tiers=off"
	if want := servedState("data=off&h20=restricted&rule=in-force&tiers=on", def); err != nil || state.Value != want {
		t.Fatalf("no-JS state %+v, %v, want %s", state, err, want)
	}
	countries, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`#diffusion-map .dm-country`)))
	if err != nil || len(countries) < 30 {
		t.Fatalf("no-JS map has %d countries, %v", len(countries), err)
	}
	blocked := eval[int](t, ctx, `document.querySelectorAll("#diffusion-map .dm-flows .dm-flow.is-blocked").length`)
	wantBlocked := 4 // the rule as written blocks four routes; the default view none
	if fromExport() {
		wantBlocked = 0
	}
	if blocked != wantBlocked {
		t.Errorf("no-JS map: %d blocked routes, want %d", blocked, wantBlocked)
	}
	resp, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`#diffusion-map .dm-rule-switch a[href*="rule=before"]`)))
	if err != nil || resp.Status != 200 {
		t.Fatalf("no-JS rule link: %v", err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasSuffix(loc, "#diffusion-map") || !strings.Contains(loc, "diffusion-map.rule=before") {
		t.Errorf("no-JS click went to %s", loc)
	}
	state, _ = chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("#diffusion-map"), "data-state"))
	// Before 2025 the H20 needed no licence: the view shows it so.
	if state.Value != servedState("data=off&h20=allowed&rule=before&tiers=on", def) {
		t.Errorf("after the no-JS click the state is %q", state.Value)
	}
}

// A hub's figures open as a sheet on a tap (a 375 px phone with touch),
// without JavaScript of ours: it names the hub, it is the topmost thing
// wherever it shows (no map label shows through), and it closes by
// Escape, by its close button and by a tap outside. With a mouse, a click
// opens it under the hub's name.
func TestDiffusionMapHubSheet(t *testing.T) {
	s := newSite(t, false)
	const hub = `document.querySelector('#diffusion-map .dm-place--compute button')`
	const sheet = `document.getElementById(` + hub + `.getAttribute("popovertarget"))`
	// topmost samples a grid of points over the sheet and returns those
	// where something else is on top.
	const covered = `(() => { const el = ` + sheet + `, r = el.getBoundingClientRect(), out = [];
	  if (r.width < 100 || r.height < 40) return ["the sheet is " + r.width + "×" + r.height];
	  for (let i = 1; i < 8; i++) for (let j = 1; j < 6; j++) {
	    const x = r.left + r.width * i / 8, y = r.top + r.height * j / 6;
	    if (y < 0 || y > innerHeight) continue;
	    const top = document.elementFromPoint(x, y);
	    if (!el.contains(top)) out.push(Math.round(x) + "," + Math.round(y) + ": " + (top ? top.className || top.tagName : "nothing"));
	  }
	  return out; })()`
	open := func(ctx context.Context) bool { return eval[bool](t, ctx, sheet+`.matches(":popover-open")`) }

	phone := tab(t)
	asPhone(t, phone, 375, 812, true)
	do(t, phone, chromedp.Navigate(s.URL+"/embed/diffusion-map"))
	waitReady(t, phone)
	if open(phone) {
		t.Fatal("the sheet is open before any tap")
	}
	do(t, phone, chromedp.Tap(chromedp.CSS(`#diffusion-map .dm-place--compute button`)))
	waitFor(t, phone, sheet+`.matches(":popover-open")`)
	if got := eval[[]string](t, phone, covered); len(got) > 0 {
		t.Errorf("tap: something is over the sheet at %v", got)
	}
	name := eval[string](t, phone, hub+`.querySelector(".dm-place-label").textContent`)
	if title := eval[string](t, phone, sheet+`.querySelector(".dm-tip-title").textContent`); title != name {
		t.Errorf("the sheet is titled %q, want the hub's name %q", title, name)
	}
	if w := eval[float64](t, phone, sheet+`.getBoundingClientRect().width`); w < 300 {
		t.Errorf("on a 375 px phone the sheet is %vpx wide", w)
	}
	do(t, phone, chromedp.KeyEvent("\u001b")) // Escape
	if open(phone) {
		t.Error("Escape left the sheet open")
	}
	do(t, phone, chromedp.Tap(chromedp.CSS(`#diffusion-map .dm-place--compute button`)))
	waitFor(t, phone, sheet+`.matches(":popover-open")`)
	do(t, phone, chromedp.Tap(chromedp.CSS(`#diffusion-map .dm-tip:popover-open .dm-tip-close`)))
	if open(phone) {
		t.Error("the close button left the sheet open")
	}
	do(t, phone, chromedp.Tap(chromedp.CSS(`#diffusion-map .dm-place--compute button`)))
	waitFor(t, phone, sheet+`.matches(":popover-open")`)
	do(t, phone, chromedp.Tap(chromedp.CSS(`#diffusion-map .widget-title`)))
	if open(phone) {
		t.Error("a tap outside left the sheet open")
	}

	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map"))
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#diffusion-map .dm-place--compute button`)))
	waitFor(t, ctx, sheet+`.matches(":popover-open")`)
	if got := eval[[]string](t, ctx, covered); len(got) > 0 {
		t.Errorf("click: something is over the sheet at %v", got)
	}
	// Under the name: the sheet's top is within a few pixels of the
	// button's bottom (or, flipped, its bottom of the button's top).
	gap := eval[float64](t, ctx, `(() => { const b = `+hub+`.getBoundingClientRect(), r = `+sheet+`.getBoundingClientRect(); return Math.min(Math.abs(r.top - b.bottom), Math.abs(b.top - r.bottom)); })()`)
	if gap > 8 {
		t.Errorf("with a mouse the sheet is %vpx from its hub", gap)
	}
}

// On a 375 × 812 phone the embed's first screen holds the whole map and
// its rule switch: a reader sees the picture and what changes it
// without scrolling.
func TestDiffusionMapFirstScreenOnPhone(t *testing.T) {
	s := newSite(t, false)
	for _, lang := range []string{"", "?lang=pl"} {
		ctx := tab(t)
		asPhone(t, ctx, 375, 812, true)
		do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map"+lang))
		waitReady(t, ctx)
		for _, part := range []string{".dm-crop", ".dm-rule-switch"} {
			r := eval[[]float64](t, ctx, `(() => { const r = document.querySelector("#diffusion-map `+part+`").getBoundingClientRect(); return [r.top, r.bottom, r.width]; })()`)
			if r[0] < 0 || r[1] > 812 {
				t.Errorf("%s: %s spans %v–%v px, not within the first 812", lang, part, r[0], r[1])
			}
			if part == ".dm-crop" && r[2] < 330 {
				t.Errorf("%s: the map is %vpx wide on a 375 px phone", lang, r[2])
			}
		}
	}
}

// At 375 px the labels a reader needs show, none smaller than 12 CSS px:
// the three home cities, the three destinations, China, and the label
// on the arcs in each rule view.
func TestDiffusionMapLabelsAt375(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	asPhone(t, ctx, 375, 812, false)
	want := map[string][]string{
		"before":    {"Beijing", "Hangzhou", "Shenzhen", "Malaysia", "Singapore", "UAE", "China", "Route open"},
		"in-force":  {"Beijing", "Hangzhou", "Shenzhen", "Malaysia", "Singapore", "UAE", "China", "Blocked (FT’s reading)"},
		"rescinded": {"Beijing", "Hangzhou", "Shenzhen", "Malaysia", "Singapore", "UAE", "China", "Training reported", "Cloud expansion"},
	}
	for rule, labels := range want {
		do(t, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map?rule="+rule))
		waitReady(t, ctx)
		shown := eval[map[string]float64](t, ctx, `(() => { const out = {};
		  for (const el of document.querySelectorAll("#diffusion-map :is(.dm-place-label, .dm-arc-text, .dm-country-label span)")) {
		    if (!el.getClientRects().length || getComputedStyle(el).visibility !== "visible") continue;
		    out[el.textContent] = parseFloat(getComputedStyle(el).fontSize);
		  } return out; })()`)
		for _, l := range labels {
			if _, ok := shown[l]; !ok {
				t.Errorf("rule=%s: %q does not show at 375 px (shown: %v)", rule, l, shown)
			}
		}
		for l, px := range shown {
			if px < 12 {
				t.Errorf("rule=%s: %q is %vpx", rule, l, px)
			}
		}
	}
}
