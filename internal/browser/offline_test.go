package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Offline and updates (issue 13): a story reads offline after one visit,
// and a page that a new deploy has made stale says so. The tests here run
// their own servers, whatever the suite's origin: they decide when the
// reader is offline and when a new version is out, behind one front
// address (a service worker belongs to one origin).

// polishStory is the Polish twin of story.
const polishStory = "/pl/dokad-przenosi-sie-trening"

// newSentence is what the second version adds to the English story.
const newSentence = "This sentence is new in the second version."

// A story read once reads again offline: its text, its pictures (SVG in
// the page) and its styles come from the service worker's copy, with the
// browser's HTTP cache emptied and the server unreachable. The first
// visit counts, though the page loaded before the worker existed (the
// page hands the worker its files); a state address reads as the story's
// default state; a page never visited is the browser's error, not
// another page.
func TestStoryReadsOfflineAfterOneVisit(t *testing.T) {
	setup(t)
	f := newFront(t)
	f.point(startAtlas(t, ""))
	ctx := tab(t)

	online := map[string]storyText{}
	for _, path := range []string{story, polishStory} {
		do(t, ctx, chromedp.Navigate(f.URL+path))
		online[path] = readStory(t, ctx)
		waitKept(t, ctx)
	}

	f.down()
	if _, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, as string }{
		{story, story},
		{story + "?diffusion-map.rule=before&chip-gap.metric=memory", story},
		{polishStory, polishStory},
	} {
		do(t, ctx, chromedp.Navigate(f.URL+c.path))
		got, want := readStory(t, ctx), online[c.as]
		if got.Headline != want.Headline || got.Paragraph != want.Paragraph {
			t.Errorf("offline %s: headline %q, first paragraph %.60q; online %q, %.60q", c.path, got.Headline, got.Paragraph, want.Headline, want.Paragraph)
		}
		if got.Pictures == 0 || got.Pictures != want.Pictures {
			t.Errorf("offline %s: %d pictures with shapes, online %d", c.path, got.Pictures, want.Pictures)
		}
		if !got.Styled {
			t.Errorf("offline %s: the stylesheet does not apply", c.path)
		}
	}

	// A page never visited: the browser's own error page.
	sctx, cancel := step(ctx)
	defer cancel()
	err := chromedp.Do(sctx, chromedp.Navigate(f.URL+"/en/glossary"))
	if err == nil || !strings.Contains(err.Error(), "net::") {
		t.Errorf("offline, a page never visited loads (%v)", err)
	}
	if ours := eval[bool](t, ctx, `!!document.getElementById("atlas")`); ours {
		t.Errorf("offline, a page never visited shows one of our pages (%s)", eval[string](t, ctx, `location.href`))
	}
}

// A page left open across a deploy shows "Updated — reload" when the
// reader comes back (here: back online), in the page's language, in its
// status region, on top of the page; Reload shows the new version, with
// no notice. A current page shows none once it has asked, the worker
// never keeps the answer, and an embed neither has the notice nor asks.
func TestNewVersionShowsTheUpdateNotice(t *testing.T) {
	setup(t)
	v1, v2 := startAtlas(t, ""), startAtlas(t, editedContent(t))
	ver1, ver2 := versionOf(t, v1), versionOf(t, v2)
	if ver1 == ver2 {
		t.Fatalf("the edited content has the same version, %s", ver1)
	}
	f := newFront(t)
	f.point(v1)
	ctx := tab(t)
	var asked atomic.Int64 // requests for /version.json
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && strings.HasSuffix(e.Request.URL, "/version.json") {
			asked.Add(1)
		}
	}); err != nil {
		t.Fatal(err)
	}

	// A current page: it asks, and shows nothing.
	do(t, ctx, chromedp.Navigate(f.URL+story))
	waitFor(t, ctx, `navigator.serviceWorker.controller !== null`)
	waitChecked(t, ctx, ver1)
	if noticeShown(t, ctx) {
		t.Error("the notice shows on a current page")
	}
	if kept := eval[bool](t, ctx, `caches.match("/version.json").then(r => !!r)`); kept {
		t.Error("the service worker kept /version.json")
	}

	// A deploy; the reader comes back online.
	f.point(v2)
	comeBack(t, ctx)
	waitFor(t, ctx, noticeVisible)
	checkNotice(t, ctx, "This page has been updated.", "Reload", "Dismiss")
	sctx, cancel := step(ctx)
	defer cancel()
	if _, err := chromedp.RunResponse(sctx, chromedp.Click(chromedp.CSS(".update-reload"))); err != nil {
		t.Fatalf("pressing Reload: %v", err)
	}
	if !eval[bool](t, ctx, `document.body.textContent.includes(`+jsString(newSentence)+`)`) {
		t.Error("after Reload the story lacks the new version's sentence")
	}
	waitChecked(t, ctx, ver2)
	if noticeShown(t, ctx) {
		t.Error("after Reload the new version shows the notice")
	}

	// The same in Polish, on a phone's width; Dismiss puts it away.
	asPhone(t, ctx, 320, 640, false)
	f.point(v1)
	do(t, ctx, chromedp.Navigate(f.URL+polishStory))
	waitChecked(t, ctx, ver1)
	f.point(v2)
	comeBack(t, ctx)
	waitFor(t, ctx, noticeVisible)
	checkNotice(t, ctx, "Strona została zaktualizowana.", "Odśwież", "Zamknij")
	if fits := eval[bool](t, ctx, `(() => {
  const r = document.querySelector(".update-notice-box").getBoundingClientRect();
  return r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
})()`); !fits {
		t.Error("at 320 px the notice does not fit the screen")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(".update-dismiss")))
	waitFor(t, ctx, `document.querySelector(".update-notice-box").hidden`)

	// An embed: no notice, and it never asks, not even after the delay
	// a page asks after, nor when the reader comes back online.
	before := asked.Load()
	do(t, ctx, chromedp.Navigate(f.URL+"/embed/chip-gap"))
	if has := eval[bool](t, ctx, `!!document.getElementById("update-notice")`); has {
		t.Error("an embed has the update notice")
	}
	comeBack(t, ctx)
	waitFor(t, ctx, `performance.now() > performance.getEntriesByType("navigation")[0].loadEventEnd + 10000`)
	if n := asked.Load() - before; n != 0 {
		t.Errorf("an embed asked for /version.json %d times", n)
	}
}

// storyText is what a reader sees of a story: its headline, its first
// paragraph, its widget pictures that have shapes, and whether our
// stylesheet applies (the header is laid out in a row only by it).
type storyText struct {
	Headline, Paragraph string
	Pictures            int
	Styled              bool
}

func readStory(t *testing.T, ctx context.Context) storyText {
	t.Helper()
	raw := eval[string](t, ctx, `JSON.stringify({
  Headline: document.querySelector("h1").textContent.trim(),
  Paragraph: document.querySelector(".prose p").textContent.trim(),
  Pictures: [...document.querySelectorAll("[data-widget] svg")].filter(s => s.querySelector("path, rect, circle, line")).length,
  Styled: getComputedStyle(document.querySelector(".site-header")).display === "flex",
})`)
	var s storyText
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// waitKept waits until the worker controls the page and keeps the page
// (its address without a query) and its stylesheet.
func waitKept(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `navigator.serviceWorker.controller !== null`)
	waitFor(t, ctx, `Promise.all([location.pathname, document.querySelector('link[rel="stylesheet"]').href].map(u => caches.match(u))).then(hits => hits.every(Boolean))`)
}

const noticeVisible = `(() => {
  const box = document.querySelector(".update-notice-box");
  return !!box && !box.hidden && box.getBoundingClientRect().height > 0;
})()`

func noticeShown(t *testing.T, ctx context.Context) bool {
	t.Helper()
	return eval[bool](t, ctx, noticeVisible)
}

// waitChecked waits until the page has asked /version.json and heard
// version.
func waitChecked(t *testing.T, ctx context.Context, version string) {
	t.Helper()
	waitFor(t, ctx, `document.getElementById("update-notice").dataset.checked === `+jsString(version))
}

// checkNotice checks the shown notice's words, that it is in the status
// region screen readers announce, and that its Reload button is on top
// of the page where a reader presses it.
func checkNotice(t *testing.T, ctx context.Context, text, reload, dismiss string) {
	t.Helper()
	raw := eval[string](t, ctx, `JSON.stringify((() => {
  const box = document.querySelector(".update-notice-box");
  return [box.querySelector("p").textContent, box.querySelector(".update-reload").textContent,
    box.querySelector(".update-dismiss").getAttribute("aria-label"),
    box.parentElement.getAttribute("role") || "", String(!!box.closest("#atlas"))];
})())`)
	var got []string
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatal(err)
	}
	if want := []string{text, reload, dismiss, "status", "false"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("notice: text, reload, dismiss, region's role, inside #atlas = %q, want %q", got, want)
	}
	waitFor(t, ctx, `(() => {
  const b = document.querySelector(".update-reload"), r = b.getBoundingClientRect();
  return r.width >= 24 && r.height >= 24 && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b;
})()`)
}

// comeBack takes the reader offline and back online, as the browser
// sees it (navigator.onLine, and its online event).
func comeBack(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, offline := range []bool{true, false} {
		if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: offline, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, fmt.Sprintf(`navigator.onLine === %t`, !offline))
	}
}

// front is one loopback address for a whole test, in front of a server
// that the test switches: another deploy, or none (the reader offline:
// every connection is closed unanswered, as a dropped network would).
type front struct {
	URL string
	mu  sync.Mutex
	to  http.Handler
}

func newFront(t *testing.T) *front {
	t.Helper()
	f := &front{}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		to := f.to
		f.mu.Unlock()
		if to != nil {
			to.ServeHTTP(w, r)
			return
		}
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			conn.Close()
		}
	})}
	ln, err := listenLoopback()
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	f.URL = "http://" + ln.Addr().String()
	return f
}

// point sends the front's requests to the server at u.
func (f *front) point(u *url.URL) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.to = httputil.NewSingleHostReverseProxy(u)
}

// down makes the front unreachable.
func (f *front) down() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.to = nil
}

// startAtlas starts the suite's bin/atlas on a free loopback port, with
// the content in dir ("" for its own), until the test ends.
func startAtlas(t *testing.T, dir string) *url.URL {
	t.Helper()
	var flags []string
	if dir != "" {
		flags = []string{"-content", dir}
	}
	var stderr strings.Builder
	u, stop, err := runAtlas(&stderr, flags...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	t.Cleanup(stop)
	return u
}

// editedContent is a copy of the repository's content with one sentence
// added to a paragraph of the English story: a new version.
func editedContent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "en", "where-training-moves.md")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "as we explain [below](#buying-and-renting)."
	if strings.Count(string(src), anchor) != 1 {
		t.Fatalf("%s: %q is not there once: pick another place for the new sentence", file, anchor)
	}
	edited := strings.Replace(string(src), anchor, anchor+" "+newSentence, 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// versionOf is the version the server at u says it serves.
func versionOf(t *testing.T, u *url.URL) string {
	t.Helper()
	res, err := http.Get(u.String() + "/version.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var v struct{ Version string }
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil || v.Version == "" || res.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("%s/version.json: %v, %+v, Cache-Control %q", u, err, v, res.Header.Get("Cache-Control"))
	}
	return v.Version
}
