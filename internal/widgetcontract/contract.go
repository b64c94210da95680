// Package widgetcontract checks that a widget keeps the widget contract
// (docs/architecture.md, "The widget contract") as the server renders it,
// on every page that shows it: its embed in every language and every
// story whose directive places it. It asks a real handler over HTTP
// semantics (httptest) and reads the HTML as a browser would (goquery),
// so a widget passes by behaving, not by how it is written. The browser
// suite (internal/browser) runs the same contract with the wasm live.
package widgetcontract

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/computeatlas/atlas/app/lang"
	wdg "github.com/computeatlas/atlas/app/widget"
)

// MaxStates bounds the walk through a widget's states by its links.
const MaxStates = 200

// Page is one page that shows the widget.
type Page struct {
	Path string // with the query that selects its language, if any
	// ID is the widget's block id on the page; Prefixed is true on a
	// story, where its URL keys are "<ID>.<key>".
	ID       string
	Prefixed bool
}

// Pages finds every page of h that shows the widget name: its embed in
// each language, and each page the sitemap lists that holds it.
func Pages(t *testing.T, h http.Handler, name string) []Page {
	t.Helper()
	var out []Page
	for _, l := range lang.List {
		out = append(out, Page{Path: "/embed/" + name + "?lang=" + l.Code, ID: name})
	}
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(get(t, h, "/sitemap.xml").body), &sm); err != nil {
		t.Fatalf("sitemap: %v", err)
	}
	for _, u := range sm.URLs {
		loc, err := url.Parse(u.Loc)
		if err != nil {
			t.Fatalf("sitemap: %v", err)
		}
		doc := get(t, h, loc.Path).doc(t)
		doc.Find(`[data-widget="` + name + `"]`).Each(func(_ int, s *goquery.Selection) {
			out = append(out, Page{Path: loc.Path, ID: s.AttrOr("id", ""), Prefixed: true})
		})
	}
	return out
}

// Check runs the contract for widget name on every page that shows it,
// and returns how many states it walked on each.
func Check(t *testing.T, h http.Handler, name string) map[string]int {
	t.Helper()
	pages := Pages(t, h, name)
	if len(pages) <= len(lang.List) {
		t.Errorf("%s: no story shows it (a widget is placed by its directive in each story)", name)
	}
	walked := map[string]int{}
	for _, p := range pages {
		t.Run(strings.TrimPrefix(p.Path, "/")+"#"+p.ID, func(t *testing.T) {
			walked[p.Path+"#"+p.ID] = checkPage(t, h, p)
		})
	}
	css := get(t, h, "/web/site.css").body
	if !strings.Contains(css, "/* "+name+": app/widget/") {
		t.Errorf("%s: its style.css is not in the site's stylesheet", name)
	}
	return walked
}

// checkPage walks every state reachable by the widget's own links from
// the page's first state, checking each, then checks a bad value.
func checkPage(t *testing.T, h http.Handler, p Page) int {
	base, err := url.Parse(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	first := widgetAt(t, h, p, base.String())
	def := first.state
	seen := map[string]bool{def: true}
	queue := []string{base.String()}
	for len(queue) > 0 && len(seen) <= MaxStates {
		target := queue[0]
		queue = queue[1:]
		w := widgetAt(t, h, p, target)
		w.checkParts(t)
		for _, link := range w.links {
			want := link.state(p)
			if want == "" {
				t.Errorf("%s: state link %s carries no state of the widget", target, link.href)
				continue
			}
			if link.current != sameState(want, w.state) {
				t.Errorf("%s: link %q (%s) has aria-current=%v, but the widget is in %s", target, link.text, link.href, link.current, w.state)
			}
			if seen[want] {
				continue
			}
			seen[want] = true
			// The link's own state, rendered by the server: what a reader
			// without JavaScript gets by following it.
			if got := widgetAt(t, h, p, link.pathQuery()).state; !sameState(want, got) {
				t.Errorf("%s: following %s shows data-state %q, want %q", target, link.href, got, want)
			}
			queue = append(queue, link.pathQuery())
		}
	}
	if len(seen) < 2 {
		t.Errorf("%s: only one state reachable by the widget's links", p.Path)
	}
	checkBadValues(t, h, p, base, def)
	return len(seen)
}

// checkBadValues: an unknown value of each key falls back to the default
// and the widget says which value it ignored.
func checkBadValues(t *testing.T, h http.Handler, p Page, base *url.URL, def string) {
	values, _ := url.ParseQuery(def)
	for key := range values {
		const bad = "zz-not-a-value"
		u := *base
		q := u.Query()
		q.Set(p.key(key), bad)
		u.RawQuery = q.Encode()
		w := widgetAt(t, h, p, u.String())
		if w.state != def {
			t.Errorf("%s: data-state %q, want the default %q", u.String(), w.state, def)
		}
		if !strings.Contains(w.note, key+"="+bad) {
			t.Errorf("%s: the note %q does not name %s=%s", u.String(), w.note, key, bad)
		}
	}
}

// widget is what one page shows of the widget.
type widget struct {
	target, state, title, live, note, headTitle, description string
	figures, svgs, svgsWithoutViewBox                        int
	links                                                    []stateLink
	standalone                                               bool
	controlsOK                                               bool
}

type stateLink struct {
	href, text string
	query      url.Values
	path       string
	current    bool
}

// state is the widget state the link selects, as data-state writes it.
func (l stateLink) state(p Page) string {
	v := url.Values{}
	for k, vs := range l.query {
		if k == wdg.DateKey {
			// The page's shared date, never prefixed.
			v[k] = vs[len(vs)-1:]
			continue
		}
		if p.Prefixed {
			if rest, ok := strings.CutPrefix(k, p.ID+"."); ok {
				v[rest] = vs[len(vs)-1:]
			}
		} else if k != "lang" && k != "theme" {
			v[k] = vs[len(vs)-1:]
		}
	}
	return v.Encode()
}

func (l stateLink) pathQuery() string { return l.path + "?" + l.query.Encode() }

func (p Page) key(k string) string {
	if p.Prefixed && k != wdg.DateKey {
		return p.ID + "." + k
	}
	return k
}

func widgetAt(t *testing.T, h http.Handler, p Page, target string) widget {
	t.Helper()
	res := get(t, h, target)
	if res.status != http.StatusOK {
		t.Fatalf("%s: status %d", target, res.status)
	}
	doc := res.doc(t)
	root := doc.Find(`#` + p.ID + `[data-widget]`)
	if root.Length() != 1 {
		t.Fatalf("%s: %d widget roots with id %s", target, root.Length(), p.ID)
	}
	w := widget{target: target, standalone: !p.Prefixed}
	var ok bool
	if w.state, ok = root.Attr("data-state"); !ok {
		t.Fatalf("%s: the widget has no data-state", target)
	}
	w.title = strings.TrimSpace(root.Find("#" + p.ID + "-title").Text())
	w.live = strings.TrimSpace(root.Find(`[aria-live]`).First().Text())
	w.note = strings.TrimSpace(root.Find(`.widget-note[role="status"]`).Text())
	w.headTitle = doc.Find("title").Text()
	w.description = doc.Find(`meta[name="description"]`).AttrOr("content", "")
	w.figures = root.Find("figure").Length()
	w.svgs = root.Find("svg").Length()
	root.Find("svg").Each(func(_ int, svg *goquery.Selection) {
		for _, a := range svg.Nodes[0].Attr {
			if strings.EqualFold(a.Key, "viewBox") {
				return
			}
		}
		w.svgsWithoutViewBox++
	})
	w.controlsOK = root.Find(`[onclick], [tabindex^="-"]`).Length() == 0
	page, _ := url.Parse(target)
	root.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		u, err := url.Parse(a.AttrOr("href", ""))
		if err != nil || u.Host != "" || u.Path != page.Path || u.RawQuery == "" {
			return // not a state link: a source, the story
		}
		w.links = append(w.links, stateLink{
			href: a.AttrOr("href", ""), text: strings.TrimSpace(a.Text()),
			query: u.Query(), path: u.Path, current: a.AttrOr("aria-current", "") == "page",
		})
	})
	return w
}

// checkParts checks what every state must have.
func (w widget) checkParts(t *testing.T) {
	t.Helper()
	if w.title == "" {
		t.Errorf("%s: no title (#<id>-title)", w.target)
	}
	if w.standalone && !strings.HasPrefix(w.headTitle, w.title) {
		t.Errorf("%s: <title> %q does not start with the widget's title %q", w.target, w.headTitle, w.title)
	}
	if w.live == "" {
		t.Errorf("%s: no description in a live region", w.target)
	}
	if w.standalone && w.description != w.live {
		t.Errorf("%s: the live region says %q, the page's description %q: both are Describe()", w.target, w.live, w.description)
	}
	if w.figures == 0 {
		t.Errorf("%s: no <figure>: the static picture of the state", w.target)
	}
	if w.svgsWithoutViewBox > 0 {
		t.Errorf("%s: %d of %d SVGs lack a viewBox, so they cannot scale", w.target, w.svgsWithoutViewBox, w.svgs)
	}
	if !w.controlsOK {
		t.Error(w.target + ": a control relies on onclick or leaves the tab order")
	}
	if len(w.links) == 0 {
		t.Errorf("%s: no state links: every control is a link to the state it selects", w.target)
	}
	for _, l := range w.links {
		if l.text == "" {
			t.Errorf("%s: state link %s has no text", w.target, l.href)
		}
	}
	keys := strings.Split(w.state, "&")
	if !sort.StringsAreSorted(keys) || strings.Contains(w.state, "lang=") || strings.Contains(w.state, "theme=") {
		t.Errorf("%s: data-state %q: want the widget's keys sorted, without lang and theme", w.target, w.state)
	}
}

type response struct {
	status int
	body   string
}

func (r response) doc(t *testing.T) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func get(t *testing.T, h http.Handler, target string) response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return response{rec.Code, rec.Body.String()}
}

// sameState reports whether a link's state is the widget's data-state.
// data-state carries the date a dated widget shows even when the address
// names none; a link without a date leaves it to the page, so the date is
// compared only when the link names one.
func sameState(link, dataState string) bool {
	l, _ := url.ParseQuery(link)
	d, _ := url.ParseQuery(dataState)
	if _, ok := l[wdg.DateKey]; !ok {
		delete(d, wdg.DateKey)
	}
	return l.Encode() == d.Encode()
}
