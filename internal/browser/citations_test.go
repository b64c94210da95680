package browser

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// tipWidth is the rendered width of the tooltip described by the element
// that sel selects: 1px or less while hidden.
func tipWidth(t *testing.T, ctx context.Context, sel string) float64 {
	t.Helper()
	return eval[float64](t, ctx, `document.getElementById(document.querySelector('`+sel+`').getAttribute("aria-describedby")).getBoundingClientRect().width`)
}

func center(t *testing.T, ctx context.Context, sel string) (x, y float64) {
	t.Helper()
	xy := eval[[]float64](t, ctx, `(() => { const r = document.querySelector('`+sel+`').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
	return xy[0], xy[1]
}

// A citation shows its source on hover, focus and tap; Escape and a tap
// elsewhere close it; its number leads to the story's source list.
func TestCitations(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	const ref = `.prose .cite-ref`
	eval[chromedp.Void](t, ctx, `document.querySelector('`+ref+`').scrollIntoView({block: "center"})`)
	if w := tipWidth(t, ctx, ref); w > 1 {
		t.Fatalf("citation tooltip shown before use (%vpx)", w)
	}
	x, y := center(t, ctx, ref)
	do(t, ctx, chromedp.MouseEvent("mouseMoved", x, y))
	if w := tipWidth(t, ctx, ref); w < 100 {
		t.Errorf("hover: tooltip %vpx wide", w)
	}
	do(t, ctx, chromedp.MouseEvent("mouseMoved", 1, 1))
	if w := tipWidth(t, ctx, ref); w > 1 {
		t.Errorf("tooltip still shown after the pointer left (%vpx)", w)
	}

	eval[chromedp.Void](t, ctx, `document.querySelector('`+ref+`').focus()`)
	if w := tipWidth(t, ctx, ref); w < 100 {
		t.Errorf("focus: tooltip %vpx wide", w)
	}
	tip := eval[string](t, ctx, `document.getElementById(document.querySelector('`+ref+`').getAttribute("aria-describedby")).textContent`)
	if !strings.Contains(tip, "·") {
		t.Errorf("tooltip text %q does not name a source", tip)
	}
	do(t, ctx, chromedp.KeyEvent("\u001b")) // Escape
	if w := tipWidth(t, ctx, ref); w > 1 {
		t.Errorf("Escape did not close the tooltip (%vpx)", w)
	}
	if !eval[bool](t, ctx, `document.activeElement === document.querySelector('`+ref+`')`) {
		t.Error("Escape moved focus away from the citation")
	}

	// The number is a link to the source list entry.
	href := eval[string](t, ctx, `document.querySelector('`+ref+`').getAttribute("href")`)
	if !eval[bool](t, ctx, `!!document.querySelector('#sources li`+href+`')`) {
		t.Errorf("citation links to %s, which is not in the source list", href)
	}
	// The list: every source a tooltip names (a range's tooltip names
	// each), in the order of their numbers, then the sources only the
	// widgets name, each linked from a widget (one numbering).
	cited := eval[[]string](t, ctx, `[...new Set([...document.querySelectorAll(".prose .cite-tip cite")].map(e => e.dataset.src))]`)
	listed := eval[[]string](t, ctx, `[...document.querySelectorAll("#sources ol > li")].map(li => li.id.replace("src-", ""))`)
	if len(cited) == 0 || len(listed) < len(cited) {
		t.Fatalf("%d distinct sources cited, %d listed", len(cited), len(listed))
	}
	inProse := map[string]bool{}
	for _, id := range cited {
		inProse[id] = true
	}
	for i, id := range listed {
		if i < len(cited) && !inProse[id] {
			t.Errorf("entry %d of the list, %s, is not cited in the text, but comes before a source that is", i+1, id)
		}
		// A widget names it by a link, or by its number in a table
		// cell ("[63, 64]").
		named := `!!document.querySelector('.widget a[href="#src-` + id + `"]') ||
			[...document.querySelectorAll(".widget td")].some(td => /\[(\d+, )*` + strconv.Itoa(i+1) + `(, \d+)*\]/.test(td.textContent))`
		if i >= len(cited) && !eval[bool](t, ctx, named) {
			t.Errorf("entry %d of the list, %s, is named neither in the text nor by a widget", i+1, id)
		}
	}

	// Tap on a touch phone opens it; a tap elsewhere closes it.
	phone := tab(t)
	asPhone(t, phone, 375, 740, true)
	do(t, phone, chromedp.Navigate(s.URL+story))
	waitReady(t, phone)
	eval[chromedp.Void](t, phone, `document.querySelector('`+ref+`').scrollIntoView({block: "center"})`)
	// The first tap on a number shows the source and stays on the page.
	x, y = center(t, phone, ref)
	do(t, phone, chromedp.TapXY(x, y))
	if w := tipWidth(t, phone, ref); w < 100 {
		t.Errorf("tap: citation tooltip %vpx wide", w)
	}
	if h := eval[string](t, phone, `location.hash`); h != "" {
		t.Errorf("the first tap followed the link to %s", h)
	}
	x, y = center(t, phone, `.story-head h1`)
	do(t, phone, chromedp.TapXY(x, y))
	if w := tipWidth(t, phone, ref); w > 1 {
		t.Errorf("a tap elsewhere did not close the citation tooltip (%vpx)", w)
	}
	do(t, phone, chromedp.Tap(chromedp.CSS(`.prose .term-ref`)))
	if w := tipWidth(t, phone, `.prose .term-ref`); w < 100 {
		t.Errorf("tap: glossary tooltip %vpx wide", w)
	}
}

// The first use of a glossary term carries its definition; the glossary
// page lists it under the same id in both languages.
func TestGlossary(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	eval[chromedp.Void](t, ctx, `document.querySelector(".prose .term-ref").focus()`)
	if w := tipWidth(t, ctx, `.prose .term-ref`); w < 100 {
		t.Errorf("focused term's definition %vpx wide", w)
	}
	link := eval[string](t, ctx, `document.getElementById(document.querySelector(".prose .term-ref").getAttribute("aria-describedby")).querySelector("a[href*=glossary]").getAttribute("href")`)
	if !strings.HasPrefix(link, "/en/glossary#") {
		t.Fatalf("definition links to %q", link)
	}
	// A definition's sources are numbers of the story's own list.
	if n := eval[int](t, ctx, `(() => { const links = [...document.querySelectorAll(".term-tip .term-src a")]; return links.every(a => /^#src-/.test(a.getAttribute("href")) && document.querySelector(a.getAttribute("href"))) ? links.length : -1; })()`); n < 1 {
		t.Errorf("definitions' source numbers: %d that lead to the list", n)
	}
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(s.URL+link))
	if err != nil || resp.Status != 200 {
		t.Fatalf("glossary page: %v", err)
	}
	waitReady(t, ctx)
	id := link[strings.Index(link, "#")+1:]
	if !eval[bool](t, ctx, `!!document.querySelector("dl.glossary dt#`+id+`")`) {
		t.Errorf("glossary has no entry #%s", id)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/pl/slowniczek#"+id))
	waitReady(t, ctx)
	if !eval[bool](t, ctx, `!!document.querySelector("dl.glossary dt#`+id+`") && document.documentElement.lang === "pl"`) {
		t.Errorf("Polish glossary has no entry #%s", id)
	}
}

// Both stories read in both languages: end matter, widgets in the same
// order, the classroom questions.
func TestStoriesInBothLanguages(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	pages := map[string]string{
		"/en/where-training-moves":            "Sources",
		"/pl/dokad-przenosi-sie-trening":      "Źródła",
		"/en/export-controls-in-five-minutes": "Sources",
		"/pl/kontrola-eksportu-w-piec-minut":  "Źródła",
	}
	order := map[string]string{}
	for p, sources := range pages {
		do(t, ctx, chromedp.Navigate(s.URL+p))
		waitReady(t, ctx)
		if got := eval[string](t, ctx, `document.querySelector("#sources h2").textContent`); got != sources {
			t.Errorf("%s: sources heading %q, want %q", p, got, sources)
		}
		if !eval[bool](t, ctx, `!!document.querySelector("#corrections")`) {
			t.Errorf("%s: no corrections section", p)
		}
		if n := eval[int](t, ctx, `document.querySelector(".prose").innerText.split(/\s+/).length`); n < 50 {
			t.Errorf("%s: first prose block has %d words", p, n)
		}
		order[p] = eval[string](t, ctx, `[...document.querySelectorAll("[data-widget]")].map(w => w.dataset.widget + "?" + w.dataset.state).join(" ")`)
		if strings.Contains(p, "five") || strings.Contains(p, "piec") {
			if n := eval[int](t, ctx, `document.querySelectorAll("#questions + ol > li").length`); n != 4 {
				t.Errorf("%s: %d discussion questions, want 4", p, n)
			}
		}
	}
	if order["/en/where-training-moves"] != order["/pl/dokad-przenosi-sie-trening"] || order["/en/where-training-moves"] == "" {
		t.Errorf("main story widgets differ: en %q, pl %q", order["/en/where-training-moves"], order["/pl/dokad-przenosi-sie-trening"])
	}
	if order["/en/export-controls-in-five-minutes"] != order["/pl/kontrola-eksportu-w-piec-minut"] {
		t.Errorf("classroom widgets differ")
	}
}

// On a phone, citations stay quiet and usable: grouped numbers, each a
// target of at least 24 × 24 px, and no punctuation after a citation or
// a confidence marker wrapped to the start of a line.
func TestCitationsOnAPhone(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	asPhone(t, ctx, 375, 812, true)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	waitReady(t, ctx)
	if n := eval[int](t, ctx, `[...document.querySelectorAll(".prose .cite-ref")].filter(a => a.textContent.includes("–")).length`); n == 0 {
		t.Error("no citation reads as a range")
	}
	small := eval[[]string](t, ctx, `[...document.querySelectorAll(".prose .cite-ref")].filter(a => {
		const r = a.getBoundingClientRect(); return r.width < 24 || r.height < 24;
	}).map(a => a.textContent + " " + Math.round(a.getBoundingClientRect().width) + "×" + Math.round(a.getBoundingClientRect().height))`)
	if len(small) > 0 {
		t.Errorf("%d citation targets under 24 × 24 px, e.g. %v", len(small), small[:min(3, len(small))])
	}
	// A punctuation mark right after a citation or a marker sits on the
	// same line: to its right, not at the start of the next line.
	stray := eval[[]string](t, ctx, `(() => {
		const out = [];
		document.querySelectorAll(".prose .cites, .prose .conf").forEach(el => {
			const next = el.nextSibling;
			if (!next || next.nodeType !== 3 || !/^[.,;:!?)]/.test(next.data)) return;
			const r = document.createRange(); r.setStart(next, 0); r.setEnd(next, 1);
			const p = r.getBoundingClientRect(), rects = el.getClientRects(), last = rects[rects.length - 1];
			if (p.left < last.right - 1) out.push(el.textContent.slice(0, 20) + next.data.slice(0, 1));
		});
		return out;
	})()`)
	if len(stray) > 0 {
		t.Errorf("punctuation wrapped away from its citation: %v", stray)
	}
}
