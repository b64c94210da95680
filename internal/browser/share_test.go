package browser

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The Embed control gives the code of the state on screen: after a state
// change in place, the code, pasted into another site's page, shows that
// same state. Its copy button copies and says so.
func TestEmbedControlCodeShowsTheSameState(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story+"#chip-gap"))
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap a.seg-option[href*="metric=memory"]`)))
	waitFor(t, ctx, `document.querySelector("#chip-gap").dataset.state.includes("metric=memory")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .widget-share > summary`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .widget-share input[value="dark"]`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .widget-share .share-copy`)))
	waitFor(t, ctx, `document.querySelector("#chip-gap .share-status").textContent !== ""`)
	code := eval[string](t, ctx, `document.getElementById("chip-gap-embed-script").value`)
	if !strings.Contains(code, "metric=memory") || !strings.Contains(code, "theme=dark") || !strings.Contains(code, "<script") {
		t.Fatalf("embed code after the state change and the dark choice: %s", code)
	}
	// The server names its public origin in the code; the test's copy of
	// the site is at another address.
	origin := eval[string](t, ctx, `JSON.parse(document.getElementById("atlas-data").textContent).origin`)
	code = strings.ReplaceAll(code, origin, s.URL)
	host := hostSite(t, map[string]string{"/pasted": code})
	hctx := tab(t)
	do(t, hctx, chromedp.Navigate(host+"/pasted"))
	fctx := embeddedFrame(t, hctx, s.URL)
	waitInFrame(t, fctx, `!!document.querySelector("[data-widget]")`)
	if fromExport() {
		// The static host's file is the default state: boot.js sets the
		// theme and starts the wasm at once to apply the state.
		waitInFrame(t, fctx, `document.documentElement.dataset.ready === "true"`)
	}
	if st := eval[string](t, fctx, `document.querySelector("[data-widget]").dataset.state`); !strings.Contains(st, "metric=memory") {
		t.Errorf("the pasted embed shows %s, want metric=memory", st)
	}
	if th := eval[string](t, fctx, `document.documentElement.dataset.theme || ""`); th != "dark" {
		t.Errorf("the pasted embed's theme is %q, want dark", th)
	}
}

// Without JavaScript the Embed control still opens and holds the code of
// the page's state in a read-only field.
func TestEmbedControlWithoutJavaScript(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	withoutScripts(t, ctx)
	do(t, ctx, chromedp.Navigate(s.URL+story+"?chip-gap.metric=tflops#chip-gap"))
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .widget-share > summary`)))
	if !eval[bool](t, ctx, `document.querySelector("#chip-gap .widget-share").open`) {
		t.Fatal("the Embed control does not open without JavaScript")
	}
	field := `document.getElementById("chip-gap-embed-plain")`
	if !eval[bool](t, ctx, field+`.readOnly`) || !strings.Contains(eval[string](t, ctx, field+`.value`), servedState("metric=tflops", "metric=tpp")) {
		t.Errorf("the script-free code field: %s", eval[string](t, ctx, field+`.value`))
	}
}

// "Cite this" gives the story in APA, MLA and BibTeX; the date of access
// is the reader's, written in when the box opens (the server's page says
// "[date of access]"), also after the wasm has taken the page over.
func TestCiteBoxHasTheReadersAccessDate(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story))
	if got := eval[string](t, ctx, `document.querySelector(".cite-box .access-date").textContent`); got != "[date of access]" {
		t.Errorf("before opening, the access date reads %q", got)
	}
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.cite-box > summary`)))
	waitFor(t, ctx, `document.querySelector(".cite-box .access-date-iso").textContent !== "[date of access]"`)
	iso := eval[string](t, ctx, `document.querySelector(".cite-box .access-date-iso").textContent`)
	today := eval[string](t, ctx, `(() => { const d = new Date(); return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0"); })()`)
	if iso != today {
		t.Errorf("BibTeX urldate %q, want the reader's %q", iso, today)
	}
	apa := eval[string](t, ctx, `document.querySelectorAll(".cite-box .cite-text")[0].textContent`)
	for _, want := range []string{"Compute Atlas. (", "Where AI training moves", "Retrieved ", s.URL + "/en/where-training-moves"} {
		if !strings.Contains(apa, want) {
			t.Errorf("APA %q lacks %q", apa, want)
		}
	}
	if strings.Contains(apa, "[date of access]") {
		t.Errorf("APA kept the placeholder: %q", apa)
	}
}

// "Cite this view", in a widget's Share panel, cites the state on screen:
// after a state change in place its address carries the new state, and
// the date of access is the reader's once the panel is open.
func TestCiteThisViewFollowsTheState(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+story+"#chip-gap"))
	waitReady(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap a.seg-option[href*="metric=memory"]`)))
	waitFor(t, ctx, `document.querySelector("#chip-gap").dataset.state.includes("metric=memory")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`#chip-gap .widget-share > summary`)))
	apa := `document.querySelector("#chip-gap .share-cite .cite-text").textContent`
	waitFor(t, ctx, apa+`.indexOf("[date of access]") < 0`)
	got := eval[string](t, ctx, apa)
	for _, want := range []string{"Compute Atlas. (", "[Interactive graphic]", "chip-gap.metric=memory", "#chip-gap"} {
		if !strings.Contains(got, want) {
			t.Errorf("the view's APA citation %q lacks %q", got, want)
		}
	}
}
