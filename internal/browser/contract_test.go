package browser

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/chromedp"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// TestWidgetContract runs every registered widget through the widget
// contract in the browser (docs/architecture.md, "The widget contract"):
// a deep link opens in its state before and after the wasm; every option
// of every control changes data-state and the URL in place with the wasm,
// its live region saying what the server says for that URL, and by a
// round trip without JavaScript; Back steps through the states; the
// keyboard alone operates it; its picture has a size after the takeover;
// a bad value falls back and says so; axe finds nothing. A widget gets
// these checks by being registered; its own test file adds what is
// special to it. (The same contract without the wasm, page by page and
// state by state, is internal/widgetcontract, run by internal/server.)
func TestWidgetContract(t *testing.T) {
	setup(t)
	for _, name := range widgets.Names() {
		t.Run(name, func(t *testing.T) {
			c := &contract{name: name, root: `[data-widget="` + name + `"]`, embed: "/embed/" + name}
			c.story, c.storyID = storyShowing(t, name)
			c.run(t)
		})
	}
}

type contract struct {
	name, root, embed string
	// story is a story that shows the widget, with its block id there.
	story, storyID string
}

func (c *contract) run(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(s.URL+c.embed))
	waitReady(t, ctx)
	def := c.state(t, ctx)
	links := c.stateLinks(t, ctx)
	if len(links) < 2 {
		t.Fatalf("%d state links: every control is a link to the state it selects", len(links))
	}
	c.checkPicture(t, ctx)

	t.Run("in place", func(t *testing.T) {
		eval[bool](t, ctx, `window.__samePage = true`)
		for i := range links {
			// The i-th option of the current state's controls: every
			// option of every control, each from another state.
			href := c.stateLinks(t, ctx)[i]
			want := stateOf(href, "")
			do(t, ctx, chromedp.Click(chromedp.CSS(c.root+` a[href="`+href+`"]`)))
			waitFor(t, ctx, `document.querySelector('`+c.root+`').dataset.state === "`+want+`"`)
			if got := eval[string](t, ctx, `location.pathname + location.search`); got != href {
				t.Errorf("after clicking %s the URL is %s", href, got)
			}
			if !eval[bool](t, ctx, `window.__samePage === true`) {
				t.Fatalf("clicking %s loaded a new page; want the state applied in place", href)
			}
			if got, want := c.live(t, ctx), serverLive(t, href, c.root); got != want {
				t.Errorf("%s: the live region says %q, the server %q", href, got, want)
			}
		}
		// Back steps to the state before the last change, in place.
		before := c.state(t, ctx)
		for _, href := range c.stateLinks(t, ctx) {
			if stateOf(href, "") == before {
				continue
			}
			do(t, ctx, chromedp.Click(chromedp.CSS(c.root+` a[href="`+href+`"]`)))
			waitFor(t, ctx, `document.querySelector('`+c.root+`').dataset.state === "`+stateOf(href, "")+`"`)
			do(t, ctx, chromedp.NavigateBack())
			waitFor(t, ctx, `document.querySelector('`+c.root+`').dataset.state === "`+before+`"`)
			if !eval[bool](t, ctx, `window.__samePage === true`) {
				t.Error("Back loaded a new page; want the previous state in place")
			}
			break
		}
	})

	t.Run("keyboard", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.URL+c.embed))
		waitReady(t, ctx)
		next := eval[string](t, ctx, `(() => {
			const a = [...document.querySelectorAll('`+c.root+` a[href]')].find(a =>
				a.pathname === location.pathname && a.search && a.getAttribute("aria-current") !== "page");
			a.focus();
			return a.getAttribute("href");
		})()`)
		if outline := eval[string](t, ctx, `getComputedStyle(document.activeElement).outlineStyle`); outline == "none" {
			t.Error("the focused control has no visible outline")
		}
		do(t, ctx, chromedp.KeyEvent("\r"))
		waitFor(t, ctx, `document.querySelector('`+c.root+`').dataset.state === "`+stateOf(next, "")+`"`)
	})

	deep := links[len(links)-1]
	if stateOf(deep, "") == def {
		deep = links[0]
	}
	t.Run("deep links", func(t *testing.T) {
		held := newSite(t, true)
		do(t, ctx, chromedp.Navigate(held.URL+deep))
		if got, want := c.state(t, ctx), servedState(stateOf(deep, ""), def); got != want {
			t.Errorf("%s before the wasm: data-state %q, want %q", deep, got, want)
		}
		held.Release()
		waitReady(t, ctx)
		if got := c.state(t, ctx); got != stateOf(deep, "") {
			t.Errorf("%s after the takeover: data-state %q", deep, got)
		}
		u, _ := url.Parse(deep)
		q := url.Values{}
		for k, v := range u.Query() {
			if k == widget.DateKey {
				q[k] = v // the page's date, never prefixed
				continue
			}
			q[c.storyID+"."+k] = v
		}
		do(t, ctx, chromedp.Navigate(s.URL+c.story+"?"+q.Encode()))
		waitReady(t, ctx)
		if got := eval[string](t, ctx, `document.getElementById("`+c.storyID+`").dataset.state`); got != stateOf(deep, "") {
			t.Errorf("%s?%s: data-state %q, want %q", c.story, q.Encode(), got, stateOf(deep, ""))
		}
	})

	t.Run("bad value", func(t *testing.T) {
		key, _, _ := strings.Cut(def, "=")
		do(t, ctx, chromedp.Navigate(s.URL+c.embed+"?"+key+"=zz-not-a-value"))
		waitReady(t, ctx)
		if got := c.state(t, ctx); got != def {
			t.Errorf("data-state %q, want the default %q", got, def)
		}
		if note := eval[string](t, ctx, `document.querySelector('`+c.root+` .widget-note').textContent`); !strings.Contains(note, key+"=zz-not-a-value") {
			t.Errorf("note %q does not name the ignored value", note)
		}
	})

	t.Run("axe", func(t *testing.T) {
		axeCheck(t, ctx, s.URL, c.embed, axeSource(t), "light")
	})

	t.Run("without JavaScript", func(t *testing.T) {
		plain := tab(t)
		withoutScripts(t, plain)
		do(t, plain, chromedp.Navigate(s.URL+c.embed))
		for i := range links {
			href := c.stateLinks(t, plain)[i]
			click, cancel := step(plain)
			res, err := chromedp.RunResponse(click, chromedp.Click(chromedp.CSS(c.root+` a[href="`+href+`"]`)))
			cancel()
			if err != nil || res.Status != http.StatusOK {
				t.Fatalf("following %s without JavaScript: %v", href, err)
			}
			if got, want := c.state(t, plain), servedState(stateOf(href, ""), def); got != want {
				t.Errorf("%s without JavaScript: data-state %q, want %q", href, got, want)
			}
		}
	})
}

// state is the widget's data-state.
func (c *contract) state(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.querySelector('`+c.root+`').dataset.state`)
}

// live is the text of the widget's live region.
func (c *contract) live(t *testing.T, ctx context.Context) string {
	t.Helper()
	return strings.TrimSpace(eval[string](t, ctx, `document.querySelector('`+c.root+` [aria-live]').textContent`))
}

// stateLinks are the hrefs of the widget's state links, in page order.
func (c *contract) stateLinks(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `[...document.querySelectorAll('`+c.root+` a[href]')]
		.filter(a => a.pathname === location.pathname && a.search && !a.getAttribute("href").startsWith("#"))
		.map(a => a.getAttribute("href"))`)
}

// checkPicture: after the takeover the picture is real SVG (every element
// an SVGElement: go-app needs the namespace) and has a size.
func (c *contract) checkPicture(t *testing.T, ctx context.Context) {
	t.Helper()
	if h := eval[float64](t, ctx, `document.querySelector('`+c.root+` figure').getBoundingClientRect().height`); h < 50 {
		t.Errorf("the picture (figure) is %vpx tall after the takeover", h)
	}
	if bad := eval[int](t, ctx, `[...document.querySelectorAll('`+c.root+` svg, `+c.root+` svg *')].filter(e => !(e instanceof SVGElement)).length`); bad > 0 {
		t.Errorf("%d elements of the widget's SVG are not SVG elements after the takeover", bad)
	}
	if svgs := eval[int](t, ctx, `document.querySelectorAll('`+c.root+` svg').length`); svgs > 0 {
		// An SVG the state hides (display:none: a key entry for a mark
		// this view does not draw) has no size by design.
		svgs = eval[int](t, ctx, `[...document.querySelectorAll('`+c.root+` svg')].filter(s => s.getClientRects().length > 0).length`)
		if sized := eval[int](t, ctx, `[...document.querySelectorAll('`+c.root+` svg')].filter(s => s.getClientRects().length > 0 && s.getBBox().width > 0 && s.getBoundingClientRect().width > 0).length`); sized != svgs {
			t.Errorf("%d of %d SVGs have a size after the takeover", sized, svgs)
		}
	}
}

// stateOf is the widget state a link selects, as data-state writes it:
// its keys (prefix removed, lang and theme left out), sorted.
func stateOf(href, prefix string) string {
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	v := url.Values{}
	for k, vs := range u.Query() {
		k, ok := strings.CutPrefix(k, prefix)
		if ok && k != "lang" && k != "theme" {
			v[k] = vs[len(vs)-1:]
		}
	}
	return v.Encode()
}

// serverLive is the live region's text in the server's HTML for href.
func serverLive(t *testing.T, href, root string) string {
	t.Helper()
	res, err := http.Get(atlasURL.String() + href)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	doc, err := goquery.NewDocumentFromReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(doc.Find(root + ` [aria-live]`).First().Text())
}

// storyShowing finds a story that shows the widget (from the sitemap),
// and the widget's block id there.
func storyShowing(t *testing.T, name string) (path, id string) {
	t.Helper()
	res, err := http.Get(atlasURL.String() + "/sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(body, &sm); err != nil {
		t.Fatal(err)
	}
	for _, u := range sm.URLs {
		loc, _ := url.Parse(u.Loc)
		res, err := http.Get(atlasURL.String() + loc.Path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := goquery.NewDocumentFromReader(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if el := doc.Find(`[data-widget="` + name + `"]`).First(); el.Length() > 0 {
			return loc.Path, el.AttrOr("id", "")
		}
	}
	t.Fatalf("no story shows %s", name)
	return "", ""
}
